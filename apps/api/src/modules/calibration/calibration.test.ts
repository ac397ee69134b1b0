import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { newRecord } from '../../shared/new-record';
import { AuditEntry } from '../audit';
import { Interaction } from '../interaction';

const FIELDS = `id version status topic tolerancePercent agentId submittedCount availableActions agreedTotal agreementNote cancelReason
  participants { inspectorId submittedAt scores { dimension score } }
  spread { dimension min max range rangePercent median disagrees }
  agreedScores { dimension score } template { templateVersion }`;
const CREATE = `mutation($input: CreateCalibrationSessionInput!) { createCalibrationSession(input: $input) { ${FIELDS} } }`;
const SUBMIT = `mutation($id: ID!, $version: Int!, $input: SubmitCalibrationScoresInput!) { submitCalibrationScores(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const REVEAL = `mutation($id: ID!, $version: Int!) { revealCalibrationSession(id: $id, version: $version) { ${FIELDS} } }`;
const AGREE = `mutation($id: ID!, $version: Int!, $input: AgreeCalibrationSessionInput!) { agreeCalibrationSession(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const CANCEL = `mutation($id: ID!, $version: Int!, $input: CancelCalibrationSessionInput) { cancelCalibrationSession(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { calibrationSession(id: $id) { ${FIELDS} } }`;
const LIST = 'query($filter: CalibrationSessionFilter) { calibrationSessions(filter: $filter, page: { limit: 200 }) { items { id status } total } }';

const sheet = (SERVICE_LANGUAGE: number, ATTITUDE: number, TONE: number, NEEDS_SUMMARY: number, ADAPTABILITY: number) =>
  Object.entries({ SERVICE_LANGUAGE, ATTITUDE, TONE, NEEDS_SUMMARY, ADAPTABILITY }).map(([dimension, score]) => ({ dimension, score }));
const FIRST = sheet(8, 9, 7, 6, 10);
const SECOND = sheet(8, 5, 7, 7, 9);

type Person = { id: string; token: string };
type Participant = { inspectorId: string; scores: { dimension: string; score: number }[] | null };

describe('calibration sessions (质检校准)', () => {
  let t: TestApp;
  let qa1: Person;
  let qa2: Person;
  let qa3: Person;
  let outsider: Person;
  let agent: Person;
  let manager: Person;
  let customerId: string;

  const interaction = async () => {
    const row = Object.assign(new Interaction(), {
      ...newRecord(new Date()),
      customerId,
      contactId: null,
      staffId: agent.id,
      channel: 'PHONE',
      direction: 'INBOUND',
      summary: '客户来电反映滤芯更换后仍有异味',
      outcome: null,
      occurredAt: new Date(Date.UTC(2026, 2, 10, 3)),
      archivedAt: null,
    });
    await t.dataSource.getRepository(Interaction).insert(row);
    return row.id;
  };
  const opened = async (inspectors = [qa1, qa2, qa3], input: Record<string, unknown> = {}) => {
    const result = await t.gql(
      CREATE,
      { input: { subjectKind: 'INTERACTION', subjectId: await interaction(), inspectorIds: inspectors.map((p) => p.id), topic: '开场白与需求归纳', ...input } },
      manager.token,
    );
    expect(result.errors).toBeUndefined();
    return result.data?.createCalibrationSession;
  };
  const submit = async (session: { id: string; version: number }, who: Person, scores = FIRST) =>
    t.gql(SUBMIT, { id: session.id, version: session.version, input: { scores } }, who.token);
  const read = async (id: string, who: Person) => (await t.gql(ONE, { id }, who.token)).data?.calibrationSession;
  const scoresOf = (session: { participants: Participant[] }, who: Person) => session.participants.find((p) => p.inspectorId === who.id)?.scores ?? null;

  beforeAll(async () => {
    t = await startTestApp();
    const people = await Promise.all(
      (['QA_INSPECTOR', 'QA_INSPECTOR', 'QA_INSPECTOR', 'QA_INSPECTOR', 'AGENT', 'DEPT_MANAGER'] as const).map((role) => t.staffWithToken(role)),
    );
    [qa1, qa2, qa3, outsider, agent, manager] = people.map((p) => ({ id: p.staff.id, token: p.token }));
    customerId = (await makeCustomer(t.dataSource)).id;
  });
  afterAll(() => t.close());

  it('keeps the scores blind until the reveal: each inspector reads their own sheet only, the facilitator none', async () => {
    const session = await opened();
    expect(session).toMatchObject({
      status: 'OPEN',
      agentId: agent.id,
      tolerancePercent: 20,
      submittedCount: 0,
      availableActions: ['REVEAL', 'CANCEL'],
      spread: null,
    });
    expect((await read(session.id, qa1)).availableActions).toEqual(['SUBMIT_SCORES']);

    const first = await submit(session, qa1);
    expect(first.errors).toBeUndefined();
    expect(first.data?.submitCalibrationScores).toMatchObject({ version: 2, submittedCount: 1, availableActions: [] });
    expect(scoresOf(first.data?.submitCalibrationScores, qa1)).toEqual(FIRST);

    // qa2 has not submitted: qa1's sheet is hidden from them, and from the manager who runs the session.
    expect(scoresOf(await read(session.id, qa2), qa1)).toBeNull();
    expect(scoresOf(await read(session.id, manager), qa1)).toBeNull();
    const second = (await submit({ id: session.id, version: 2 }, qa2, SECOND)).data?.submitCalibrationScores;
    expect(scoresOf(second, qa2)).toEqual(SECOND);
    expect(scoresOf(second, qa1)).toBeNull();
    expect(second.spread).toBeNull();

    // Nor can the audit log, which more people read, give the scores away.
    const audit = await t.dataSource.getRepository(AuditEntry).findBy({ entityId: session.id });
    expect(audit.map((a) => `${a.action}:${a.field ?? ''}`).sort()).toEqual(['CREATE:', 'UPDATE:inspectors', 'UPDATE:submittedBy', 'UPDATE:submittedBy']);
    expect(audit.some((a) => /\b(9|10)\b/.test(a.newValue ?? ''))).toBe(false);

    const again = await submit({ id: session.id, version: 3 }, qa1);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ path: 'scores', code: 'calibrationAlreadySubmitted' }] });
  });

  it('is hidden from inspectors who are not invited and from agents', async () => {
    const session = await opened();
    expect(await read(session.id, outsider)).toBeNull();
    expect((await t.gql(LIST, {}, outsider.token)).data?.calibrationSessions.items.map((s: { id: string }) => s.id)).not.toContain(session.id);
    expect((await t.gql(LIST, {}, qa1.token)).data?.calibrationSessions.items.map((s: { id: string }) => s.id)).toContain(session.id);
    expect((await submit(session, outsider)).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await t.gql(LIST, {}, agent.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(ONE, { id: session.id }, agent.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await submit(session, manager)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const awaiting = (await t.gql(LIST, { filter: { awaitingMe: true } }, qa3.token)).data?.calibrationSessions.items.map((s: { id: string }) => s.id);
    expect(awaiting).toContain(session.id);
  });

  it('reveals once two have scored, shows the spread with the disagreement, and records the agreed scores with a note', async () => {
    const session = await opened();
    await submit(session, qa1);
    const tooFew = await t.gql(REVEAL, { id: session.id, version: 2 }, manager.token);
    expect(tooFew.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ path: 'id', code: 'calibrationTooFewScores' }] });
    await submit({ id: session.id, version: 2 }, qa2, SECOND);
    expect((await t.gql(REVEAL, { id: session.id, version: 2 }, manager.token)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 3 });
    expect((await t.gql(REVEAL, { id: session.id, version: 3 }, qa1.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');

    const revealed = (await t.gql(REVEAL, { id: session.id, version: 3 }, manager.token)).data?.revealCalibrationSession;
    expect(revealed).toMatchObject({ status: 'REVEALED', availableActions: ['AGREE', 'CANCEL'] });
    expect(revealed.spread).toEqual([
      { dimension: 'SERVICE_LANGUAGE', min: 8, max: 8, range: 0, rangePercent: 0, median: 8, disagrees: false },
      { dimension: 'ATTITUDE', min: 5, max: 9, range: 4, rangePercent: 40, median: 7, disagrees: true },
      { dimension: 'TONE', min: 7, max: 7, range: 0, rangePercent: 0, median: 7, disagrees: false },
      { dimension: 'NEEDS_SUMMARY', min: 6, max: 7, range: 1, rangePercent: 10, median: 7, disagrees: false },
      { dimension: 'ADAPTABILITY', min: 9, max: 10, range: 1, rangePercent: 10, median: 10, disagrees: false },
    ]);
    // qa3 never scored, and now reads everyone's sheet like the others.
    const seenByQa3 = await read(session.id, qa3);
    expect(scoresOf(seenByQa3, qa1)).toEqual(FIRST);
    expect(scoresOf(seenByQa3, qa3)).toBeNull();
    expect((await submit({ id: session.id, version: 4 }, qa3)).errors?.[0].extensions.code).toBe('INVALID_TRANSITION');

    const agree = (input: Record<string, unknown>) => t.gql(AGREE, { id: session.id, version: 4, input }, manager.token);
    expect((await agree({})).errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ path: 'note', code: 'calibrationNoteRequired' }] });
    expect((await agree({ scores: [{ dimension: 'ATTITUDE', score: 10 }], note: '说明' })).errors?.[0].extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      fields: [{ path: 'scores', code: 'calibrationAgreedOutsideRange', params: { dimension: 'ATTITUDE', min: 5, max: 9 } }],
    });
    expect((await agree({ note: '长'.repeat(10_000) })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'note', code: 'tooLong', params: { max: 1000 } }],
    });
    const note = `录音第 2 分钟客户情绪激动，坐席先安抚后解释，服务态度按 8 分计𠮷${'𠮷'.repeat(900)}`;
    const agreed = await agree({ scores: [{ dimension: 'ATTITUDE', score: 8 }], note });
    expect(agreed.errors).toBeUndefined();
    expect(agreed.data?.agreeCalibrationSession).toMatchObject({
      status: 'AGREED',
      version: 5,
      agreementNote: note,
      agreedTotal: 80,
      availableActions: [],
      agreedScores: sheet(8, 8, 7, 7, 10),
    });
    const audit = await t.dataSource.getRepository(AuditEntry).findBy({ entityId: session.id, field: 'status' });
    expect(audit.map((a) => `${a.oldValue}→${a.newValue}`).sort()).toEqual(['OPEN→REVEALED', 'REVEALED→AGREED']);
    expect((await t.gql(CANCEL, { id: session.id, version: 5 }, manager.token)).errors?.[0].extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      from: 'AGREED',
    });
  });

  it('checks who calibrates and how long the topic is', async () => {
    const create = async (inspectorIds: string[], input: Record<string, unknown> = {}, token = manager.token) =>
      t.gql(CREATE, { input: { subjectKind: 'INTERACTION', subjectId: await interaction(), inspectorIds, ...input } }, token);
    expect((await create([qa1.id])).errors?.[0].extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      fields: [{ path: 'inspectorIds', code: 'calibrationInspectorCount' }],
    });
    expect((await create([qa1.id, agent.id])).errors?.[0].extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      fields: [{ path: 'inspectorIds', code: 'calibrationInspectorIsAgent' }],
    });
    expect((await create([qa1.id, '01900000-0000-7000-8000-000000000000'])).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'inspectorIds', code: 'calibrationNotAnInspector' }],
    });
    expect((await create([qa1.id, qa2.id], { topic: '题'.repeat(10_000) })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'topic', code: 'tooLong', params: { max: 500 } }],
    });
    expect((await create([qa1.id, qa2.id], {}, qa1.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await create([qa1.id, qa2.id], { subjectId: 'missing' })).errors?.[0].extensions.code).toBe('NOT_FOUND');
    const topic = '𠮷'.repeat(500);
    expect((await create([qa1.id, qa2.id], { topic })).data?.createCalibrationSession.topic).toBe(topic);
  });

  it('validates a sheet against the scorecard, and a session cancelled before the reveal never shows anybody’s scores', async () => {
    const session = await opened([qa1, qa2]);
    expect((await submit(session, qa1, sheet(8, 9, 7, 6, 11))).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'scores', code: 'scoreOutOfScale', params: { dimension: 'ADAPTABILITY', max: 10 } }],
    });
    expect((await submit(session, qa1, FIRST.slice(1))).errors?.[0].extensions.fields[0].code).toBe('scoreMissing');
    await submit(session, qa1);
    const cancelled = await t.gql(CANCEL, { id: session.id, version: 2, input: { reason: '录音文件损坏，改日重评' } }, manager.token);
    expect(cancelled.data?.cancelCalibrationSession).toMatchObject({
      status: 'CANCELLED',
      cancelReason: '录音文件损坏，改日重评',
      spread: null,
      availableActions: [],
    });
    expect(scoresOf(await read(session.id, qa2), qa1)).toBeNull();
  });

  it('reads a page of sessions with their participants, scores and spread in a fixed number of statements', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const session = await opened([qa1, qa2]);
      await submit(session, qa1);
      await submit({ id: session.id, version: 2 }, qa2, SECOND);
      await t.gql(REVEAL, { id: session.id, version: 3 }, manager.token);
      ids.push(session.id);
    }
    const statements = async (limit: number) => {
      const before = t.stats.length;
      const result = await t.gql(
        `query($ids: [ID!]) { calibrationSessions(filter: { ids: $ids }, page: { limit: ${limit} }) { items { id availableActions submittedCount
          participants { inspector { name } scores { score } } spread { disagrees } agent { name } openedBy { name } template { templateVersion } } } }`,
        { ids },
        manager.token,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.calibrationSessions.items).toHaveLength(limit);
      return t.stats.slice(before).reduce((sum, s) => sum + s.statements, 0);
    };
    expect(await statements(4)).toBe(await statements(1));
  });
});
