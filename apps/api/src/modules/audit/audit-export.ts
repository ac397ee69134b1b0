import { newId } from '../../shared/ids';
import type { ServiceContext } from '../../shared/service-context';
import { recordSecurityEvent } from '../security';
import { auditTarget, recordAction } from './audit.service';

/**
 * The audit value is a TEXT column (64 KiB on MariaDB): a filter longer than this, in characters
 * (at most 3 bytes each, 6 once escaped), is recorded cut, as a string, rather than failing the export.
 */
const RECORDED_FILTER_MAX = 8_000;

function recordedFilter(filter: unknown): unknown {
  const whole = JSON.stringify(filter ?? {});
  return whole.length <= RECORDED_FILTER_MAX ? (filter ?? {}) : `${whole.slice(0, RECORDED_FILTER_MAX)}…`;
}

/**
 * Exports are audited (保密): who exported, when, with which filter and how many rows, in the
 * audit log and the security log, in one transaction.
 */
export async function recordExport(ctx: ServiceContext, what: string, filter: unknown, rowCount: number, now: Date): Promise<void> {
  await ctx.dataSource.transaction(async (manager) => {
    await recordAction(manager, auditTarget(ctx, `${what}Export`, newId(now.getTime()), now), 'EXPORT', {
      field: 'filter',
      newValue: JSON.stringify({ filter: recordedFilter(filter), rowCount }),
    });
    await recordSecurityEvent(manager, { kind: 'EXPORT', outcome: 'SUCCESS', at: now, ip: ctx.ip ?? 'unknown', staffId: ctx.viewer.id, detail: `${what}s (${rowCount} rows)` });
  });
}
