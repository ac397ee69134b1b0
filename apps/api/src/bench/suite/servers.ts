/**
 * The suite's three servers, each in a child process of its own (`node dist/bench/suite/servers.js
 * api|floor|join-monster`), so the load generator and the servers do not share an event loop. Each
 * sends `{ port }` to the parent when it listens, and answers `{ statements, requests }` (its totals so
 * far) to a `stats` message.
 */
import 'reflect-metadata';
import { createApp } from '../../app';
import { loadConfig } from '../../config';
import { createDataSource } from '../../db/data-source';
import { FixedClock } from '../../shared/clock';
import { BENCH_NOW } from './data';
import { startFloor } from './floor';
import { startJoinMonster } from './join-monster';

export interface ServerTotals {
  statements: number;
  requests: number;
  /** The process's CPU time so far (user + system, µs): per request, the figure a busy machine moves least. */
  cpuMicros?: number;
}

async function main(): Promise<void> {
  const kind = process.argv[2];
  const databaseUrl = process.env.BENCH_DATABASE_URL as string;
  const totals: ServerTotals = { statements: 0, requests: 0 };
  let port: number;
  if (kind === 'api') {
    const config = loadConfig({ DATABASE_URL: databaseUrl, NODE_ENV: 'production' });
    const dataSource = await createDataSource(config.database).initialize();
    const app = await createApp({
      dataSource,
      clock: new FixedClock(BENCH_NOW),
      config,
      onRequestStats: (stats) => {
        totals.statements += stats.statements;
        totals.requests += 1;
      },
    });
    port = await app.listen(0);
  } else if (kind === 'floor') {
    port = await startFloor(databaseUrl, totals);
  } else if (kind === 'join-monster') {
    port = await startJoinMonster(databaseUrl, totals);
  } else {
    throw new Error(`unknown server ${kind}`);
  }
  // The runner gone (finished, killed, timed out): so is this server.
  process.on('disconnect', () => process.exit(0));
  // Killed by the runner: exit normally, so a `--cpu-prof` profile is written.
  process.on('SIGTERM', () => process.exit(0));
  process.on('message', (message) => {
    if (message === 'stats') {
      const cpu = process.cpuUsage();
      process.send?.({ ...totals, cpuMicros: cpu.user + cpu.system });
    }
  });
  process.send?.({ port });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
