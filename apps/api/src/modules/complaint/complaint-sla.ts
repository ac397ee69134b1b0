import { addLocalDays, type BusinessCalendar, type ComplaintSlaPolicy, complaintSlaPolicy, localDate, type Settings } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
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

export interface RequestSlaRules extends SlaRules {
  now: Date;
  /** Business hours from an instant to `now`, shared by the whole page. */
  hoursSince: (from: Date) => number;
}
