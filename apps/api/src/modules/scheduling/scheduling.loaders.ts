import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Context } from '../../graphql/context';
import { byIdLoader, defineLoaders } from '../../graphql/loaders';
import { staffLoaders } from '../staff';
import { Roster } from './roster.entity';
import type { CoverageRow } from './scheduling.views';
import { ShiftAssignment } from './shift-assignment.entity';
import { ShiftSwapRequest } from './shift-swap-request.entity';
import { Shift } from './shift.entity';
import { ShiftType } from './shift-type.entity';

export const schedulingLoaders = defineLoaders(({ dataSource }) => ({
  shiftTypeById: byIdLoader(dataSource, ShiftType),
  rosterById: byIdLoader(dataSource, Roster),
  shiftById: byIdLoader(dataSource, Shift),
  swapRequestById: byIdLoader(dataSource, ShiftSwapRequest),
  /** The shifts of a page of rosters in one query, earliest first. */
  shiftsByRosterId: new DataLoader<string, Shift[]>(async (rosterIds) => {
    const rows = await dataSource.getRepository(Shift).find({ where: { rosterId: In([...rosterIds]) }, order: { startsAt: 'ASC', id: 'ASC' } });
    return rosterIds.map((id) => rows.filter((r) => r.rosterId === id));
  }),
  assignmentsByShiftId: new DataLoader<string, ShiftAssignment[]>(async (shiftIds) => {
    const rows = await dataSource.getRepository(ShiftAssignment).find({ where: { shiftId: In([...shiftIds]) }, order: { isLeaderOnDuty: 'DESC', id: 'ASC' } });
    return shiftIds.map((id) => rows.filter((r) => r.shiftId === id));
  }),
}));

export async function coverageOf(ctx: Context, shift: Shift): Promise<CoverageRow[]> {
  const loaders = schedulingLoaders(ctx);
  const [type, assignments] = await Promise.all([loaders.shiftTypeById.load(shift.shiftTypeId), loaders.assignmentsByShiftId.load(shift.id)]);
  const staff = await Promise.all(assignments.map((a) => staffLoaders(ctx).staffById.load(a.staffId)));
  return (type?.minHeadcount ?? []).map(({ jobType, count }) => {
    const assigned = staff.filter((s) => s?.jobType === jobType).length;
    return { jobType, required: count, assigned, missing: Math.max(0, count - assigned) };
  });
}
