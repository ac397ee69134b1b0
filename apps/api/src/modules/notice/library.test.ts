import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlDate } from '../../shared/sql-date';
import { makeComplaint } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { newRecord } from '../../shared/new-record';
import { AuditEntry } from '../audit';
import { ComplaintProposal } from '../complaint';

const ANSWER_FIELDS = 'id version topic question answer revision author { id }';
const CREATE_ANSWER = `mutation($input: CreateStandardAnswerInput!) { createStandardAnswer(input: $input) { ${ANSWER_FIELDS} } }`;
const UPDATE_ANSWER = `mutation($id: ID!, $version: Int!, $input: UpdateStandardAnswerInput!) { updateStandardAnswer(id: $id, version: $version, input: $input) { ${ANSWER_FIELDS} } }`;
const ANSWERS = 'query($filter: StandardAnswerFilter) { standardAnswers(filter: $filter) { items { id topic } total } }';
const CASE_FIELDS = 'id version complaintId complaintNumber severity channel title facts handling lesson category { code } author { id }';
const CREATE_CASE = `mutation($input: CreateCaseStudyInput!) { createCaseStudy(input: $input) { ${CASE_FIELDS} } }`;
const CASES = 'query($filter: CaseStudyFilter) { caseStudies(filter: $filter) { items { id title } total } }';

describe('standard answers (统一答复口径) and the case library (案例库)', () => {
  let t: TestApp;
  let manager: { id: string; token: string };
  let leader: { id: string; token: string };
  let agent: string;
  let inspector: string;

  beforeAll(async () => {
    t = await startTestApp();
    const people = await Promise.all(['DEPT_MANAGER', 'SHIFT_LEADER', 'AGENT', 'QA_INSPECTOR'].map((role) => t.staffWithToken(role as 'AGENT')));
    [manager, leader] = people.slice(0, 2).map(({ staff, token }) => ({ id: staff.id, token }));
    [agent, inspector] = people.slice(2).map((p) => p.token);
  });
  afterAll(() => t.close());

  const answer = (input: Record<string, unknown> = {}, token = manager.token) =>
    t.gql(
      CREATE_ANSWER,
      { input: { topic: '退换货', question: '收到的货物破损怎么办？', answer: '请您拍照留存，我们会在 24 小时内为您安排补发或退款。', ...input } },
      token,
    );

  describe('standard answers', () => {
    it('are agreed by managers, read by everyone, and a new wording is a new revision with the old text audited', async () => {
      const created = (await answer()).data?.createStandardAnswer;
      expect(created).toMatchObject({ version: 1, revision: 1, topic: '退换货', author: { id: manager.id } });
      const retopic = await t.gql(UPDATE_ANSWER, { id: created.id, version: 1, input: { topic: '售后' } }, manager.token);
      expect(retopic.data?.updateStandardAnswer).toMatchObject({ version: 2, revision: 1 });
      const reworded = await t.gql(UPDATE_ANSWER, { id: created.id, version: 2, input: { answer: '请拍照留存，48 小时内补发。' } }, manager.token);
      expect(reworded.data?.updateStandardAnswer).toMatchObject({ version: 3, revision: 2, answer: '请拍照留存，48 小时内补发。' });
      const audit = await t.dataSource.getRepository(AuditEntry).findBy({ entityId: created.id, field: 'answer' });
      expect(audit.map((a) => a.oldValue)).toEqual(['请您拍照留存，我们会在 24 小时内为您安排补发或退款。']);
      expect((await t.gql(ANSWERS, { filter: { ids: [created.id] } }, agent)).data?.standardAnswers.total).toBe(1);
    });

    it('are found by a Chinese substring of topic, question or answer, and by topic', async () => {
      const price = (await answer({ topic: '价格', question: '为什么比上个月贵了？', answer: '原材料价格上涨，运费另计 𠮷 元。' })).data?.createStandardAnswer;
      const ids = async (filter: Record<string, unknown>) =>
        (await t.gql(ANSWERS, { filter }, agent)).data?.standardAnswers.items.map((a: { id: string }) => a.id);
      expect(await ids({ q: '上个月' })).toEqual([price.id]);
      expect(await ids({ q: '原材料价格' })).toEqual([price.id]);
      expect(await ids({ q: '𠮷' })).toEqual([price.id]);
      expect(await ids({ topic: ['价格'] })).toEqual([price.id]);
      expect(await ids({ q: '价格', topic: ['退换货'] })).toEqual([]);
    });

    it('refuse leaders, inspectors and agents as writers, and bad input with field paths, writing nothing', async () => {
      for (const token of [leader.token, inspector, agent]) expect((await answer({}, token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
      const [{ n: before }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM standard_answer');
      const bad = await answer({ topic: '', question: '问'.repeat(501) });
      expect(bad.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          { path: 'topic', code: 'required' },
          { path: 'question', code: 'tooLong', params: { max: 500 } },
        ],
      });
      const [{ n: after }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM standard_answer');
      expect(Number(after)).toBe(Number(before));
    });

    it('are deleted (archived) with a version check', async () => {
      const created = (await answer({ question: '旧问题' })).data?.createStandardAnswer;
      const stale = await t.gql('mutation($id: ID!) { deleteStandardAnswer(id: $id, version: 9) }', { id: created.id }, manager.token);
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
      expect(
        (await t.gql('mutation($id: ID!) { deleteStandardAnswer(id: $id, version: 1) }', { id: created.id }, manager.token)).data?.deleteStandardAnswer,
      ).toBe(created.id);
      expect((await t.gql('query($id: ID!) { standardAnswer(id: $id) { id } }', { id: created.id }, agent)).data?.standardAnswer).toBeNull();
    });
  });

  describe('cases from closed complaints', () => {
    /** A complaint of 王建国 at 杭州顺达贸易有限公司 whose description names him and his phone. */
    async function complaint(status: string) {
      const made = await makeComplaint(t.dataSource, { ownerId: leader.id, receivedAt: t.clock.now() });
      await t.dataSource.query(
        "UPDATE customer SET name = '王建国', company = '杭州顺达贸易有限公司', phone = '13912345678', address = '杭州市西湖区文三路 100 号' WHERE id = ?",
        [made.customerId],
      );
      const description = '王建国（13912345678，wjg@shunda.cn）反映杭州顺达贸易有限公司收到的冷柜送到杭州市西湖区文三路 100 号时外壳凹陷';
      await t.dataSource.query('UPDATE complaint SET status = ?, description = ?, assessment_note = ?, closed_at = ? WHERE id = ?', [
        status,
        description,
        '物流野蛮装卸，责任在我方承运商',
        status === 'CLOSED' ? sqlDate(t.dataSource.manager, t.clock.now()) : null,
        made.id,
      ]);
      await t.dataSource.getRepository(ComplaintProposal).insert({
        ...newRecord(t.clock.now()),
        complaintId: made.id,
        type: 'REPLACEMENT',
        amount: '0.00',
        description: '更换同型号冷柜，回电王建国 0571-88776655 确认',
        relationship: '老客户',
        wordOfMouth: '影响小',
        reasonableness: '合理',
        companyFaultPercent: 100,
        proposedById: leader.id,
        decision: 'APPROVED',
        decidedById: manager.id,
        decidedAt: t.clock.now(),
        decisionNote: null,
        customerAccepted: true,
      });
      return made;
    }

    it('writes a closed complaint up without the customer’s names, phones, e-mail or address, and audits it', async () => {
      const closed = await complaint('CLOSED');
      const result = await t.gql(
        CREATE_CASE,
        { input: { complaintId: closed.id, title: '冷柜运输破损（王建国）', lesson: '大件运输前拍照确认包装；联系 13912345678 前先核实身份' } },
        leader.token,
      );
      expect(result.errors).toBeUndefined();
      const study = result.data?.createCaseStudy;
      expect(study).toMatchObject({
        complaintId: closed.id,
        complaintNumber: closed.number,
        severity: 'LOW',
        channel: 'PHONE',
        category: { code: 'PRICE' },
        author: { id: leader.id },
        title: '冷柜运输破损（客户）',
      });
      expect(study.facts).toBe('客户（***，***）反映客户收到的冷柜送到***时外壳凹陷\n客户诉求：退还');
      expect(study.handling).toBe('判断：物流野蛮装卸，责任在我方承运商\n方案：换货（0.00 元）更换同型号冷柜，回电客户 *** 确认，客户已接受');
      const stored = JSON.stringify(await t.dataSource.query('SELECT * FROM case_study WHERE id = ?', [study.id]));
      for (const secret of ['王建国', '13912345678', 'wjg@shunda.cn', '文三路', '顺达', '88776655']) expect(stored).not.toContain(secret);
      const audit = await t.dataSource.getRepository(AuditEntry).findBy({ entityId: study.id });
      expect(audit.map((a) => `${a.action}:${a.newValue}`)).toEqual([`CREATE:${closed.number}`]);
      const found = await t.gql(CASES, { filter: { q: '外壳凹陷' } }, agent);
      expect(found.data?.caseStudies.items.map((c: { id: string }) => c.id)).toEqual([study.id]);
      expect((await t.gql(CASES, { filter: { q: '王建国' } }, agent)).data?.caseStudies.total).toBe(0);
    });

    it('refuses an open complaint, a second case of the same complaint and an unknown one, writing nothing', async () => {
      const open = await complaint('FOLLOW_UP');
      const refused = await t.gql(CREATE_CASE, { input: { complaintId: open.id, title: '未结案', lesson: '—' } }, manager.token);
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'RULE_VIOLATION',
        fields: [{ path: 'complaintId', code: 'complaintNotClosed', params: { status: 'FOLLOW_UP' } }],
      });
      const rejected = await complaint('REJECTED');
      const input = { complaintId: rejected.id, title: '无效投诉的解释', lesson: '先核实再答复', facts: '客户称价格虚高', handling: '解释价格构成' };
      expect((await t.gql(CREATE_CASE, { input }, manager.token)).errors).toBeUndefined();
      const twice = await t.gql(CREATE_CASE, { input }, manager.token);
      expect(twice.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ path: 'complaintId', code: 'caseExists' }] });
      const unknown = await t.gql(CREATE_CASE, { input: { ...input, complaintId: '01900000-0000-7000-8000-000000000000' } }, manager.token);
      expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
      const [{ n }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM case_study WHERE complaint_id IN (?, ?)', [open.id, rejected.id]);
      expect(Number(n)).toBe(1);
    });

    it('lets leaders and managers write cases; agents and inspectors only read them; bad input names its fields', async () => {
      const closed = await complaint('CLOSED');
      for (const token of [agent, inspector]) {
        expect((await t.gql(CREATE_CASE, { input: { complaintId: closed.id, title: 't', lesson: 'l' } }, token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
      }
      const bad = await t.gql(CREATE_CASE, { input: { complaintId: closed.id, title: ' ', lesson: '教'.repeat(4001) } }, manager.token);
      expect(bad.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          { path: 'title', code: 'required' },
          { path: 'lesson', code: 'tooLong' },
        ],
      });
      const [{ n }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM case_study WHERE complaint_id = ?', [closed.id]);
      expect(Number(n)).toBe(0);
    });
  });
});
