import type { ApiModule } from '../../shared/api-module';
import { HandoverLog } from './handover-log.entity';
import { HandoverLogResolver } from './handover.resolver';
import {
  HandoverLogRelationsResolver,
  LeaveRequestRelationsResolver,
  RosterRelationsResolver,
  ShiftAssignmentRelationsResolver,
  ShiftSwapRequestRelationsResolver,
  UnmetCoverageRelationsResolver,
} from './scheduling-relations.resolver';
import { LeaveRequest } from './leave-request.entity';
import { LeaveRequestResolver } from './leave.resolver';
import { Roster } from './roster.entity';
import { RosterResolver } from './roster.resolver';
import { schedulingLoaders } from './scheduling.loaders';
import { ShiftAssignment } from './shift-assignment.entity';
import { ShiftAssignmentResolver } from './shift-assignment.resolver';
import { ShiftSwapRequest } from './shift-swap-request.entity';
import { Shift } from './shift.entity';
import { ShiftResolver } from './shift.resolver';
import { ShiftType } from './shift-type.entity';
import { ShiftTypeResolver } from './shift-type.resolver';
import { ShiftSwapRequestResolver } from './swap.resolver';

/** Staff scheduling: shift types, rosters, swaps, leave and handovers. */
export const schedulingModule: ApiModule = {
  name: 'scheduling',
  entities: [ShiftType, Roster, Shift, ShiftAssignment, ShiftSwapRequest, LeaveRequest, HandoverLog],
  resolvers: [ShiftTypeResolver, RosterResolver, ShiftResolver, ShiftAssignmentResolver, ShiftSwapRequestResolver, LeaveRequestResolver, HandoverLogResolver,
    HandoverLogRelationsResolver, LeaveRequestRelationsResolver, RosterRelationsResolver, ShiftAssignmentRelationsResolver, ShiftSwapRequestRelationsResolver, UnmetCoverageRelationsResolver],
  loaders: [schedulingLoaders],
  jobs: [],
};
