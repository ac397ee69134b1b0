import { checkCallTime, type Violation } from '@sanxin/domain';
import { type EntityManager, In, IsNull } from 'typeorm';
import { readCallRules } from './follow-up-rules';
import { readCallPreferences } from './follow-up.service';
import { FollowUp } from './follow-up.entity';

/**
 * 一个避免 for calls made outside a follow-up (an outbound call logged as an interaction): the same
 * windows, narrowed by the customer's preferences, and the same exception: a time the customer
 * agreed to on one of their open follow-ups.
 */
export async function callTimeViolations(manager: EntityManager, timeZone: string, customerId: string, at: Date, field: string): Promise<Violation[]> {
  const [rules, prefs, appointments] = await Promise.all([
    readCallRules(manager, timeZone, at),
    readCallPreferences(manager, customerId),
    manager.find(FollowUp, { where: { customerId, status: In(['OPEN', 'IN_PROGRESS']), archivedAt: IsNull() }, select: { id: true, appointmentAt: true } }),
  ]);
  const agreed = appointments
    .map((f) => f.appointmentAt)
    .filter((time): time is Date => time !== null)
    .sort((a, b) => Math.abs(a.getTime() - at.getTime()) - Math.abs(b.getTime() - at.getTime()))[0];
  return checkCallTime(at, rules.calendar, rules.policy, prefs, agreed ?? null, field);
}
