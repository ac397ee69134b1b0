import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../app';
import { loadConfig } from '../../config';
import { FixedClock } from '../../shared/clock';
import { createDataSource } from '../data-source';
import { migrate } from '../migrate';
import { DEMO_PASSWORD } from './demo-data';
import { seedDemoData } from './seed-demo';

describe('embedded demo mode', () => {
  it('migrates and seeds SQLite once, then serves the demo accounts', async () => {
    const config = loadConfig({ SQLITE_PATH: join(mkdtempSync(join(tmpdir(), 'sanxin-')), 'demo.sqlite') });
    const dataSource = await createDataSource(config.database).initialize();
    await migrate(dataSource);
    const now = new Date('2026-11-25T02:00:00Z');
    expect((await seedDemoData(dataSource, now)).seeded).toBe(true);
    expect((await seedDemoData(dataSource, now)).seeded).toBe(false);
    expect(await dataSource.query('SELECT COUNT(*) AS n FROM customer')).toEqual([{ n: 200 }]);
    expect(await dataSource.query('SELECT COUNT(*) AS n FROM interaction')).toEqual([{ n: 1000 }]);
    const statuses = await dataSource.query('SELECT DISTINCT stored_status AS status FROM contract ORDER BY stored_status');
    expect(statuses.map((r: { status: string }) => r.status)).toEqual(['ACTIVE', 'DRAFT', 'RENEWED', 'TERMINATED']);
    expect((await dataSource.query("SELECT COUNT(*) AS n FROM contract WHERE stored_status = 'ACTIVE' AND end_date < '2026-11-25'"))[0].n).toBeGreaterThan(0);
    expect((await dataSource.query('SELECT COUNT(DISTINCT status) AS n FROM part_replacement'))[0].n).toBe(6);
    // 回访 in every status, with attempts of every outcome, and key customers not yet called this month (coverage gaps).
    const followUpStatuses = await dataSource.query('SELECT DISTINCT status FROM follow_up ORDER BY status');
    expect(followUpStatuses.map((r: { status: string }) => r.status)).toEqual(['CANCELLED', 'DONE', 'IN_PROGRESS', 'OPEN', 'UNREACHABLE']);
    const outcomes = await dataSource.query('SELECT DISTINCT outcome FROM follow_up_attempt ORDER BY outcome');
    expect(outcomes.map((r: { outcome: string }) => r.outcome)).toEqual(['APPOINTMENT', 'BUSY', 'NO_ANSWER', 'REACHED', 'REFUSED', 'SILENT_LINE', 'WRONG_NUMBER']);
    expect((await dataSource.query("SELECT COUNT(DISTINCT satisfaction) AS n FROM follow_up WHERE status = 'DONE'"))[0].n).toBe(3);
    const gaps = await dataSource.query("SELECT COUNT(*) AS n FROM customer c WHERE c.tier = 'A' AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.customer_id = c.id AND f.trigger = 'PERIODIC_CARE' AND f.trigger_key LIKE '%:2026-11')");
    expect(gaps[0].n).toBeGreaterThan(0);
    const triggers = await dataSource.query("SELECT DISTINCT `trigger` FROM follow_up ORDER BY `trigger`");
    expect(triggers.map((r: { trigger: string }) => r.trigger)).toEqual(expect.arrayContaining(['COMPLAINT', 'CONTRACT', 'MANUAL', 'PART_REPLACEMENT', 'PERIODIC_CARE']));
    expect(Number((await dataSource.query('SELECT COUNT(*) AS n FROM customer WHERE do_not_call = 1'))[0].n)).toBeGreaterThan(0);
    expect(Number((await dataSource.query('SELECT COUNT(*) AS n FROM customer WHERE call_not_before_minute IS NOT NULL OR call_not_after_minute IS NOT NULL'))[0].n)).toBeGreaterThan(0);
    expect((await dataSource.query("SELECT COUNT(*) AS n FROM holiday WHERE kind = 'MAKEUP_WORKDAY'"))[0].n).toBeGreaterThan(0);
    const rosters = await dataSource.query("SELECT month, COUNT(*) AS n FROM roster WHERE status = 'PUBLISHED' GROUP BY month ORDER BY month");
    expect(rosters.map((r: { month: string }) => r.month)).toEqual(['2026-11', '2026-12']);
    expect((await dataSource.query('SELECT COUNT(DISTINCT status) AS n FROM leave_request'))[0].n).toBeGreaterThanOrEqual(4);
    expect((await dataSource.query('SELECT COUNT(*) AS n FROM complaint'))[0].n).toBe(500);
    expect((await dataSource.query('SELECT COUNT(DISTINCT status) AS n FROM complaint'))[0].n).toBeGreaterThanOrEqual(10);
    expect((await dataSource.query('SELECT COUNT(*) AS n FROM complaint_escalation'))[0].n).toBeGreaterThan(0);
    const overdue = await dataSource.query('SELECT COUNT(*) AS n FROM customer_assignment WHERE first_contacted_at IS NULL AND first_contact_due_at < ?', [now.toISOString().replace('T', ' ').slice(0, 23)]);
    expect(overdue[0].n).toBeGreaterThan(0);
    const calibrations = await dataSource.query('SELECT status FROM calibration_session ORDER BY status');
    expect(calibrations.map((r: { status: string }) => r.status)).toEqual(['AGREED', 'OPEN']);

    const app = await createApp({ dataSource, clock: new FixedClock(now), config });
    const url = `http://127.0.0.1:${await app.listen(0)}`;
    try {
      const post = (query: string, token?: string) =>
        fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query }),
        }).then((r) => r.json() as Promise<any>);
      const login = await post(`mutation { login(input: { username: "manager", password: "${DEMO_PASSWORD}" }) { token staff { role } } }`);
      expect(login.data.login.staff.role).toBe('DEPT_MANAGER');
      const list = await post('{ customers(filter: { q: "投诉" }) { total items { name } } }', login.data.login.token);
      expect(list.data.customers.total).toBeGreaterThanOrEqual(1);
      expect(list.data.customers.items[0].name).toContain('客户投诉处理');
      expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: 'ok', database: 'up' });
    } finally {
      await app.close();
      await dataSource.destroy();
    }
  });
});
