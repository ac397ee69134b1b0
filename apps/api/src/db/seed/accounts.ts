import { randomBytes } from 'node:crypto';
import { In, type DataSource } from 'typeorm';
import type { Config } from '../../config';
import { hashPassword, verifyPassword } from '../../modules/auth/password';
import { Staff } from '../../modules/staff/staff.entity';
import { findStaffWithPasswordHash } from '../../modules/staff/staff-password-hash';
import { newRecord } from '../../shared/new-record';
import { underSetupLease } from '../migrate';
import { DEMO_PASSWORD, generateDemoData } from './demo-data';
import { seedDemoData } from './seed-demo';

export const FIRST_ADMIN_USERNAME = 'admin';

/**
 * What a start (or `db:seed`) does about accounts. Demo mode seeds the demo accounts, which in
 * production must choose their own password at first sign-in (the demo password is public).
 * Otherwise a database without any staff gets one administrator with a generated password, printed
 * once, to be changed at first sign-in: no known password ever opens a production install.
 */
export async function prepareAccounts(dataSource: DataSource, config: Pick<Config, 'demo' | 'production' | 'businessTimeZone'>, now: Date, log: (line: string) => void = console.log): Promise<void> {
  if (!config.demo) {
    const admin = await seedFirstAdministrator(dataSource, now);
    if (admin) log(firstAdministratorMessage(admin));
    return;
  }
  if (config.production) log('WARNING: SANXIN_DEMO=1 with NODE_ENV=production: demo data and accounts with a public password; each must choose its own at first sign-in.');
  const { seeded, accounts } = await seedDemoData(dataSource, now, config.businessTimeZone);
  if (seeded) log('Seeded demo data.');
  if (config.production) await requireDemoPasswordChange(dataSource, now);
  log(`Demo accounts (password ${DEMO_PASSWORD}): ${accounts.map((a) => `${a.username} (${a.role})`).join(', ')}`);
}

export function firstAdministratorMessage({ username, password }: { username: string; password: string }): string {
  return `Created the first administrator: username ${username}, password ${password} (shown only now; it must be changed at first sign-in).`;
}

/** One ADMIN with a generated password, when the database has no staff at all; null otherwise. */
export async function seedFirstAdministrator(dataSource: DataSource, now: Date): Promise<{ username: string; password: string } | null> {
  return underSetupLease(dataSource, async () => {
    if ((await dataSource.getRepository(Staff).count()) > 0) return null;
    // 18 random bytes: 24 URL-safe characters, far beyond the policy and any guessing.
    const password = randomBytes(18).toString('base64url');
    await dataSource.getRepository(Staff).insert({
      ...newRecord(now),
      username: FIRST_ADMIN_USERNAME,
      passwordHash: await hashPassword(password),
      mustChangePassword: true,
      name: '系统管理员',
      role: 'ADMIN',
      jobType: null,
      skillLevel: 1,
      active: true,
      phone: null,
      teamId: null,
    });
    return { username: FIRST_ADMIN_USERNAME, password };
  });
}

/** Demo accounts still on the demo password must change it at their next sign-in. */
export async function requireDemoPasswordChange(dataSource: DataSource, now: Date): Promise<number> {
  const usernames = generateDemoData({ now, customers: 0, interactions: 0 }).staff.map((member) => member.username);
  const accounts = await findStaffWithPasswordHash(dataSource, { username: In(usernames), mustChangePassword: false });
  const stillDemo: string[] = [];
  for (const account of accounts) if (await verifyPassword(account.passwordHash, DEMO_PASSWORD)) stillDemo.push(account.id);
  if (stillDemo.length) await dataSource.getRepository(Staff).update({ id: In(stillDemo) }, { mustChangePassword: true });
  return stillDemo.length;
}
