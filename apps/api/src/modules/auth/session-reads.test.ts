import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app';
import { causalRead, configureCausalReads } from '../../db/causal-reads';
import { parseDbDate } from '../../shared/db-date';
import { startTestApp, type TestApp } from '../../test/test-app';
import { testDialect } from '../../test/test-database';
import { settleSessionTouches } from './auth.service';

const ME = '{ me { id } }';

describe('session reads', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function lastSeenOf(staffId: string): Promise<number> {
    const [{ lastSeenAt }] = await t.dataSource.query('SELECT last_seen_at AS lastSeenAt FROM session WHERE staff_id = ?', [staffId]);
    return parseDbDate(lastSeenAt).getTime();
  }

  it('move "last seen" at most once a minute, and the move is no statement of the request', async () => {
    const { staff, token } = await t.staffWithToken('AGENT');
    const signedInAt = t.clock.now().getTime();
    t.clock.advance(30_000);
    expect((await t.gql(ME, {}, token)).data?.me).toEqual({ id: staff.id });
    const untouched = t.stats.at(-1)?.statements;
    expect(await lastSeenOf(staff.id)).toBe(signedInAt);

    t.clock.advance(31_000);
    expect((await t.gql(ME, {}, token)).data?.me).toEqual({ id: staff.id });
    expect(t.stats.at(-1)?.statements).toBe(untouched);
    expect(await lastSeenOf(staff.id)).toBe(signedInAt + 61_000);

    t.clock.advance(59_000);
    await t.gql(ME, {}, token);
    expect(await lastSeenOf(staff.id)).toBe(signedInAt + 61_000);
  });

  it.skipIf(testDialect === 'sqlite')('answer without waiting for the touch, and a touch another process already made is not made again', async () => {
    const { staff, token } = await t.staffWithToken('AGENT');
    t.clock.advance(120_000);
    const otherProcess = t.dataSource.createQueryRunner();
    await otherProcess.connect();
    try {
      // Another API process is touching the same session: its row is locked until that process commits.
      await otherProcess.startTransaction();
      const touchedElsewhere = new Date(t.clock.now().getTime() - 1000);
      await otherProcess.query('UPDATE session SET last_seen_at = ? WHERE staff_id = ?', [touchedElsewhere, staff.id]);
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: ME }),
      });
      expect(await response.json()).toEqual({ data: { me: { id: staff.id } } });
      await otherProcess.commitTransaction();
      await settleSessionTouches();
      expect(await lastSeenOf(staff.id)).toBe(touchedElsewhere.getTime());
    } finally {
      if (otherProcess.isTransactionActive) await otherProcess.rollbackTransaction();
      await otherProcess.release();
    }
  });

  it('wait for the Galera cluster only when it is one, or when DB_CAUSAL_READS says so', async () => {
    const plainServer = testDialect === 'sqlite' || (await t.dataSource.query("SHOW VARIABLES LIKE 'wsrep_on'"))[0]?.Value !== 'ON';
    expect(await configureCausalReads(t.dataSource, 'auto')).toBe(!plainServer);
    expect(await configureCausalReads(t.dataSource, 'off')).toBe(false);
    expect(causalRead(t.dataSource, 'SELECT 1')).toBe('SELECT 1');
    if (testDialect === 'sqlite') {
      expect(await configureCausalReads(t.dataSource, 'on')).toBe(false);
      return;
    }
    // Forced on a MariaDB that is no cluster node: the same answers, through wsrep_sync_wait.
    const app = await createApp({ dataSource: t.dataSource, clock: t.clock, config: { ...t.config, causalReads: 'on' } });
    const url = `http://127.0.0.1:${await app.listen(0)}/graphql`;
    try {
      expect(causalRead(t.dataSource, 'SELECT 1')).toBe('SET STATEMENT wsrep_sync_wait = 1 FOR SELECT 1');
      const { staff, token } = await t.staffWithToken('AGENT');
      const post = (query: string) =>
        fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) }).then(
          (response) => response.json() as Promise<{ data?: Record<string, unknown> }>,
        );
      expect((await post(ME)).data?.me).toEqual({ id: staff.id });
      expect((await post('mutation { logout }')).data?.logout).toBe(true);
      expect((await post(ME)).data?.me).toBeNull();
    } finally {
      await app.close();
      await configureCausalReads(t.dataSource, 'auto');
    }
  });
});
