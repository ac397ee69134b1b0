import { validatePassword, type Violation } from '@sanxin/domain';
import { assertValid } from '../../shared/errors';
import type { ServiceContext } from '../../shared/service-context';
import { updateVersioned } from '../../shared/versioned-update';
import { auditTarget, recordAction } from '../audit';
import { recordSecurityEvent } from '../security';
import { findStaffWithPasswordHash, Staff } from '../staff';
import { claimPasswordCheck, clearPasswordFailures, passwordAttemptKey, recordLockIfReached } from './auth.service';
import { hashPassword, verifyPassword } from './password';
import { SessionRecord } from './session.entity';

/**
 * The signed-in person chooses a new password (the domain's policy) after proving the current one.
 * It clears "must change password", is audited as `****`, and ends their other sessions.
 */
export async function changePassword(ctx: ServiceContext, currentPassword: string, newPassword: string): Promise<Staff> {
  const [staff] = await findStaffWithPasswordHash(ctx.dataSource, { id: ctx.viewer.id });
  const event = { kind: 'PASSWORD_CHANGED' as const, ip: ctx.ip ?? 'unknown', staffId: staff.id, username: staff.username };
  // A session is not the password: guessing the current one here counts against the sign-in lock.
  const key = passwordAttemptKey(staff.username, event.ip);
  const checkedAt = ctx.clock.now();
  await claimPasswordCheck(ctx.dataSource, key, { ...event, at: checkedAt }, async () => staff.id);
  if (!(await verifyPassword(staff.passwordHash, currentPassword))) {
    await recordSecurityEvent(ctx.dataSource, { ...event, outcome: 'FAILURE', at: checkedAt, detail: 'wrong current password' });
    await recordLockIfReached(ctx.dataSource, key, { at: checkedAt, ip: event.ip, username: staff.username }, staff.id);
    assertValid([{ rule: 'wrongPassword', field: 'currentPassword' }]);
  }
  await clearPasswordFailures(ctx.dataSource, key);
  const violations: Violation[] = validatePassword(newPassword, staff.username).map((v) => ({ ...v, field: 'newPassword' }));
  if (violations.length === 0 && (await verifyPassword(staff.passwordHash, newPassword))) violations.push({ rule: 'passwordUnchanged', field: 'newPassword' });
  assertValid(violations);
  const passwordHash = await hashPassword(newPassword);
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (tx) => {
    await updateVersioned(tx, Staff, 'Staff', staff.id, staff.version, { passwordHash, mustChangePassword: false }, now);
    await recordAction(tx, auditTarget(ctx, 'staff', staff.id, now), 'UPDATE', { field: 'password', newValue: '****' });
    await recordSecurityEvent(tx, { ...event, outcome: 'SUCCESS', at: now });
    await tx
      .createQueryBuilder()
      .update(SessionRecord)
      .set({ revokedAt: now })
      .where('staffId = :staffId AND revokedAt IS NULL AND id <> :sessionId', { staffId: staff.id, sessionId: ctx.viewer.sessionId })
      .execute();
  });
  return ctx.dataSource.getRepository(Staff).findOneByOrFail({ id: staff.id });
}
