import 'reflect-metadata';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { createDataSource } from './db/data-source';
import { limitDatabaseWaits } from './db/database-timeouts';
import { migrate } from './db/migrate';
import { prepareAccounts } from './db/seed/accounts';
import { modules } from './modules';
import { settleSessionTouches } from './modules/auth';
import { startJobs } from './shared/api-module';
import { clockFor } from './shared/clock';

async function main(): Promise<void> {
  const config = loadConfig();
  const clock = clockFor(config);
  const dataSource = await createDataSource(config.database).initialize();
  const applied = await migrate(dataSource);
  if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
  await prepareAccounts(dataSource, config, clock.now());
  limitDatabaseWaits(dataSource, config.statementTimeoutMs);
  const app = await createApp({ dataSource, clock, config });
  const jobs = startJobs(modules, { dataSource, clock, timeZone: config.businessTimeZone, config });
  const port = await app.listen(config.port);
  if (config.testNow) console.log(`SANXIN_TEST_NOW: this process's clock started at ${config.testNow.toISOString()}`);
  const where = config.database.type === 'mysql' ? 'MySQL' : `SQLite at ${config.database.path}`;
  console.log(`Sanxin is running at http://localhost:${port}/ (API at /graphql, database: ${where})`);

  let stopping = false;
  /** The one shutdown path: no new connections, open requests answered, jobs stopped, pool closed, exit 0. */
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const graceMs = config.shutdownGraceSeconds * 1000;
    console.log(`${signal}: no new requests; finishing open requests (up to ${config.shutdownGraceSeconds} s), then closing`);
    const deadline = setTimeout(() => {
      console.error(`${signal}: still not stopped after ${config.shutdownGraceSeconds} s (SHUTDOWN_GRACE_SECONDS); exiting anyway`);
      process.exit(1);
    }, graceMs);
    deadline.unref();
    try {
      // Open requests get the grace period less a reserve for the jobs' last statements and the pool.
      await Promise.all([app.close(graceMs - Math.min(2_000, graceMs / 4)), jobs.stop()]);
      await settleSessionTouches();
      await dataSource.destroy();
      console.log(`${signal}: stopped cleanly`);
      process.exit(0);
    } catch (error) {
      console.error(`${signal}: shutdown failed`, error);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
