import { addLocalDays, type BusinessCalendar, type ComplaintSlaPolicy, complaintSlaPolicy, localDate, type Settings } from '@sanxin/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { readBusinessCalendar } from '../calendar';
import { readSettings } from '../setting';

export interface SlaRules {
  policy: ComplaintSlaPolicy;
  calendar: BusinessCalendar;
  /** All settings as read for the policy, so other complaint rules (who approves) need no second read. */
  settings: Settings;
}

/** Holidays this far back and ahead of `at` cover any complaint a list shows or a deadline reaches. */
const DAYS_BACK = 1100;
const DAYS_AHEAD = 400;

export async function readSlaRules(manager: EntityManager, timeZone: string, at: Date): Promise<SlaRules> {
  const today = localDate(at, timeZone);
  const settings = readSettings(manager);
  const calendar = await readBusinessCalendar(manager, timeZone, addLocalDays(today, -DAYS_BACK), addLocalDays(today, DAYS_AHEAD), settings);
  return { policy: complaintSlaPolicy(await settings), calendar, settings: await settings };
}

/**
 * What changes when the settings or holidays do, as the columns of one SELECT (a caller may read
 * other rows in the same statement): a setting is inserted (rows) or updated (its version grows);
 * a holiday is inserted (rows, and the newest id: ids are time-ordered), updated (versions) or deleted (rows).
 */
export const RULES_STAMP_COLUMNS =
  '(SELECT COUNT(*) FROM setting) AS settingRows, (SELECT COALESCE(SUM(version), 0) FROM setting) AS settingVersions, ' +
  '(SELECT COUNT(*) FROM holiday) AS holidayRows, (SELECT COALESCE(SUM(version), 0) FROM holiday) AS holidayVersions, (SELECT MAX(id) FROM holiday) AS holidayNewest';

export type RulesStamp = string & { readonly __brand: 'RulesStamp' };

export function rulesStampOf(row: Record<string, unknown>): RulesStamp {
  return [row.settingRows, row.settingVersions, row.holidayRows, row.holidayVersions, row.holidayNewest].map(String).join('|') as RulesStamp;
}

export async function readRulesStamp(manager: EntityManager): Promise<RulesStamp> {
  const [row] = await manager.query(`SELECT ${RULES_STAMP_COLUMNS}`);
  return rulesStampOf(row);
}

/** A backstop for changes the stamp cannot see (rows written by hand in the database). */
const RULES_TTL_MS = 60_000;
const cachedRules = new WeakMap<DataSource, { key: string; rules: Promise<SlaRules>; readAt: number }>();

/**
 * The rules of `at`'s day, read once per process while the stamp stays the same: a request then
 * costs one statement (the stamp, or none when its caller read the stamp with its own rows) instead
 * of the settings and a year and a half of holidays. Every process checks the stamp, so a change
 * made through another API process is seen by the next request here.
 */
export async function cachedSlaRules(manager: EntityManager, timeZone: string, at: Date, stamp?: RulesStamp): Promise<SlaRules> {
  const key = `${stamp ?? (await readRulesStamp(manager))}|${timeZone}|${localDate(at, timeZone)}`;
  const cached = cachedRules.get(manager.connection);
  if (cached && cached.key === key && performance.now() - cached.readAt < RULES_TTL_MS) return cached.rules;
  const rules = readSlaRules(manager, timeZone, at);
  const entry = { key, rules, readAt: performance.now() };
  cachedRules.set(manager.connection, entry);
  rules.catch(() => {
    if (cachedRules.get(manager.connection) === entry) cachedRules.delete(manager.connection);
  });
  return rules;
}

export interface RequestSlaRules extends SlaRules {
  now: Date;
  /** Business hours from an instant to `now`, shared by the whole page. */
  hoursSince: (from: Date) => number;
}
