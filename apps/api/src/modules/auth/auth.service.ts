import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config';
import { causalRead } from '../../db/causal-reads';
import { outsideRequestTransaction } from '../../db/request-transaction';
import { outsideRequestStats } from '../../db/sql-counter';
import type { Clock } from '../../shared/clock';
import { isTransientConflict } from '../../shared/db-errors';
import { AppError, rateLimited } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { parseDbDate } from '../../shared/db-date';
import { sqlDate } from '../../shared/sql-date';
import type { SessionProblem, Viewer } from '../../shared/viewer';
import { findStaffWithPasswordHash, Staff } from '../staff';
import { recordSecurityEvent, type SecurityEventDraft } from '../security';
import { LoginThrottle } from './login-throttle.entity';
import { verifyPassword } from './password';
import { SessionRecord } from './session.entity';

export const MAX_CONSECUTIVE_FAILURES = 10;
const MAX_LOCK_MINUTES = 24 * 60;
const TOUCH_INTERVAL_MS = 60_000;

interface AuthDeps {
  dataSource: DataSource;
  clock: Clock;
  config: Config;
}

export interface SignedIn {
  token: string;
  expiresAt: Date;
  staff: Staff;
}

/**
 * Ten failures for one username from one IP lock that pair for 1 minute, then 2, 4, … up to a day; a
 * success clears the count. Each attempt claims its place in the count before its password is checked,
 * in one conditional UPDATE (`failures = failures + 1` and the lock it brings, only while unlocked), so
 * parallel attempts, on one process or many, never get more than ten passwords checked per lock window.
 */
export async function signIn(deps: AuthDeps, username: string, password: string, ip: string): Promise<SignedIn> {
  const now = deps.clock.now();
  const normalized = username.trim().toLowerCase();
  const key = passwordAttemptKey(normalized, ip);
  const event = { at: now, ip, username: normalized };
  await claimPasswordCheck(deps.dataSource, key, { ...event, kind: 'SIGN_IN_FAILED' }, async () => (await deps.dataSource.getRepository(Staff).findOneBy({ username: normalized }))?.id ?? null);
  const [staff] = await findStaffWithPasswordHash(deps.dataSource, { username: normalized });
  const valid = await verifyPassword(staff?.passwordHash ?? null, password);
  if (!valid || !staff?.active) {
    const detail = !staff ? 'unknown username' : valid ? 'account deactivated' : 'wrong password';
    await recordSecurityEvent(deps.dataSource, { ...event, kind: 'SIGN_IN_FAILED', outcome: 'FAILURE', staffId: staff?.id ?? null, detail });
    await recordLockIfReached(deps.dataSource, key, event, staff?.id ?? null);
    throw new AppError('UNAUTHENTICATED', 'Wrong username or password', { reason: 'INVALID_CREDENTIALS' });
  }
  await clearPasswordFailures(deps.dataSource, key);
  await recordSecurityEvent(deps.dataSource, { ...event, kind: 'SIGN_IN', outcome: 'SUCCESS', staffId: staff.id });
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + deps.config.session.absoluteHours * 3_600_000);
  await deps.dataSource.getRepository(SessionRecord).insert({
    id: newId(now.getTime()),
    tokenHash: sha256(token),
    staffId: staff.id,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    revokedAt: null,
  });
  return { token, expiresAt, staff };
}

/** Whose password guesses count together: one username from one IP, at sign-in and at changePassword alike. */
export function passwordAttemptKey(username: string, ip: string): string {
  return sha256(`${username.trim().toLowerCase()}|${ip}`);
}

/**
 * Claims a password check under the lock (claimAttempt). An attempt refused while the pair is locked
 * is recorded as `refused` (outcome REFUSED, detail "locked"), then answered RATE_LIMITED. The count
 * commits on its own even inside a request's Idempotency-Key transaction: it must outlive the request.
 */
export async function claimPasswordCheck(
  dataSource: DataSource,
  key: string,
  refused: Pick<SecurityEventDraft, 'at' | 'ip' | 'username' | 'kind'>,
  staffIdOf: () => Promise<string | null>,
): Promise<void> {
  try {
    await outsideRequestTransaction(() => claimAttempt(dataSource, key, refused.at));
  } catch (error) {
    if (!(error instanceof AppError) || error.extensions.code !== 'RATE_LIMITED') throw error;
    const detail = `locked: retry in ${error.extensions.retryAfterSeconds} s`;
    await recordSecurityEvent(dataSource, { ...refused, outcome: 'REFUSED', staffId: await staffIdOf(), detail });
    throw error;
  }
}

/** The right password ends the count, as a successful sign-in does. */
export async function clearPasswordFailures(dataSource: DataSource, key: string): Promise<void> {
  await dataSource.getRepository(LoginThrottle).delete({ key });
}

/**
 * Counts the attempt as a failure up front (a success deletes the row) and locks the pair when this
 * attempt is the tenth, eleventh, …; throws RATE_LIMITED, without counting, while it is locked. The
 * lock each count brings is a CASE over precomputed instants, so the database decides in one statement.
 */
async function claimAttempt(dataSource: DataSource, key: string, now: Date): Promise<void> {
  // Single statements, no transaction around them: an INSERT IGNORE's shared lock upgraded by the
  // UPDATE in one transaction deadlocks under parallel attempts.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    if (await incrementFailures(dataSource, key, now)) return;
    const throttle = await dataSource.getRepository(LoginThrottle).findOneBy({ key });
    if (throttle?.lockedUntil && throttle.lockedUntil > now) {
      throw rateLimited(Math.ceil((throttle.lockedUntil.getTime() - now.getTime()) / 1000));
    }
    if (!throttle) await dataSource.createQueryBuilder().insert().into(LoginThrottle).values({ key, failures: 0, lockedUntil: null, updatedAt: now }).orIgnore().execute();
  }
  throw rateLimited(1);
}

async function incrementFailures(dataSource: DataSource, key: string, now: Date): Promise<boolean> {
  const locks = lockSchedule(now);
  const lockCase = locks.map((_, index) => `WHEN failures + 1 = ${MAX_CONSECUTIVE_FAILURES + index} THEN :lock${index}`).join(' ');
  const parameters = Object.fromEntries(locks.map((lock, index) => [`lock${index}`, sqlDate(dataSource, lock)]));
  try {
    const result = await dataSource
      .createQueryBuilder()
      .update(LoginThrottle)
      // The lock before the count: MySQL evaluates SET left to right (a later one sees the new count), SQLite all on the old row.
      .set({
        lockedUntil: () => `CASE WHEN failures + 1 < ${MAX_CONSECUTIVE_FAILURES} THEN NULL ${lockCase} ELSE :lockMax END`,
        failures: () => 'failures + 1',
        updatedAt: now,
      })
      .where({ key })
      .andWhere('(locked_until IS NULL OR locked_until <= :now)', { now: sqlDate(dataSource, now) })
      .setParameters({ ...parameters, lockMax: sqlDate(dataSource, locks[locks.length - 1]) })
      .execute();
    return (result.affected ?? 0) > 0;
  } catch (error) {
    if (isTransientConflict(error)) return false;
    throw error;
  }
}

/**
 * After a failed attempt: when the pair is now locked, one LOCKED event per lock, whichever of the
 * parallel attempts that brought it reports it first (its id derives from the pair and the lock's end).
 */
export async function recordLockIfReached(dataSource: DataSource, key: string, event: { at: Date; ip: string; username: string }, staffId: string | null): Promise<void> {
  const throttle = await dataSource.getRepository(LoginThrottle).findOneBy({ key });
  if (!throttle?.lockedUntil || throttle.lockedUntil <= event.at) return;
  const hex = sha256(`${key}|${throttle.lockedUntil.toISOString()}`);
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  const minutes = Math.round((throttle.lockedUntil.getTime() - event.at.getTime()) / 60_000);
  await recordSecurityEvent(dataSource, { ...event, id, kind: 'LOCKED', outcome: 'REFUSED', staffId, detail: `${throttle.failures} failures: locked ${minutes} min` });
}

/** The lock the 10th, 11th, … failure brings: 1, 2, 4 … minutes, then a day for every further one (the last). */
function lockSchedule(now: Date): Date[] {
  const locks: Date[] = [];
  for (let extra = 0; ; extra += 1) {
    const minutes = Math.min(2 ** extra, MAX_LOCK_MINUTES);
    locks.push(new Date(now.getTime() + minutes * 60_000));
    if (minutes === MAX_LOCK_MINUTES) return locks;
  }
}

/** Who a request acts for, or why nobody: no (known) token, a session past its lifetime, or one signed out or revoked. */
export type SessionLookup = { viewer: Viewer; problem: null } | { viewer: null; problem: SessionProblem };

/**
 * The session behind a token, if it is neither revoked, past its absolute expiry nor idle too long.
 * A session that has simply run out says so (EXPIRED), so a client can tell "sign in again" from
 * "you never signed in" (MISSING: no token, or one the server does not know); a signed-out or
 * revoked session, or a deactivated account, is REVOKED.
 */
export async function resolveViewer(deps: AuthDeps, token: string | undefined): Promise<SessionLookup> {
  if (!token) return { viewer: null, problem: 'MISSING' };
  const now = deps.clock.now();
  const [row]: Array<SessionRow> = await deps.dataSource.query(causalRead(deps.dataSource, sessionLookupSql(deps.dataSource)), [sha256(token)]);
  if (!row) return { viewer: null, problem: 'MISSING' };
  if (row.revokedAt !== null || !Number(row.active)) return { viewer: null, problem: 'REVOKED' };
  const lastSeenAt = parseDbDate(row.lastSeenAt);
  const idleSince = now.getTime() - deps.config.session.idleMinutes * 60_000;
  if (parseDbDate(row.expiresAt) <= now || lastSeenAt.getTime() <= idleSince) return { viewer: null, problem: 'EXPIRED' };
  if (now.getTime() - lastSeenAt.getTime() > TOUCH_INTERVAL_MS) touchSession(deps.dataSource, row.id, now);
  const mustChangePassword = Number(row.mustChangePassword) === 1 || row.mustChangePassword === true;
  return { viewer: { id: row.staffId, role: row.role, name: row.name, sessionId: row.id, mustChangePassword }, problem: null };
}

const sessionLookups = new WeakMap<DataSource, string>();

/**
 * The session lookup runs before every request: its SQL is built once per data source (TypeORM's
 * query building was a measurable part of a request's CPU, issue 15) and only the token's hash varies.
 */
function sessionLookupSql(dataSource: DataSource): string {
  let sql = sessionLookups.get(dataSource);
  if (!sql) {
    const query = dataSource
      .getRepository(SessionRecord)
      .createQueryBuilder('session')
      .innerJoin(Staff, 'staff', 'staff.id = session.staffId')
      .select([
        'session.id AS id',
        'session.lastSeenAt AS lastSeenAt',
        'session.expiresAt AS expiresAt',
        'session.revokedAt AS revokedAt',
        'staff.active AS active',
        'staff.id AS staffId',
        'staff.role AS role',
        'staff.name AS name',
        'staff.mustChangePassword AS mustChangePassword',
      ])
      .where('session.tokenHash = :hash', { hash: 'the token hash, given with each lookup' });
    [sql] = query.getQueryAndParameters();
    sessionLookups.set(dataSource, sql);
  }
  return sql;
}

interface SessionRow {
  id: string;
  lastSeenAt: Date | string;
  expiresAt: Date | string;
  revokedAt: Date | string | null;
  active: boolean | number | string;
  staffId: string;
  role: Viewer['role'];
  name: string;
  mustChangePassword: boolean | number | string;
}

const touches = new Map<string, Promise<void>>();

/**
 * "Last seen" moves at most once a minute per session, beside the request rather than in its
 * way: never awaited by it, one touch per session at a time in this process, and conditional, so
 * a touch another process has just made is not made again. A touch that fails (nodes of a Galera
 * cluster touching the same session at once) is simply left to a later request.
 */
function touchSession(dataSource: DataSource, sessionId: string, now: Date): void {
  if (touches.has(sessionId)) return;
  const staleBefore = new Date(now.getTime() - TOUCH_INTERVAL_MS);
  const touch = outsideRequestStats(() =>
    dataSource
      .createQueryBuilder()
      .update(SessionRecord)
      .set({ lastSeenAt: now })
      .where('id = :sessionId AND lastSeenAt < :staleBefore', { sessionId, staleBefore })
      .execute(),
  )
    .then(
      () => undefined,
      (error) => {
        if (!isTransientConflict(error)) console.warn(`[session] last-seen not updated: ${error instanceof Error ? error.message : error}`);
      },
    )
    .finally(() => touches.delete(sessionId));
  touches.set(sessionId, touch);
}

/** Resolves when the last-seen updates started so far are done (for tests, and for a clean shutdown). */
export async function settleSessionTouches(): Promise<void> {
  await Promise.all(touches.values());
}

export async function signOut(deps: AuthDeps, viewer: Viewer, ip: string): Promise<void> {
  const now = deps.clock.now();
  await deps.dataSource.getRepository(SessionRecord).update({ id: viewer.sessionId }, { revokedAt: now });
  await recordSecurityEvent(deps.dataSource, { kind: 'SIGN_OUT', outcome: 'SUCCESS', at: now, ip, staffId: viewer.id });
}

export async function revokeSessionsOf(dataSource: DataSource, staffId: string, now: Date): Promise<void> {
  await dataSource.createQueryBuilder().update(SessionRecord).set({ revokedAt: now }).where('staffId = :staffId AND revokedAt IS NULL', { staffId }).execute();
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
