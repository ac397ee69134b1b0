import { afterAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../config';
import { createDataSource } from '../../db/data-source';
import { leaseHolder } from '../../db/lease';
import { migrate } from '../../db/migrate';
import { sqlDate } from '../../shared/sql-date';
import { makeComplaint, makeStaff } from '../../test/factories';
import { createTestDatabase, type TestDatabase, testDialect } from '../../test/test-database';
import { ESCALATION_LEASE, runEscalationSweep } from './complaint-escalation.job';

const ZONE = 'Asia/Shanghai';
const REGISTERED = new Date('2026-11-02T09:00:00+08:00');
/** Weeks later: past both escalation levels. */
const SWEEP_AT = new Date('2026-11-20T10:00:00+08:00');

async function untilLeaseTaken(dataSource: DataSource): Promise<void> {
  while ((await leaseHolder(dataSource, ESCALATION_LEASE.name)) === null) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('the escalation sweep and its lease', () => {
  const opened: Array<{ database: TestDatabase; dataSources: DataSource[] }> = [];

  /** A database with one overdue complaint, and `processes` data sources on it (API processes). */
  async function databaseWithOverdueComplaint(processes = 1): Promise<DataSource[]> {
    const database = await createTestDatabase('sanxin_sweep');
    const config = loadConfig(database.env);
    const dataSources = [await createDataSource(config.database).initialize()];
    for (let i = 1; i < processes; i += 1) dataSources.push(await createDataSource(config.database).initialize());
    opened.push({ database, dataSources });
    await migrate(dataSources[0]);
    const owner = await makeStaff(dataSources[0], { role: 'AGENT' });
    await makeStaff(dataSources[0], { role: 'DEPT_MANAGER' });
    await makeComplaint(dataSources[0], { ownerId: owner.id, receivedAt: REGISTERED });
    return dataSources;
  }

  afterAll(async () => {
    for (const { database, dataSources } of opened) {
      for (const dataSource of dataSources) await dataSource.destroy();
      await database.drop();
    }
  });

  it.skipIf(testDialect === 'sqlite')('sweeps two Sanxin databases on one server at the same time, one sweep per database', async () => {
    const [first, firstAgain] = await databaseWithOverdueComplaint(2);
    const [second] = await databaseWithOverdueComplaint();
    // Hold the first database's sweep half-way: holding that database's lease, it cannot finish before it gets the complaint rows.
    const blocker = first.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query('SELECT id FROM complaint FOR UPDATE');
    const firstSweep = runEscalationSweep(first, SWEEP_AT, ZONE);
    try {
      await untilLeaseTaken(first);
      expect(await runEscalationSweep(firstAgain, SWEEP_AT, ZONE)).toEqual({ ran: false, escalated: { 1: 0, 2: 0 } });
      expect(await runEscalationSweep(second, SWEEP_AT, ZONE)).toEqual({ ran: true, escalated: { 1: 1, 2: 0 } });
    } finally {
      await blocker.rollbackTransaction();
      await blocker.release();
    }
    expect(await firstSweep).toEqual({ ran: true, escalated: { 1: 1, 2: 0 } });
  });

  it('waits for a live lease, and takes over the lease of a process that died sweeping', async () => {
    const [dataSource] = await databaseWithOverdueComplaint();
    const insertLease = (expiresAt: Date) =>
      dataSource.query('INSERT INTO job_lease (name, holder, expires_at) VALUES (?, ?, ?)', [ESCALATION_LEASE.name, 'other-host:4242:sweeping', sqlDate(dataSource, expiresAt)]);
    await insertLease(new Date(Date.now() + 60_000));
    expect(await runEscalationSweep(dataSource, SWEEP_AT, ZONE)).toEqual({ ran: false, escalated: { 1: 0, 2: 0 } });
    await dataSource.query('DELETE FROM job_lease');
    await insertLease(new Date(Date.now() - 1000));
    expect(await runEscalationSweep(dataSource, SWEEP_AT, ZONE)).toEqual({ ran: true, escalated: { 1: 1, 2: 0 } });
    expect(await dataSource.query('SELECT name FROM job_lease')).toEqual([]);
  });
});
