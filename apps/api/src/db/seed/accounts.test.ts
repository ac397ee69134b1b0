import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../config';
import { hashPassword, verifyPassword } from '../../modules/auth/password';
import { findStaffWithPasswordHash } from '../../modules/staff/staff-password-hash';
import { Staff } from '../../modules/staff/staff.entity';
import { makeStaff } from '../../test/factories';
import { testNow } from '../../test/test-clock';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { createDataSource } from '../data-source';
import { migrate } from '../migrate';
import { prepareAccounts, requireDemoPasswordChange } from './accounts';
import { DEMO_PASSWORD } from './demo-data';

// Issue 17, point 9: no known password in production.
describe('accounts at start-up', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await createDataSource(loadConfig({ ...database.env, NODE_ENV: 'test' }).database).initialize();
    await migrate(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('a production start without demo data creates one administrator, with a generated password printed once', async () => {
    const config = loadConfig({ ...database.env, NODE_ENV: 'production' });
    expect(config.demo).toBe(false);
    const lines: string[] = [];
    await prepareAccounts(dataSource, config, testNow(), (line) => lines.push(line));
    expect(lines).toHaveLength(1);
    const password = /password (\S+) /.exec(lines[0])?.[1] ?? '';
    expect(password.length).toBeGreaterThanOrEqual(20);
    expect(lines.join('\n')).not.toContain(DEMO_PASSWORD);
    const staff = await findStaffWithPasswordHash(dataSource, {});
    expect(staff.map((s) => [s.username, s.role, s.mustChangePassword])).toEqual([['admin', 'ADMIN', true]]);
    expect(await verifyPassword(staff[0].passwordHash, password)).toBe(true);

    const again: string[] = [];
    await prepareAccounts(dataSource, config, testNow(), (line) => again.push(line));
    expect(again).toEqual([]);
    expect(await dataSource.getRepository(Staff).count()).toBe(1);
  });

  it('makes demo accounts still on the demo password change it (demo forced in production)', async () => {
    const onDemo = await makeStaff(dataSource, { role: 'AGENT', username: 'agent2', passwordHash: await hashPassword(DEMO_PASSWORD) });
    const changed = await makeStaff(dataSource, { role: 'AGENT', username: 'agent3' });
    expect(await requireDemoPasswordChange(dataSource, testNow())).toBe(1);
    const byId = async (id: string) => (await dataSource.getRepository(Staff).findOneByOrFail({ id })).mustChangePassword;
    expect(await byId(onDemo.id)).toBe(true);
    expect(await byId(changed.id)).toBe(false);
  });
});
