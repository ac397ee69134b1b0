import { addDays, type BusinessCalendar, type FollowUpPolicy, followUpPolicy, localDate } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { readBusinessCalendar } from '../calendar';
import { readSettings } from '../setting';

/** What the calling-window rules need, read once: the policy from the settings and the calendar around `now`. */
export interface CallRules {
  policy: FollowUpPolicy;
  calendar: BusinessCalendar;
}

/** The calendar from yesterday to a month and a half ahead: a next calling time is looked for within a month. */
export async function readCallRules(manager: EntityManager, timeZone: string, now: Date): Promise<CallRules> {
  const today = localDate(now, timeZone);
  const settings = readSettings(manager);
  const calendar = await readBusinessCalendar(manager, timeZone, addDays(today, -1), addDays(today, 45), settings);
  return { policy: followUpPolicy(await settings), calendar };
}
