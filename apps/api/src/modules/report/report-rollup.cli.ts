import 'reflect-metadata';
import { loadConfig } from '../../config';
import { createDataSource } from '../../db/data-source';
import { waitForLease } from '../../db/lease';
import { migrate } from '../../db/migrate';
import { clockFor } from '../../shared/clock';
import { ROLLUP_LEASE, rebuildRollups } from './report-rollup.job';

/**
 * `pnpm --filter @sanxin/api report:rebuild`: recomputes every daily roll-up from the raw rows, for
 * after a restore, a data repair or a change of what a figure counts. It waits for the roll-up
 * job's lease, so a running API's job and the rebuild never interleave.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const now = clockFor(config).now();
  const dataSource = await createDataSource(config.database).initialize();
  try {
    await migrate(dataSource);
    const started = Date.now();
    const days = await waitForLease(
      dataSource,
      ROLLUP_LEASE.name,
      { ...ROLLUP_LEASE, pollMs: 1_000, onWait: (holder) => console.log(`Waiting for the roll-up job (${holder ?? 'unknown'})…`) },
      () => rebuildRollups(dataSource, now, config.businessTimeZone),
    );
    const span = days.length ? `${days[0]} … ${days[days.length - 1]}` : 'no data';
    console.log(`Rebuilt the daily roll-ups of ${days.length} days (${span}) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
