/** What other modules may use of the roster. */
export { findLeaderOnDuty } from './on-duty.service';
/** Attendance reads the roster: the assignment checked in to, its shift and month, the leaders of a team. */
export { ShiftAssignment } from './shift-assignment.entity';
export { Shift } from './shift.entity';
export { Roster } from './roster.entity';
export { isLeaderOfTeam } from './roster-queries';
export { schedulingContext, type SchedulingContext } from './scheduling-context';
