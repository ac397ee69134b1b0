import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseLease, takeLease } from '../../db/lease';
import { buildReportData, sh } from '../../test/report-data';
import { startTestApp, type TestApp } from '../../test/test-app';
import { newId } from '../../shared/ids';
import { ComplaintTimelineEntry } from '../complaint/complaint-timeline-entry.entity';
import { Complaint } from '../complaint/complaint.entity';
import { FollowUp } from '../follow-up/follow-up.entity';
import { Interaction } from '../interaction/interaction.entity';
import { ReportDailyRollup } from './report-rollup.entity';
import { ROLLUP_LEASE, rebuildRollups, runRollupJob } from './report-rollup.job';

const TZ = 'Asia/Shanghai';

describe('the daily roll-up (日汇总): kept incrementally, equal to a recomputation', () => {
  let t: TestApp;
  let data: Awaited<ReturnType<typeof buildReportData>>;

  const snapshot = async () =>
    (await t.dataSource.getRepository(ReportDailyRollup).find({ order: { day: 'ASC', teamId: 'ASC', staffId: 'ASC', metric: 'ASC' } })).map((row) => ({
      ...row,
      count: Number(row.count),
    }));

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(sh('2026-12-09', '20:00'));
    data = await buildReportData(t);
  });
  afterAll(() => t?.close());

  it('a first run rebuilds every day with data; a run while another process holds the lease does nothing', async () => {
    const first = await runRollupJob(t.dataSource, t.clock.now(), TZ);
    expect(first.ran).toBe(true);
    // From c4, received on the 6th, to the interaction at midnight after the 9th.
    expect(first.days[0]).toBe('2026-12-06');
    expect(first.days.at(-1)).toBe('2026-12-10');
    const lease = await takeLease(t.dataSource, ROLLUP_LEASE.name, 10_000);
    expect(lease).not.toBeNull();
    expect(await runRollupJob(t.dataSource, t.clock.now(), TZ)).toEqual({ ran: false, days: [] });
    await releaseLease(t.dataSource, lease!);
  });

  it('after edits, moves, removals, urges, reassignments, reopenings and the clock passing a deadline, the roll-up equals a full recomputation', async () => {
    const { a1, a2, b1, manager, customer, complaints, followUps } = data;
    // The closure of c3 on the 9th, as the workflow records it.
    await t.dataSource.getRepository(ComplaintTimelineEntry).insert({
      id: newId(),
      complaintId: complaints.c3.id,
      at: sh('2026-12-09', '15:00'),
      actorId: a2.staff.id,
      step: 'close',
      note: null,
      recipientId: null,
    });

    t.clock.set(sh('2026-12-09', '20:10'));
    const created = await t.gql(
      `mutation($input: CreateInteractionInput!) { createInteraction(input: $input) { id } }`,
      { input: { customerId: customer.id, channel: 'PHONE', direction: 'INBOUND', summary: '查询维修进度', outcome: 'RESOLVED' } },
      a2.token,
    );
    expect(created.errors).toBeUndefined();

    // Two days later: an interaction of the 8th moved to the 3rd, one of the 9th deleted, an urge, a reassignment, a reopening.
    t.clock.set(sh('2026-12-11', '10:00'));
    const [a1Token, managerToken, b1Token] = await Promise.all([t.signIn(a1.staff), t.signIn(manager.staff), t.signIn(b1.staff)]);
    const moved = await t.dataSource.getRepository(Interaction).findOneByOrFail({ staffId: a1.staff.id, occurredAt: sh('2026-12-08', '23:59') });
    const move = await t.gql(
      `mutation($id: ID!, $version: Int!, $input: UpdateInteractionInput!) { updateInteraction(id: $id, version: $version, input: $input) { id occurredAt } }`,
      { id: moved.id, version: moved.version, input: { occurredAt: sh('2026-12-03', '10:00').toISOString() } },
      a1Token,
    );
    expect(move.errors).toBeUndefined();
    const removed = await t.dataSource.getRepository(Interaction).findOneByOrFail({ staffId: a1.staff.id, occurredAt: sh('2026-12-09', '10:30') });
    const remove = await t.gql(
      `mutation($id: ID!, $version: Int!) { deleteInteraction(id: $id, version: $version) }`,
      { id: removed.id, version: removed.version },
      managerToken,
    );
    expect(remove.errors).toBeUndefined();
    const c4 = await t.dataSource.getRepository(Complaint).findOneByOrFail({ id: complaints.c4.id });
    const urged = await t.gql(
      `mutation($id: ID!, $version: Int) { urgeComplaint(id: $id, version: $version, input: { note: "第二次催办" }) { id } }`,
      { id: c4.id, version: c4.version },
      b1Token,
    );
    expect(urged.errors).toBeUndefined();
    const now = t.clock.now();
    // c2 (escalated twice on the 9th) goes to a2; c3 (closed on the 9th) reopens; f4 is done two days late.
    await t.dataSource.getRepository(Complaint).update(complaints.c2.id, { ownerId: a2.staff.id, updatedAt: now });
    await t.dataSource.getRepository(Complaint).update(complaints.c3.id, { closedAt: null, status: 'INVESTIGATING', updatedAt: now });
    await t.dataSource
      .getRepository(FollowUp)
      .update(followUps.f4.id, { status: 'DONE', completedAt: now, satisfaction: 'SATISFIED', score: 5, updatedAt: now });

    const run = await runRollupJob(t.dataSource, now, TZ);
    expect(run.ran).toBe(true);
    // The days the changes reached, though none is today or yesterday.
    expect(run.days).toEqual(expect.arrayContaining(['2026-12-03', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11']));
    const incremental = await snapshot();
    const day9 = incremental.filter((row) => row.day === '2026-12-09');
    // Sanity of the incremental result itself: c3's closure is gone from the 9th, c2's escalations went with it to a2.
    expect(day9.filter((row) => row.metric === 'complaintClosed')).toEqual([]);
    expect(
      day9
        .filter((row) => row.metric.startsWith('escalation:') && row.staffId === a2.staff.id)
        .map((row) => row.metric)
        .sort(),
    ).toEqual(['escalation:1', 'escalation:2']);

    await rebuildRollups(t.dataSource, now, TZ);
    expect(await snapshot()).toEqual(incremental);
  });
});
