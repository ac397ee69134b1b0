import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import type { Context } from '../../graphql/context';
import { Roster } from './roster.entity';
import type { CoverageRow } from './scheduling.views';
import { ShiftAssignment } from './shift-assignment.entity';
import type { Shift } from './shift.entity';
import { ShiftType } from './shift-type.entity';

function createSchedulingLoaders(dataSource: DataSource) {
  const byId = <E extends { id: string }>(target: new () => E) =>
    new DataLoader<string, E | null>(async (ids) => {
      const rows = await dataSource.getRepository(target).findBy({ id: In([...ids]) } as never);
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    });
  return {
    shiftTypeById: byId(ShiftType),
    rosterById: byId(Roster),
    assignmentsByShiftId: new DataLoader<string, ShiftAssignment[]>(async (shiftIds) => {
      const rows = await dataSource.getRepository(ShiftAssignment).find({ where: { shiftId: In([...shiftIds]) }, order: { isLeaderOnDuty: 'DESC', id: 'ASC' } });
      return shiftIds.map((id) => rows.filter((r) => r.shiftId === id));
    }),
  };
}

/** Per-request loaders of this module, kept on the request's context (the shared Loaders type stays the foundation's). */
const perRequest = new WeakMap<object, ReturnType<typeof createSchedulingLoaders>>();

export function loadersFor(ctx: Context): ReturnType<typeof createSchedulingLoaders> {
  let loaders = perRequest.get(ctx.loaders);
  if (!loaders) {
    loaders = createSchedulingLoaders(ctx.dataSource);
    perRequest.set(ctx.loaders, loaders);
  }
  return loaders;
}

export async function coverageOf(ctx: Context, shift: Shift): Promise<CoverageRow[]> {
  const loaders = loadersFor(ctx);
  const [type, assignments] = await Promise.all([loaders.shiftTypeById.load(shift.shiftTypeId), loaders.assignmentsByShiftId.load(shift.id)]);
  const staff = await Promise.all(assignments.map((a) => ctx.loaders.staffById.load(a.staffId)));
  return (type?.minHeadcount ?? []).map(({ jobType, count }) => {
    const assigned = staff.filter((s) => s?.jobType === jobType).length;
    return { jobType, required: count, assigned, missing: Math.max(0, count - assigned) };
  });
}
