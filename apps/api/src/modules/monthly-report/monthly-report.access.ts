import { canAccess, type MonthlyReportTable, reportForAgent } from '@sanxin/domain';
import { forbidden } from '../../shared/errors';
import type { ServiceContext } from '../../shared/service-context';
import { assertCan, scopeFor } from '../../shared/viewer';
import type { MonthlyReport } from './monthly-report.entity';

/** The viewer's team, which 'own' scopes read and write. */
export async function ownTeamOf(ctx: ServiceContext): Promise<string | null> {
  const [me]: Array<{ teamId: string | null }> = await ctx.dataSource.query('SELECT team_id AS teamId FROM staff WHERE id = ?', [ctx.viewer.id]);
  return me?.teamId ?? null;
}

/**
 * Which reports the viewer reads: 'all' any; 'own' (agents, shift leaders) their team's and the
 * department's. Answers the team ids allowed (null in the list: the department), or 'all'.
 */
export async function readableScopes(ctx: ServiceContext): Promise<'all' | Array<string | null>> {
  const scope = scopeFor(ctx.viewer, 'monthlyReport', 'list');
  if (scope === false) throw forbidden('monthlyReport', 'list');
  if (scope === 'all') return 'all';
  const team = await ownTeamOf(ctx);
  return team ? [team, null] : [null];
}

export async function mayRead(ctx: ServiceContext, report: MonthlyReport): Promise<boolean> {
  if (!canAccess(ctx.viewer.role, 'monthlyReport', 'show')) return false;
  const scopes = await readableScopes(ctx);
  return scopes === 'all' || scopes.includes(report.teamId);
}

/** Writing (generate, regenerate, comment, submit, correct): a shift leader their own team's report only, the managers any. */
export async function assertMayWrite(ctx: ServiceContext, action: 'create' | 'edit', teamId: string | null): Promise<void> {
  assertCan(ctx.viewer, 'monthlyReport', action);
  if (scopeFor(ctx.viewer, 'monthlyReport', action) === 'all') return;
  const team = await ownTeamOf(ctx);
  if (!team || teamId !== team) throw forbidden('monthlyReport', action, 'a shift leader writes the report of their own team');
}

/** What the viewer sees of the frozen tables: an agent only their own workload row. */
export function tablesFor(ctx: ServiceContext, tables: MonthlyReportTable[]): MonthlyReportTable[] {
  return ctx.viewer.role === 'AGENT' ? reportForAgent(tables, ctx.viewer.id) : tables;
}
