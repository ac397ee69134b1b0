import { LEAVE_STATUSES, LEAVE_STEPS, LEAVE_TYPES, ROSTER_STATUSES, SHIFT_DAYS, SHIFT_KINDS, SWAP_STATUSES, SWAP_STEPS, stepNames } from '@sanxin/domain';
import { graphqlEnum } from '../../graphql/enums';

export const ShiftKindEnum = graphqlEnum(SHIFT_KINDS, 'ShiftKind', 'Kind of shift (班次类型): 白班, 夜班, 节假日值班', 'shiftKind');
export const ShiftDaysEnum = graphqlEnum(SHIFT_DAYS, 'ShiftDays', 'Which days a shift type runs on', 'shiftDays');
export const RosterStatusEnum = graphqlEnum(ROSTER_STATUSES, 'RosterStatus', 'A team month is drafted, then published', 'rosterStatus');
export const LeaveTypeEnum = graphqlEnum(LEAVE_TYPES, 'LeaveType', 'Kind of leave (请假类型)', 'leaveType');
export const LeaveStatusEnum = graphqlEnum(LEAVE_STATUSES, 'LeaveStatus', 'Where a leave request stands', 'leaveStatus');
export const SwapStatusEnum = graphqlEnum(SWAP_STATUSES, 'SwapStatus', 'Where a shift swap request stands', 'swapStatus');
/** One value per step mutation (the domain's LEAVE_STEPS); `schema-actions.test.ts` keeps them one-to-one. */
export const LeaveActionEnum = graphqlEnum(stepNames(LEAVE_STEPS), 'LeaveAction', 'A step of a leave request: each value is one mutation', {
  ACCEPT_LATE: 'Accept a late request (认可逾期申请): acceptLateLeaveRequest',
  APPROVE: 'Approve (批准): approveLeaveRequest',
  REJECT: 'Reject (驳回): rejectLeaveRequest',
  UPDATE: 'Edit (修改): updateLeaveRequest',
  SUBMIT_CERTIFICATE: 'Hand in the certificate (提交病假证明): submitLeaveCertificate',
  DELETE: 'Withdraw (撤销): deleteLeaveRequest',
});
/** One value per step mutation (the domain's SWAP_STEPS). */
export const SwapActionEnum = graphqlEnum(stepNames(SWAP_STEPS), 'SwapAction', 'A step of a shift swap request: each value is one mutation', {
  ACCEPT: 'The colleague agrees (同意换班): acceptShiftSwapRequest',
  DECLINE: 'The colleague declines (拒绝换班): declineShiftSwapRequest',
  APPROVE: 'A shift leader approves (班长批准): approveShiftSwapRequest',
  REJECT: 'A shift leader rejects (班长驳回): rejectShiftSwapRequest',
  UPDATE: 'Edit (修改): updateShiftSwapRequest',
  DELETE: 'Withdraw (撤销): deleteShiftSwapRequest',
});
