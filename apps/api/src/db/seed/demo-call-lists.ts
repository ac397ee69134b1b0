import { addDays, type CallType, followUpPolicy, followUpTriggerKey, localDate, planCallListFollowUps } from '@sanxin/domain';
import { type EntityManager, In, IsNull } from 'typeorm';
import { readBusinessCalendar } from '../../modules/calendar/calendar.service';
import { CallList } from '../../modules/call-list/call-list.entity';
import type { CallScript } from '../../modules/call-script/call-script.entity';
import { Customer } from '../../modules/customer/customer.entity';
import { FollowUpAttempt } from '../../modules/follow-up/follow-up-attempt.entity';
import { FollowUp } from '../../modules/follow-up/follow-up.entity';
import { followUpRecord } from '../../modules/follow-up/follow-up-triggers';
import { readSettings } from '../../modules/setting/setting.service';
import { Staff } from '../../modules/staff/staff.entity';
import { newId } from '../../shared/ids';
import { newRecord } from '../../shared/new-record';
import { createRandom } from './random';

const DAY = 86_400_000;

interface DemoList {
  name: string;
  callType: CallType;
  filter: CallList['filter'];
  agents: string[];
  dailyQuota: number;
  launchedDaysAgo: number;
  /** Of the calls already due, the share reached and done. */
  doneShare: number;
}

const LISTS: DemoList[] = [
  { name: '年终客户满意度调查', callType: 'SERVICE_FOLLOW_UP', filter: { tier: ['B'] }, agents: ['agent', 'agent2', 'agent3'], dailyQuota: 8, launchedDaysAgo: 20, doneShare: 0.85 },
  { name: '元旦春节问候（重点客户）', callType: 'PERIODIC_CARE', filter: { tier: ['A'] }, agents: ['agent3', 'agent4'], dailyQuota: 6, launchedDaysAgo: 3, doneShare: 0.6 },
];
const SAID = ['服务很好，继续保持', '希望节假日也能有人接电话', '上次维修的师傅很专业', '价格能再优惠一点就好了', null, null];

/** 外呼任务: two launched lists, their follow-ups dealt to the agents by the domain's plan, the due ones mostly done. */
export async function seedDemoCallLists(manager: EntityManager, now: Date, timeZone: string, scripts: Map<CallType, CallScript>, managerId: string): Promise<void> {
  const random = createRandom(20261202);
  const settings = readSettings(manager);
  const policy = followUpPolicy(await settings);
  const staff = await manager.find(Staff, { select: { id: true, username: true, teamId: true } });
  const byUsername = new Map(staff.map((person) => [person.username, person]));
  for (const demo of LISTS) {
    const script = scripts.get(demo.callType) as CallScript;
    const launchedAt = new Date(now.getTime() - demo.launchedDaysAgo * DAY);
    const startDate = localDate(launchedAt, timeZone);
    const customers = await manager.find(Customer, { where: { tier: In(demo.filter.tier ?? []), archivedAt: IsNull() }, select: { id: true }, order: { id: 'ASC' } });
    const agents = demo.agents.map((username) => byUsername.get(username) as Staff);
    const list = Object.assign(new CallList(), {
      ...newRecord(launchedAt),
      name: demo.name,
      status: 'LAUNCHED' as const,
      callScriptId: script.id,
      callScriptRevision: script.revision,
      filter: demo.filter,
      agentIds: agents.map((agent) => agent.id),
      dailyQuota: demo.dailyQuota,
      startDate,
      launchedAt,
      customerCount: customers.length,
      createdById: managerId,
      archivedAt: null,
    });
    await manager.insert(CallList, list);
    const calendar = await readBusinessCalendar(manager, timeZone, startDate, addDays(startDate, 120), settings);
    const plan = planCallListFollowUps(
      customers.map((c) => c.id),
      list.agentIds,
      demo.dailyQuota,
      startDate,
      { calendar, policy, timeZone },
    );
    const followUps: FollowUp[] = [];
    const attempts: FollowUpAttempt[] = [];
    for (const call of plan) {
      const record = followUpRecord({
        customerId: call.customerId,
        contactId: null,
        trigger: 'CALL_LIST',
        sourceId: list.id,
        triggerKey: followUpTriggerKey('CALL_LIST', list.id, call.customerId),
        assigneeId: call.agentId,
        teamId: agents.find((agent) => agent.id === call.agentId)?.teamId ?? null,
        dueAt: call.dueAt,
        createdById: managerId,
        note: demo.name,
        triggeredAt: launchedAt,
      });
      // Called around 15:00 on the planned day.
      const at = new Date(call.dueAt.getTime() - 5.5 * 3_600_000 + random.int(0, 90) * 60_000);
      if (at.getTime() < now.getTime()) {
        const roll = random.float();
        if (roll < demo.doneShare) {
          const satisfaction = random.chance(0.8) ? 'SATISFIED' : random.chance(0.7) ? 'AVERAGE' : 'UNSATISFIED';
          Object.assign(record, {
            status: 'DONE',
            attemptCount: 1,
            reachedAt: at,
            completedAt: new Date(at.getTime() + 6 * 60_000),
            satisfaction,
            score: satisfaction === 'SATISFIED' ? random.int(4, 5) : satisfaction === 'AVERAGE' ? 3 : 2,
            suggestions: random.pick(SAID),
            improvement: satisfaction === 'UNSATISFIED' ? '希望售后响应再快一些' : null,
            unsatisfiedAction: satisfaction === 'UNSATISFIED' ? 'OWNER_TASK' : null,
          });
          attempts.push(attempt(record, at, 'REACHED', '客户接听，已按话术完成回访'));
        } else if (roll < demo.doneShare + 0.06) {
          Object.assign(record, { status: 'UNREACHABLE', attemptCount: 3 });
          attempts.push(attempt(record, at, 'NO_ANSWER', '无人接听'), attempt(record, new Date(at.getTime() + 2 * 3_600_000), 'BUSY', '占线'), attempt(record, new Date(at.getTime() + DAY), 'NO_ANSWER', '第二天再拨仍无人接听'));
        } else {
          Object.assign(record, { status: 'IN_PROGRESS', attemptCount: 1, nextAttemptAt: new Date(at.getTime() + 2 * 3_600_000) });
          attempts.push(attempt(record, at, 'NO_ANSWER', '响铃无人接听，稍后再拨'));
        }
      }
      followUps.push(record);
    }
    for (let start = 0; start < followUps.length; start += 500) await manager.insert(FollowUp, followUps.slice(start, start + 500));
    for (let start = 0; start < attempts.length; start += 500) await manager.insert(FollowUpAttempt, attempts.slice(start, start + 500));
  }
}

function attempt(followUp: FollowUp, at: Date, outcome: FollowUpAttempt['outcome'], note: string): FollowUpAttempt {
  return Object.assign(new FollowUpAttempt(), { id: newId(at.getTime()), followUpId: followUp.id, at, outcome, appointmentAt: null, identityVerified: outcome === 'REACHED', note, actorId: followUp.assigneeId });
}
