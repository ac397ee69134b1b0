import { HandoverLog } from './handover-log.entity';
import { HandoverLogResolver } from './handover.resolver';
import { LeaveRequest } from './leave-request.entity';
import { LeaveRequestResolver } from './leave.resolver';
import { Roster } from './roster.entity';
import { RosterResolver } from './roster.resolver';
import { ShiftAssignmentResolver } from './shift-assignment.resolver';
import { ShiftResolver } from './shift.resolver';
import { ShiftSwapRequestResolver } from './swap.resolver';
import { ShiftAssignment } from './shift-assignment.entity';
import { ShiftSwapRequest } from './shift-swap-request.entity';
import { Shift } from './shift.entity';
import { ShiftType } from './shift-type.entity';
import { ShiftTypeResolver } from './shift-type.resolver';

/** What the staff-scheduling module adds to the data source and the schema. */
export const schedulingEntities: Function[] = [ShiftType, Roster, Shift, ShiftAssignment, ShiftSwapRequest, LeaveRequest, HandoverLog];
export const schedulingResolvers: Function[] = [ShiftTypeResolver, RosterResolver, ShiftResolver, ShiftAssignmentResolver, ShiftSwapRequestResolver, LeaveRequestResolver, HandoverLogResolver];
