import { LEAVE_ACTIONS, LEAVE_STATUSES, LEAVE_TYPES, ROSTER_STATUSES, SHIFT_DAYS, SHIFT_KINDS, SWAP_STATUSES } from '@sanxin/domain';
import { graphqlEnum } from '../../graphql/enums';

export const ShiftKindEnum = graphqlEnum(SHIFT_KINDS, 'ShiftKind', 'Kind of shift (班次类型): 白班, 夜班, 节假日值班', 'shiftKind');
export const ShiftDaysEnum = graphqlEnum(SHIFT_DAYS, 'ShiftDays', 'Which days a shift type runs on', 'shiftDays');
export const RosterStatusEnum = graphqlEnum(ROSTER_STATUSES, 'RosterStatus', 'A team month is drafted, then published', 'rosterStatus');
export const LeaveTypeEnum = graphqlEnum(LEAVE_TYPES, 'LeaveType', 'Kind of leave (请假类型)', 'leaveType');
export const LeaveStatusEnum = graphqlEnum(LEAVE_STATUSES, 'LeaveStatus', 'Where a leave request stands', 'leaveStatus');
export const SwapStatusEnum = graphqlEnum(SWAP_STATUSES, 'SwapStatus', 'Where a shift swap request stands', 'swapStatus');
export const LeaveActionEnum = graphqlEnum(LEAVE_ACTIONS, 'LeaveAction', 'A step of a leave request (acceptLate: 逾期申请已认可)', 'leaveAction');
