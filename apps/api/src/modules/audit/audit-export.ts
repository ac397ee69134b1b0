import { newId } from '../../shared/ids';
import type { ServiceContext } from '../../shared/service-context';
import { recordSecurityEvent } from '../security';
import { auditTarget, recordAction } from './audit.service';

/**
 * Exports are audited (保密): who exported, when, with which filter and how many rows, in the
 * audit log and the security log, in one transaction.
 */
export async function recordExport(ctx: ServiceContext, what: string, filter: unknown, rowCount: number, now: Date): Promise<void> {
  await ctx.dataSource.transaction(async (manager) => {
    await recordAction(manager, auditTarget(ctx, `${what}Export`, newId(now.getTime()), now), 'EXPORT', {
      field: 'filter',
      newValue: JSON.stringify({ filter: filter ?? {}, rowCount }),
    });
    await recordSecurityEvent(manager, { kind: 'EXPORT', outcome: 'SUCCESS', at: now, ip: ctx.ip ?? 'unknown', staffId: ctx.viewer.id, detail: `${what}s (${rowCount} rows)` });
  });
}
