import { type AttemptOutcome, atLocalTime, carePeriod, followUpTriggerKey, localDate, addDays } from '@sanxin/domain';
import { type EntityManager, In, IsNull, Not } from 'typeorm';
import { Complaint } from '../../modules/complaint/complaint.entity';
import { PartReplacement } from '../../modules/part-replacement/part-replacement.entity';
import { Customer } from '../../modules/customer/customer.entity';
import { FollowUpAttempt } from '../../modules/follow-up/follow-up-attempt.entity';
import { FollowUp } from '../../modules/follow-up/follow-up.entity';
import { followUpRecord } from '../../modules/follow-up/follow-up-triggers';
import { Staff } from '../../modules/staff/staff.entity';
import { newId } from '../../shared/ids';
import { createRandom, type Random } from './random';

const DAY = 86_400_000;

/** What customers said when they were reached (满意 / 一般 / 不满意). */
const SUGGESTIONS = ['师傅上门很准时，服务态度好', '希望以后安装前提前一天电话确认', '配件到货慢了两天，其他都满意', '客服回电很及时，谢谢', '说明书太简单，希望有视频教程'];
const IMPROVEMENTS = ['维修后设备仍有异响，希望再派技术员检查', '等待时间太长，前后打了三次电话才有人处理', '赔偿金额和承诺的不一致'];
const NOTES: Record<AttemptOutcome, string> = {
  REACHED: '客户接听，已核实身份',
  NO_ANSWER: '响铃多声无人接听',
  BUSY: '占线，稍后再拨',
  SILENT_LINE: '接通后无声，重复问候两次后挂断，稍后再拨',
  WRONG_NUMBER: '对方称不认识该客户，号码有误',
  APPOINTMENT: '客户正在开会，约好时间再回电',
  REFUSED: '客户表示很忙，不接受回访',
};

interface Plan {
  followUp: FollowUp;
  attempts: Array<{ outcome: AttemptOutcome; at: Date; appointmentAt?: Date }>;
}

/** A call at a believable time inside the working-day calling windows: 10:xx or 15:xx in the business time zone. */
function callTime(random: Random, day: Date, timeZone: string): Date {
  return atLocalTime(localDate(day, timeZone), random.pick([600, 630, 900, 960]) + random.int(0, 25), timeZone);
}

/**
 * 回访 of the last 90 days: every complaint past its follow-up step has one (done, with the
 * customer's answer), those at the step one to call; key customers get periodic care, in every
 * status, with attempts of every outcome, and some of this month's left as coverage gaps.
 */
export async function seedDemoFollowUps(manager: EntityManager, now: Date, timeZone: string): Promise<void> {
  const random = createRandom(20261201);
  const [complaints, keyCustomers, staff, replacements, owners] = await Promise.all([
    manager.find(Complaint, { where: { status: In(['FOLLOW_UP', 'FOLLOWED_UP', 'CLOSED']) }, select: { id: true, status: true, customerId: true, ownerId: true, categoryId: true, slaCycle: true, updatedAt: true } }),
    manager.find(Customer, { where: { tier: 'A', ownerId: Not(IsNull()), archivedAt: IsNull() }, select: { id: true, ownerId: true } }),
    manager.find(Staff, { select: { id: true, teamId: true } }),
    manager.find(PartReplacement, { where: { status: 'DONE', archivedAt: IsNull() }, select: { id: true, customerId: true, contractId: true, insideContract: true, updatedAt: true } }),
    manager.find(Customer, { where: { ownerId: Not(IsNull()) }, select: { id: true, ownerId: true } }),
  ]);
  const ownerOf = new Map(owners.map((c) => [c.id, c.ownerId as string]));
  const teamOf = new Map(staff.map((s) => [s.id, s.teamId]));
  const plans: Plan[] = [];
  const make = (draft: { customerId: string; assigneeId: string; trigger: FollowUp['trigger']; sourceId: string; sourceCategoryId?: string; period?: string; triggeredAt: Date }) =>
    followUpRecord({
      customerId: draft.customerId,
      contactId: null,
      trigger: draft.trigger,
      sourceId: draft.sourceId,
      sourceCategoryId: draft.sourceCategoryId ?? null,
      triggerKey: followUpTriggerKey(draft.trigger, draft.sourceId, draft.period),
      assigneeId: draft.assigneeId,
      teamId: teamOf.get(draft.assigneeId) ?? null,
      dueAt: new Date(draft.triggeredAt.getTime() + 3 * DAY),
      createdById: null,
      note: null,
      triggeredAt: draft.triggeredAt,
    });

  for (const complaint of complaints) {
    const triggeredAt = new Date(Math.min(complaint.updatedAt.getTime(), now.getTime() - DAY));
    const followUp = make({ customerId: complaint.customerId, assigneeId: complaint.ownerId, trigger: 'COMPLAINT', sourceId: complaint.id, sourceCategoryId: complaint.categoryId, period: `cycle-${complaint.slaCycle}`, triggeredAt });
    if (complaint.status === 'FOLLOW_UP') {
      plans.push(random.chance(0.5) ? { followUp, attempts: [] } : inProgress(followUp, random, timeZone));
    } else {
      plans.push(done(followUp, random, timeZone, random.chance(0.8) ? 'SATISFIED' : 'AVERAGE'));
    }
  }

  // 服务完成后回访: each part replacement done in the last 90 days, inside a contract as the contract's service.
  for (const replacement of replacements) {
    const assigneeId = ownerOf.get(replacement.customerId);
    if (!assigneeId || replacement.updatedAt.getTime() < now.getTime() - 90 * DAY) continue;
    const triggeredAt = new Date(Math.min(replacement.updatedAt.getTime(), now.getTime() - 3_600_000));
    const contractService = replacement.insideContract && replacement.contractId !== null;
    const followUp = contractService
      ? make({ customerId: replacement.customerId, assigneeId, trigger: 'CONTRACT', sourceId: replacement.contractId as string, period: `service-${replacement.id}`, triggeredAt })
      : make({ customerId: replacement.customerId, assigneeId, trigger: 'PART_REPLACEMENT', sourceId: replacement.id, triggeredAt });
    const recent = now.getTime() - triggeredAt.getTime() < 3 * DAY;
    plans.push(recent ? (random.chance(0.5) ? { followUp, attempts: [] } : inProgress(followUp, random, timeZone)) : done(followUp, random, timeZone, random.chance(0.1) ? 'UNSATISFIED' : random.chance(0.7) ? 'SATISFIED' : 'AVERAGE'));
  }

  // Periodic care: monthly for key customers over the last three months; this month's are not all made yet (gaps).
  const months = [2, 1, 0].map((back) => carePeriod(localDate(new Date(now.getTime() - back * 31 * DAY), timeZone), 'MONTHLY'));
  // The first few older ones show the rarer ends for sure: a refusal, a wrong number, three failed calls, a cancellation.
  const rare = [refused, wrongNumber, unreachable, cancelled];
  for (const customer of keyCustomers) {
    for (const [index, period] of months.entries()) {
      const current = index === months.length - 1;
      if (current && random.chance(0.4)) continue;
      const triggeredAt = atLocalTime(addDays(period.start, random.int(0, 3)), 540, timeZone);
      if (triggeredAt.getTime() > now.getTime()) continue;
      const followUp = make({ customerId: customer.id, assigneeId: customer.ownerId as string, trigger: 'PERIODIC_CARE', sourceId: customer.id, period: period.key, triggeredAt });
      const forced = current ? undefined : rare.shift();
      plans.push(forced ? forced(followUp, random, timeZone) : careOutcome(followUp, random, timeZone, current));
    }
  }

  // 不满意 leaves a task for the customer's owner, as completeFollowUp does.
  for (const { followUp } of [...plans]) {
    if (followUp.satisfaction !== 'UNSATISFIED' || !followUp.completedAt || followUp.trigger === 'COMPLAINT') continue;
    const task = followUpRecord({
      customerId: followUp.customerId,
      contactId: null,
      trigger: 'MANUAL',
      sourceId: followUp.id,
      triggerKey: null,
      assigneeId: ownerOf.get(followUp.customerId) ?? followUp.assigneeId,
      teamId: followUp.teamId,
      dueAt: new Date(followUp.completedAt.getTime() + 3 * DAY),
      createdById: followUp.assigneeId,
      note: `客户不满意，需跟进改进：${followUp.improvement ?? ''}`,
      triggeredAt: followUp.completedAt,
    });
    plans.push(followUp.completedAt.getTime() > now.getTime() - 3 * DAY ? { followUp: task, attempts: [] } : done(task, random, timeZone, random.chance(0.7) ? 'SATISFIED' : 'AVERAGE'));
  }

  await seedCallPreferences(manager, random);
  await insertChunked(manager, FollowUp, plans.map((p) => p.followUp));
  await insertChunked(
    manager,
    FollowUpAttempt,
    plans.flatMap((p) =>
      p.attempts.map((a) => ({ id: newId(a.at.getTime()), followUpId: p.followUp.id, at: a.at, outcome: a.outcome, appointmentAt: a.appointmentAt ?? null, identityVerified: a.outcome === 'REACHED', note: NOTES[a.outcome], actorId: p.followUp.assigneeId })),
    ),
  );
}

/**
 * 客户来电偏好: a few customers asked not to be called at some hours (a restaurant owner busy at noon and
 * at night, a night-shift worker who sleeps in the morning) and a few not at all.
 */
async function seedCallPreferences(manager: EntityManager, random: Random): Promise<void> {
  const customers = await manager.find(Customer, { where: { archivedAt: IsNull() }, select: { id: true }, order: { id: 'ASC' } });
  const wishes: Array<Pick<Customer, 'doNotCall' | 'callNotBeforeMinute' | 'callNotAfterMinute'>> = [
    { doNotCall: false, callNotBeforeMinute: 14 * 60, callNotAfterMinute: null },
    { doNotCall: false, callNotBeforeMinute: null, callNotAfterMinute: 18 * 60 },
    { doNotCall: false, callNotBeforeMinute: 15 * 60, callNotAfterMinute: 17 * 60 + 30 },
    { doNotCall: true, callNotBeforeMinute: null, callNotAfterMinute: null },
  ];
  for (const customer of customers) {
    if (!random.chance(0.06)) continue;
    await manager.update(Customer, customer.id, random.chance(0.15) ? wishes[3] : random.pick(wishes.slice(0, 3)));
  }
}

function careOutcome(followUp: FollowUp, random: Random, timeZone: string, current: boolean): Plan {
  const roll = random.float();
  if (current && roll < 0.35) return { followUp, attempts: [] };
  if (current && roll < 0.55) return inProgress(followUp, random, timeZone);
  if (roll < 0.15) return random.chance(0.35) ? wrongNumber(followUp, random, timeZone) : unreachable(followUp, random, timeZone);
  if (roll < 0.19) return cancelled(followUp);
  if (roll < 0.24) return refused(followUp, random, timeZone);
  return done(followUp, random, timeZone, random.chance(0.12) ? 'UNSATISFIED' : random.chance(0.75) ? 'SATISFIED' : 'AVERAGE');
}

function inProgress(followUp: FollowUp, random: Random, timeZone: string): Plan {
  const at = callTime(random, new Date(followUp.createdAt.getTime() + DAY), timeZone);
  if (random.chance(0.5)) {
    const appointmentAt = atLocalTime(localDate(new Date(at.getTime() + DAY), timeZone), 1170, timeZone);
    return { followUp: { ...followUp, status: 'IN_PROGRESS', attemptCount: 1, dueAt: appointmentAt, appointmentAt, nextAttemptAt: appointmentAt }, attempts: [{ outcome: 'APPOINTMENT', at, appointmentAt }] };
  }
  const outcome = random.pick(['NO_ANSWER', 'BUSY', 'SILENT_LINE'] as const);
  return { followUp: { ...followUp, status: 'IN_PROGRESS', attemptCount: 1, nextAttemptAt: new Date(at.getTime() + 2 * 3_600_000) }, attempts: [{ outcome, at }] };
}

function cancelled(followUp: FollowUp): Plan {
  return { followUp: { ...followUp, status: 'CANCELLED', note: '客户已委托其他联系人，本次关怀取消' }, attempts: [] };
}

function wrongNumber(followUp: FollowUp, random: Random, timeZone: string): Plan {
  const at = callTime(random, new Date(followUp.createdAt.getTime() + 3_600_000), timeZone);
  return { followUp: { ...followUp, status: 'UNREACHABLE', attemptCount: 1 }, attempts: [{ outcome: 'WRONG_NUMBER', at }] };
}

function unreachable(followUp: FollowUp, random: Random, timeZone: string): Plan {
  const first = callTime(random, new Date(followUp.createdAt.getTime() + 3_600_000), timeZone);
  const attempts = [
    { outcome: 'NO_ANSWER' as const, at: first },
    { outcome: 'BUSY' as const, at: new Date(first.getTime() + 5 * 3_600_000) },
    { outcome: random.pick(['NO_ANSWER', 'SILENT_LINE'] as const), at: callTime(random, new Date(first.getTime() + DAY), timeZone) },
  ];
  return { followUp: { ...followUp, status: 'UNREACHABLE', attemptCount: 3 }, attempts };
}

function refused(followUp: FollowUp, random: Random, timeZone: string): Plan {
  const at = callTime(random, new Date(followUp.createdAt.getTime() + 3_600_000), timeZone);
  return { followUp: { ...followUp, status: 'DONE', attemptCount: 1, reachedAt: at, completedAt: at }, attempts: [{ outcome: 'REFUSED', at }] };
}

function done(followUp: FollowUp, random: Random, timeZone: string, satisfaction: 'SATISFIED' | 'AVERAGE' | 'UNSATISFIED'): Plan {
  const failedFirst = random.chance(0.3);
  const first = callTime(random, new Date(followUp.createdAt.getTime() + 3_600_000), timeZone);
  const reachedAt = failedFirst ? callTime(random, new Date(first.getTime() + DAY), timeZone) : first;
  const attempts = [...(failedFirst ? [{ outcome: 'NO_ANSWER' as const, at: first }] : []), { outcome: 'REACHED' as const, at: reachedAt }];
  const score = satisfaction === 'SATISFIED' ? random.int(4, 5) : satisfaction === 'AVERAGE' ? 3 : random.int(1, 2);
  const unsatisfied = satisfaction === 'UNSATISFIED';
  return {
    followUp: {
      ...followUp,
      status: 'DONE',
      attemptCount: attempts.length,
      reachedAt,
      completedAt: new Date(reachedAt.getTime() + 10 * 60_000),
      satisfaction,
      score,
      suggestions: random.chance(0.6) ? random.pick(SUGGESTIONS) : null,
      improvement: unsatisfied ? random.pick(IMPROVEMENTS) : null,
      unsatisfiedAction: unsatisfied ? 'OWNER_TASK' : null,
      serious: unsatisfied && random.chance(0.3),
    },
    attempts,
  };
}

async function insertChunked<T extends object>(manager: EntityManager, target: new () => T, rows: object[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 500) await manager.insert(target, rows.slice(start, start + 500) as never);
}
