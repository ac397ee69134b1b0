import { validateNotice, validateStandardAnswer } from '@sanxin/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { DEMO_PASSWORD } from './demo-data';
import { DEMO_NOTICES, DEMO_STANDARD_ANSWERS } from './demo-notices';
import { seedDemoData } from './seed-demo';

describe('demo notices, standard answers and the case', () => {
  it('are valid by the domain rules', () => {
    for (const notice of DEMO_NOTICES) expect(validateNotice(notice, 'create')).toEqual([]);
    for (const answer of DEMO_STANDARD_ANSWERS) expect(validateStandardAnswer(answer, 'create')).toEqual([]);
  });

  describe('seeded', () => {
    let t: TestApp;
    const token: Record<string, string> = {};

    beforeAll(async () => {
      t = await startTestApp();
      await seedDemoData(t.dataSource, t.clock.now());
      for (const username of ['agent', 'manager']) {
        token[username] = (
          await t.gql('mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { username, password: DEMO_PASSWORD } })
        ).data?.login.token;
      }
    }, 120_000);
    afterAll(() => t.close());

    it('leave the agent two unread notices, the pinned policy change first, and show partial receipts to the manager', async () => {
      const unread = await t.gql('{ notices(filter: { awaitingMe: true }) { items { title pinned } } }', undefined, token.agent);
      expect(unread.data?.notices.items.map((n: { title: string }) => n.title)).toEqual(['关于质量问题退货期限延长至15天的通知', '双十二老客户回馈活动说明']);
      const board = await t.gql('{ notices { items { title status receiptProgress { expected read } } } }', undefined, token.manager);
      const progress = board.data?.notices.items
        .filter((n: { status: string }) => n.status === 'PUBLISHED')
        .map((n: { receiptProgress: { expected: number; read: number } }) => n.receiptProgress);
      expect(progress).toEqual([
        { expected: 13, read: 7 },
        { expected: 13, read: 3 },
        { expected: 13, read: 11 },
      ]);
    });

    it('hold standard answers by topic and a case without its customer’s name', async () => {
      const answers = await t.gql('{ standardAnswers(filter: { q: "退货" }) { total } }', undefined, token.agent);
      expect(answers.data?.standardAnswers.total).toBe(2);
      const [study] = await t.dataSource.query(
        'SELECT s.facts, c.name FROM case_study s JOIN complaint k ON k.id = s.complaint_id JOIN customer c ON c.id = k.customer_id',
      );
      expect(study.facts.length).toBeGreaterThan(0);
      expect(study.facts).not.toContain(study.name);
    });
  });
});
