import { attendancePolicyOf, violationsFlagged } from '@sanxin/domain';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { badUserInput } from '../../shared/errors';
import { assertCan } from '../../shared/viewer';
import type { SchedulingContext } from '../scheduling';
import { readSettings } from '../setting';
import { whereAttendanceReadable } from './attendance-access';
import { AttendanceRecord } from './attendance-record.entity';
import { AttendanceViolation } from './attendance-violation.entity';
import type { AttendanceRecordFilter, AttendanceRecordSort, AttendanceViolationFilter, AttendanceViolationSort } from './attendance.inputs';

const RECORD_SORT: Record<'SHIFT_START', SortColumn<AttendanceRecord>> = { SHIFT_START: { sql: 'record.shiftStart', read: (r) => r.shiftStart, isDate: true } };
const VIOLATION_SORT: Record<'OCCURRED_AT', SortColumn<AttendanceViolation>> = { OCCURRED_AT: { sql: 'violation.occurredAt', read: (v) => v.occurredAt, isDate: true } };

/** Attendance records the viewer may read (their own; a leader's team; all for the managers), earliest shift first. */
export async function listAttendanceRecords(ctx: SchedulingContext, filter: AttendanceRecordFilter | null | undefined, sort: AttendanceRecordSort[] | null | undefined, page: PageInput | null | undefined): Promise<PageResult<AttendanceRecord>> {
  assertCan(ctx.viewer, 'attendance', 'list');
  const f = filter ?? {};
  const query = ctx.dataSource.getRepository(AttendanceRecord).createQueryBuilder('record');
  await whereAttendanceReadable(ctx.dataSource.manager, ctx.viewer, query, 'record');
  whereIds(query, 'record', f.ids);
  if (f.staffId) query.andWhere('record.staffId = :staffId', { staffId: f.staffId });
  if (f.teamId) query.andWhere('record.teamId = :teamId', { teamId: f.teamId });
  if (f.shiftAssignmentIds) query.andWhere(f.shiftAssignmentIds.length ? 'record.shiftAssignmentId IN (:...assignmentIds)' : '1 = 0', { assignmentIds: f.shiftAssignmentIds });
  if (f.shiftDateFrom) query.andWhere('record.shiftDate >= :dateFrom', { dateFrom: f.shiftDateFrom });
  if (f.shiftDateTo) query.andWhere('record.shiftDate <= :dateTo', { dateTo: f.shiftDateTo });
  if (f.mine) query.andWhere('record.staffId = :me', { me: ctx.viewer.id });
  return paginate({ query, alias: 'record', columns: RECORD_SORT, sort, defaultSort: [{ field: 'SHIFT_START', direction: SortDirection.ASC }], page });
}

/** Violations the viewer may read, latest first. */
export async function listAttendanceViolations(ctx: SchedulingContext, filter: AttendanceViolationFilter | null | undefined, sort: AttendanceViolationSort[] | null | undefined, page: PageInput | null | undefined): Promise<PageResult<AttendanceViolation>> {
  assertCan(ctx.viewer, 'attendance', 'list');
  const f = filter ?? {};
  if (f.month) assertMonth(f.month);
  const query = ctx.dataSource.getRepository(AttendanceViolation).createQueryBuilder('violation');
  await whereAttendanceReadable(ctx.dataSource.manager, ctx.viewer, query, 'violation');
  whereIds(query, 'violation', f.ids);
  if (f.month) query.andWhere('violation.month = :month', { month: f.month });
  if (f.staffId) query.andWhere('violation.staffId = :staffId', { staffId: f.staffId });
  if (f.teamId) query.andWhere('violation.teamId = :teamId', { teamId: f.teamId });
  if (f.kind?.length) query.andWhere('violation.kind IN (:...kinds)', { kinds: f.kind });
  if (f.mine) query.andWhere('violation.staffId = :me', { me: ctx.viewer.id });
  return paginate({ query, alias: 'violation', columns: VIOLATION_SORT, sort, defaultSort: [{ field: 'OCCURRED_AT', direction: SortDirection.DESC }], page });
}

export interface ViolationCount {
  staffId: string;
  month: string;
  count: number;
  late: number;
  absentFromPost: number;
  flagged: boolean;
}

/**
 * 违纪统计: per person, the month's violations, most first, with the flag at violationsToFlag (DOMAIN
 * §7; the manager's screen). One grouped statement on (month, …) plus the settings.
 */
export async function violationCounts(ctx: SchedulingContext, month: string, teamId: string | null | undefined, flaggedOnly: boolean): Promise<ViolationCount[]> {
  assertCan(ctx.viewer, 'attendance', 'list');
  assertMonth(month);
  const policy = attendancePolicyOf(await readSettings(ctx.dataSource.manager));
  const query = ctx.dataSource
    .getRepository(AttendanceViolation)
    .createQueryBuilder('violation')
    .select('violation.staff_id', 'staffId')
    .addSelect('COUNT(*)', 'count')
    .addSelect("SUM(CASE WHEN violation.kind = 'LATE' THEN 1 ELSE 0 END)", 'late')
    .where('violation.month = :month', { month })
    .groupBy('violation.staff_id');
  await whereAttendanceReadable(ctx.dataSource.manager, ctx.viewer, query, 'violation');
  if (teamId) query.andWhere('violation.teamId = :teamId', { teamId });
  if (flaggedOnly) query.having('COUNT(*) >= :threshold', { threshold: policy.violationsToFlag });
  const rows: Array<{ staffId: string; count: string | number; late: string | number }> = await query.orderBy('COUNT(*)', 'DESC').addOrderBy('violation.staff_id', 'ASC').getRawMany();
  return rows.map((r) => {
    const count = Number(r.count);
    const late = Number(r.late);
    return { staffId: r.staffId, month, count, late, absentFromPost: count - late, flagged: violationsFlagged(count, policy) };
  });
}

function assertMonth(month: string): void {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw badUserInput([{ rule: 'invalidMonth', field: 'month' }]);
}
