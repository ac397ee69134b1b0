import { LEAVE_ACTIONS, LEAVE_STATUSES, LEAVE_TYPES, ROSTER_STATUSES, SHIFT_DAYS, SHIFT_KINDS, SWAP_STATUSES } from '@sanxin/domain';
import { graphqlEnum } from '../../graphql/enums';

export const ShiftKindEnum = graphqlEnum(SHIFT_KINDS, 'ShiftKind', '白班, 夜班, 节假日值班');
export const ShiftDaysEnum = graphqlEnum(SHIFT_DAYS, 'ShiftDays', 'Which days a shift type runs on');
export const RosterStatusEnum = graphqlEnum(ROSTER_STATUSES, 'RosterStatus', 'A team month is drafted, then published');
export const LeaveTypeEnum = graphqlEnum(LEAVE_TYPES, 'LeaveType', '请假类型');
export const LeaveStatusEnum = graphqlEnum(LEAVE_STATUSES, 'LeaveStatus', 'Where a leave request stands');
export const SwapStatusEnum = graphqlEnum(SWAP_STATUSES, 'SwapStatus', 'Where a shift swap request stands');
export const LeaveActionEnum = graphqlEnum(LEAVE_ACTIONS, 'LeaveAction', 'A step of a leave request (acceptLate: 逾期申请已认可)');
