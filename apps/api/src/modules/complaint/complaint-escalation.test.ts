import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { migrate } from '../../db/migrate';
import { createDataSource } from '../../db/data-source';
import { runEscalationSweep, startEscalationJob } from './complaint-escalation.job';
import { FixedClock } from '../../shared/clock';
import { makeComplaint, makeCustomer, makeStaff } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { Holiday } from '../calendar/holiday.entity';
import { Team } from '../team/team.entity';
import { newRecord } from '../../shared/new-record';
import { ComplaintEscalation } from './complaint-escalation.entity';
import { ComplaintTimelineEntry } from './complaint-timeline-entry.entity';
import { testNow } from '../../test/test-clock';
import { testDialect } from '../../test/test-database';
import { sqlDate } from '../../shared/sql-date';

const ZONE = 'Asia/Shanghai';
const shanghai = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);
const CREATE = `mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { id dueAt } }`;
const SHOW = `query($id: ID!) { complaint(id: $id) { escalationLevel priority urgeCount timeline { step note actor { id } recipient { id } } escalations { level escalatedTo { id } opinion } } }`;
const SET_CLOCK = `mutation($v: Int!, $version: Int!) { updateSetting(key: COMPLAINT_ESCALATION_CLOCK, version: $version, value: $v) { version } }`;

describe('complaint escalation', () => {
  let t: TestApp;
  let owner: { staff: { id: string; username: string }; token: string };
  let leader: { staff: { id: string }; token: string };
  let manager: { staff: { id: string }; token: string };
  let customerId: string;
  let categoryId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const now = testNow();
    const team = { ...newRecord(now), name: '一班' };
    await t.dataSource.getRepository(Team).insert(team);
    await t.staffWithToken('SHIFT_LEADER', { teamId: null }); // a leader of no team: never chosen
    leader = await t.staffWithToken('SHIFT_LEADER', { teamId: team.id });
    owner = await t.staffWithToken('AGENT', { teamId: team.id });
    manager = await t.staffWithToken('DEPT_MANAGER');
    customerId = (await makeCustomer(t.dataSource, { tier: 'C' })).id;
    categoryId = (await t.dataSource.query("SELECT id FROM complaint_category WHERE code = 'QUALITY'"))[0].id;
    // 2026 国庆 straight into the holidays table (the calendar module reads it): Oct 1-7 off, Sep 20 and Oct 10 worked.
    await t.dataSource.getRepository(Holiday).insert([
      ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ ...newRecord(now), date: `2026-10-${d}`, kind: 'HOLIDAY' as const, name: '国庆节' })),
      ...['2026-09-20', '2026-10-10'].map((date) => ({ ...newRecord(now), date, kind: 'MAKEUP_WORKDAY' as const, name: '国庆节调休上班' })),
    ]);
  });
  afterAll(() => t.close());

  /** Registers at `at`, signed in afresh (moving the clock ends sessions) unless `token` is one already valid then. */
  async function registerAt(at: Date, token?: string): Promise<string> {
    t.clock.set(at);
    owner.token = token ?? (await t.signIn(owner.staff as never));
    const input = { customerId, categoryId, channel: 'PHONE', severity: 'LOW', emotion: 'ANXIOUS', description: '冷链配送延误导致货物变质', customerRequest: '赔偿损失' };
    const result = await t.gql(CREATE, { i: input }, owner.token);
    expect(result.errors).toBeUndefined();
    return result.data?.createComplaint.id;
  }

  async function show(id: string, token: string) {
    return (await t.gql(SHOW, { id }, token)).data?.complaint;
  }

  /** The escalation clock as an administrator sets it (0 CLOCK, 1 BUSINESS), for one test. */
  async function withEscalationClock(value: 0 | 1, body: () => Promise<void>): Promise<void> {
    const set = async (v: number) => {
      const admin = await t.staffWithToken('ADMIN');
      const settings = await t.gql('{ settings { key version } }', {}, admin.token);
      const version = settings.data?.settings.find((s: { key: string }) => s.key === 'COMPLAINT_ESCALATION_CLOCK').version;
      expect((await t.gql(SET_CLOCK, { v, version }, admin.token)).errors).toBeUndefined();
    };
    await set(value);
    try {
      await body();
    } finally {
      await set(0);
    }
  }

  it('escalates a complaint registered the afternoon before 国庆 after 24 business hours when the clock is set to BUSINESS, to the team leader, then to the manager', () => withEscalationClock(1, async () => {
    const id = await registerAt(shanghai('2026-09-30', '15:30'));
    // 2 h on Sep 30, Oct 1-7 off, 9 h on Oct 8 and 9, 4 h on the make-up Saturday: 24 h at Oct 10 12:30.
    expect((await runEscalationSweep(t.dataSource, shanghai('2026-10-07', '23:59'), ZONE)).escalated[1]).toBe(0);
    expect((await runEscalationSweep(t.dataSource, shanghai('2026-10-10', '12:29'), ZONE)).escalated[1]).toBe(0);
    expect((await runEscalationSweep(t.dataSource, shanghai('2026-10-10', '12:30'), ZONE)).escalated).toEqual({ 1: 1, 2: 0 });

    t.clock.set(shanghai('2026-10-10', '12:31'));
    leader.token = await t.signIn(leader.staff as never);
    const escalated = await show(id, leader.token);
    expect(escalated.escalationLevel).toBe('SHIFT_LEADER');
    expect(escalated.timeline.at(-1)).toEqual({ step: 'escalate', note: '超时未办结，升级到班长', actor: null, recipient: { id: leader.staff.id } });
    const inbox = await t.gql('{ myInbox { escalations { items { level complaint { id } } } } }', {}, leader.token);
    expect(inbox.data?.myInbox.escalations.items).toEqual([{ level: 'SHIFT_LEADER', complaint: { id } }]);

    const opinion = await t.gql('mutation($id: ID!) { recordHandlingOpinion(complaintId: $id, opinion: "请仓库今天补发，明早回访") { opinion } }', { id }, leader.token);
    expect(opinion.data?.recordHandlingOpinion.opinion).toBe('请仓库今天补发，明早回访');
    owner.token = await t.signIn(owner.staff as never);
    const notMine = await t.gql('mutation($id: ID!) { recordHandlingOpinion(complaintId: $id, opinion: "同意") { opinion } }', { id }, owner.token);
    expect(notMine.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql('{ myInbox { escalations { items { level } } } }', {}, leader.token)).data?.myInbox.escalations.items).toEqual([]);

    // A further 24 business hours: Oct 10 12:30 + 5 h + 9 h (Mon) + 9 h (Tue) + 1 h → Wednesday Oct 14 09:30.
    expect((await runEscalationSweep(t.dataSource, shanghai('2026-10-14', '09:29'), ZONE)).escalated).toEqual({ 1: 0, 2: 0 });
    expect((await runEscalationSweep(t.dataSource, shanghai('2026-10-14', '09:30'), ZONE)).escalated).toEqual({ 1: 0, 2: 1 });
    t.clock.set(shanghai('2026-10-14', '09:31'));
    manager.token = await t.signIn(manager.staff as never);
    const toManager = await show(id, manager.token);
    expect(toManager.escalationLevel).toBe('DEPT_MANAGER');
    expect(toManager.escalations).toEqual([
      { level: 'SHIFT_LEADER', escalatedTo: { id: leader.staff.id }, opinion: '请仓库今天补发，明早回访' },
      { level: 'DEPT_MANAGER', escalatedTo: { id: manager.staff.id }, opinion: null },
    ]);
    expect(toManager.timeline.map((e: { step: string }) => e.step)).toEqual(['register', 'escalate', 'handlingOpinion', 'escalate']);
    expect((await runEscalationSweep(t.dataSource, shanghai('2026-10-20', '10:00'), ZONE)).escalated).toEqual({ 1: 0, 2: 0 });
  }));

  it('escalates in clock hours by default: 24 h after registration over a weekend, and after an outage the leader first, the manager 24 h later', async () => {
    // Friday 17:00: 24 clock hours later is Saturday 17:00, a day off (business hours would wait for Tuesday).
    const id = await registerAt(shanghai('2026-11-06', '17:00'));
    expect((await runEscalationSweep(t.dataSource, shanghai('2026-11-07', '16:59'), ZONE)).escalated).toEqual({ 1: 0, 2: 0 });
    expect((await runEscalationSweep(t.dataSource, shanghai('2026-11-07', '17:00'), ZONE)).escalated).toEqual({ 1: 1, 2: 0 });
    // 24 h after the leader got it, still open: the manager.
    expect((await runEscalationSweep(t.dataSource, shanghai('2026-11-08', '16:59'), ZONE)).escalated).toEqual({ 1: 0, 2: 0 });
    expect((await runEscalationSweep(t.dataSource, shanghai('2026-11-08', '17:00'), ZONE)).escalated).toEqual({ 1: 0, 2: 1 });
    t.clock.set(shanghai('2026-11-08', '17:01'));
    expect((await show(id, (await t.staffWithToken('DEPT_MANAGER')).token)).escalations.map((e: { level: string }) => e.level)).toEqual(['SHIFT_LEADER', 'DEPT_MANAGER']);

    // The job was down for three days: the catch-up sweep gives the leader a turn and only the leader.
    const late = await registerAt(shanghai('2026-11-09', '10:00'));
    expect((await runEscalationSweep(t.dataSource, shanghai('2026-11-12', '10:00'), ZONE)).escalated).toEqual({ 1: 1, 2: 0 });
    expect((await runEscalationSweep(t.dataSource, shanghai('2026-11-13', '09:59'), ZONE)).escalated).toEqual({ 1: 0, 2: 0 });
    expect((await runEscalationSweep(t.dataSource, shanghai('2026-11-13', '10:00'), ZONE)).escalated).toEqual({ 1: 0, 2: 1 });
    const rows = await t.dataSource.getRepository(ComplaintEscalation).find({ where: { complaintId: late }, order: { level: 'ASC' } });
    expect(rows.map((e) => [e.level, e.escalatedToId, e.escalatedAt.toISOString()])).toEqual([
      [1, leader.staff.id, shanghai('2026-11-12', '10:00').toISOString()],
      [2, manager.staff.id, shanghai('2026-11-13', '10:00').toISOString()],
    ]);
  });

  it.each([
    [1, '2027-01-04'],
    [10, '2027-02-01'],
  ])('after %i days of outage the catch-up sweep raises the leader only; the manager comes 24 h after the leader', async (days, day) => {
    const id = await registerAt(shanghai(day, '10:00'));
    const registered = shanghai(day, '10:00').getTime();
    const back = new Date(registered + days * 24 * 3_600_000 + 23 * 3_600_000 + 17 * 60_000);
    const levelsOf = async () =>
      (await t.dataSource.getRepository(ComplaintEscalation).find({ where: { complaintId: id }, order: { level: 'ASC' } })).map((e) => [e.level, e.escalatedAt.toISOString()]);
    await runEscalationSweep(t.dataSource, back, ZONE);
    expect(await levelsOf()).toEqual([[1, back.toISOString()]]);
    // A second sweep at once, and one a minute before the manager's turn, add nothing.
    await runEscalationSweep(t.dataSource, new Date(back.getTime() + 60_000), ZONE);
    await runEscalationSweep(t.dataSource, new Date(back.getTime() + 24 * 3_600_000 - 60_000), ZONE);
    expect(await levelsOf()).toEqual([[1, back.toISOString()]]);
    const managersTurn = new Date(back.getTime() + 24 * 3_600_000);
    await runEscalationSweep(t.dataSource, managersTurn, ZONE);
    expect(await levelsOf()).toEqual([
      [1, back.toISOString()],
      [2, managersTurn.toISOString()],
    ]);
  });

  it('keeps the original clock of a reopened complaint beside the restarted one', async () => {
    const id = await registerAt(shanghai('2026-11-16', '09:00'));
    await t.dataSource.query("UPDATE complaint SET status = 'CLOSED', closed_at = ? WHERE id = ?", [sqlDate(t.dataSource.manager, shanghai('2026-11-17', '09:00')), id]);
    t.clock.set(shanghai('2026-11-18', '09:00'));
    owner.token = await t.signIn(owner.staff as never);
    const version = (await t.gql('query($id: ID!) { complaint(id: $id) { version } }', { id }, owner.token)).data?.complaint.version;
    const reopened = await t.gql('mutation($id: ID!, $v: Int!) { reopenComplaint(id: $id, version: $v, reason: "客户再次来电，问题未解决") { id } }', { id, v: version }, owner.token);
    expect(reopened.errors).toBeUndefined();
    t.clock.set(shanghai('2026-11-18', '15:00'));
    owner.token = await t.signIn(owner.staff as never);
    const clock = (await t.gql('query($id: ID!) { complaint(id: $id) { clock { clock originalStartAt startAt reopenCount hoursSinceOriginal hoursSinceStart nextLevel nextEscalationAt } } }', { id }, owner.token)).data?.complaint.clock;
    expect(clock).toEqual({
      clock: 'CLOCK',
      originalStartAt: shanghai('2026-11-16', '09:00').toISOString(),
      startAt: shanghai('2026-11-18', '09:00').toISOString(),
      reopenCount: 1,
      hoursSinceOriginal: 54,
      hoursSinceStart: 6,
      nextLevel: 'SHIFT_LEADER',
      nextEscalationAt: shanghai('2026-11-19', '09:00').toISOString(),
    });
  });

  it('escalates exactly once when two job instances sweep at the same moment', async () => {
    t.clock.set(shanghai('2026-11-02', '09:10'));
    const token = await t.signIn(owner.staff as never);
    // Sign-ins are rate-limited: one session for all 30, all within its idle time.
    const ids: string[] = [];
    for (let i = 0; i < 30; i += 1) ids.push(await registerAt(shanghai('2026-11-02', `09:${String(10 + i).padStart(2, '0')}`), token));
    // SQLite is one process on one file (a second connection in this process would wait on itself): its sweeps share it.
    const other = testDialect === 'sqlite' ? t.dataSource : await createDataSource(t.config.database).initialize();
    const rows = () => t.dataSource.getRepository(ComplaintEscalation).count();
    try {
      // Two rounds: the leaders' sweep, and a day later the manager's.
      for (const at of [shanghai('2026-11-20', '10:00'), shanghai('2026-11-21', '10:00')]) {
        const before = await rows();
        const results = await Promise.all([runEscalationSweep(t.dataSource, at, ZONE), runEscalationSweep(other, at, ZONE), runEscalationSweep(other, at, ZONE)]);
        const reported = results.reduce((sum, r) => sum + r.escalated[1] + r.escalated[2], 0);
        expect(reported).toBe((await rows()) - before);
      }
    } finally {
      if (other !== t.dataSource) await other.destroy();
    }
    const escalations = await t.dataSource.getRepository(ComplaintEscalation).createQueryBuilder('e').where('e.complaintId IN (:...ids)', { ids }).getCount();
    expect(escalations).toBe(60);
    const entries = await t.dataSource.getRepository(ComplaintTimelineEntry).countBy(ids.map((complaintId) => ({ complaintId, step: 'escalate' as const })));
    expect(entries).toBe(60);
  });

  it('counts urges on the timeline, raises the priority every 3, and shows them in the owner inbox', async () => {
    const id = await registerAt(shanghai('2026-11-24', '09:00'));
    const dispatcher = await t.staffWithToken('SHIFT_LEADER', { teamId: (await t.dataSource.getRepository(Team).findOneByOrFail({ name: '一班' })).id });
    for (let i = 1; i <= 3; i += 1) {
      const urged = await t.gql('mutation($id: ID!, $n: String) { urgeComplaint(id: $id, note: $n) { urgeCount priority } }', { id, n: `客户第${i}次来电催促` }, dispatcher.token);
      expect(urged.data?.urgeComplaint).toEqual({ urgeCount: i, priority: i < 3 ? 'NORMAL' : 'HIGH' });
    }
    const complaint = await show(id, owner.token);
    expect(complaint.timeline.filter((e: { step: string }) => e.step === 'urge')).toHaveLength(3);
    const inbox = await t.gql('{ myInbox { urged { items { id urgeCount } } } }', {}, owner.token);
    expect(inbox.data?.myInbox.urged.items).toContainEqual({ id, urgeCount: 3 });
  });

  it("takes urges only from the recorder, the owner's shift leaders, the manager and the director", async () => {
    const id = await registerAt(shanghai('2026-11-25', '09:00'));
    const URGE = 'mutation($id: ID!) { urgeComplaint(id: $id) { urgeCount } }';
    const MAY = 'query($id: ID!) { complaint(id: $id) { mayUrge } }';
    const others = await Promise.all([t.staffWithToken('QA_INSPECTOR'), t.staffWithToken('ADMIN'), t.staffWithToken('SHIFT_LEADER'), t.staffWithToken('AGENT')]);
    for (const other of others) {
      expect((await t.gql(MAY, { id }, other.token)).data?.complaint.mayUrge).toBe(false);
      expect((await t.gql(URGE, { id }, other.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    const allowed = [owner.token, (await t.staffWithToken('DEPT_MANAGER')).token, (await t.staffWithToken('CENTER_DIRECTOR')).token, await t.signIn(leader.staff as never)];
    for (const [index, token] of allowed.entries()) {
      expect((await t.gql(MAY, { id }, token)).data?.complaint.mayUrge).toBe(true);
      expect((await t.gql(URGE, { id }, token)).data?.urgeComplaint.urgeCount).toBe(index + 1);
    }
  });
});

describe('the escalation job on embedded SQLite', () => {
  it('sweeps under its lease and runs every interval in-process until stopped', async () => {
    const dataSource = await createDataSource({ type: 'sqlite', path: join(mkdtempSync(join(tmpdir(), 'sanxin-')), 'job.sqlite') }).initialize();
    try {
      await migrate(dataSource);
      const [owner, manager] = [await makeStaff(dataSource, { role: 'AGENT' }), await makeStaff(dataSource, { role: 'DEPT_MANAGER' })];
      await makeComplaint(dataSource, { ownerId: owner.id, receivedAt: shanghai('2026-11-02', '09:00') });
      const job = startEscalationJob({ dataSource, clock: new FixedClock(shanghai('2026-11-20', '10:00')), timeZone: ZONE, config: loadConfig({}), intervalMs: 20 });
      await new Promise((resolve) => setTimeout(resolve, 200));
      await job.stop();
      // No shift leader in the owner's team: the manager hears of it at level 1, once (level 2 comes 24 h after, and the clock stands still).
      const escalations = await dataSource.getRepository(ComplaintEscalation).find({ order: { level: 'ASC' } });
      expect(escalations.map((e) => [e.level, e.escalatedToId])).toEqual([[1, manager.id]]);
      expect(await dataSource.getRepository(ComplaintTimelineEntry).countBy({ step: 'escalate' })).toBe(1);
    } finally {
      await dataSource.destroy();
    }
  });
});
