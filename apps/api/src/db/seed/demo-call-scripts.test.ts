import { CALL_TYPES, SCRIPT_SITUATIONS, validateCallScript } from '@sanxin/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { DEMO_PASSWORD } from './demo-data';
import { DEMO_PHRASES, DEMO_SCRIPTS } from './demo-call-scripts';
import { seedDemoData } from './seed-demo';

describe('demo call scripts', () => {
  it('hold one valid script per call type, each closing with 谢谢您对我们的支持，再见', () => {
    expect(DEMO_SCRIPTS.map((s) => s.callType).sort()).toEqual([...CALL_TYPES].sort());
    for (const script of DEMO_SCRIPTS) {
      expect(validateCallScript({ ...script, phrases: DEMO_PHRASES }, 'create')).toEqual([]);
      expect(script.steps.at(-1)).toMatchObject({ kind: 'CLOSE', text: expect.stringContaining('谢谢您对我们的支持，再见') });
    }
    expect(DEMO_PHRASES.map((p) => p.situation).sort()).toEqual([...SCRIPT_SITUATIONS].sort());
  });

  it('branch on the customer’s answer where a satisfaction question is asked', () => {
    for (const callType of ['COMPLAINT_FOLLOW_UP', 'SERVICE_FOLLOW_UP', 'PERIODIC_CARE']) {
      const branches = new Set(DEMO_SCRIPTS.find((s) => s.callType === callType)?.steps.map((s) => s.branch));
      expect([...branches].sort()).toEqual(['ALL', 'SATISFIED', 'UNSATISFIED']);
    }
  });
});

describe('demo call lists, seeded', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoData(t.dataSource, t.clock.now());
    token = (await t.gql('mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { username: 'manager', password: DEMO_PASSWORD } })).data?.login.token;
  }, 120_000);
  afterAll(() => t.close());

  it('are two launched lists with progress per agent, and every call type has its active script', async () => {
    const lists = await t.gql('{ callLists { items { name status customerCount progress { total done unreachable open agents { agent { name } total done } } } } }', {}, token);
    const items = lists.data?.callLists.items as Array<{ name: string; status: string; customerCount: number; progress: { total: number; done: number; open: number; agents: Array<{ total: number }> } }>;
    expect(items.map((l) => l.name).sort()).toEqual(['元旦春节问候（重点客户）', '年终客户满意度调查']);
    for (const list of items) {
      expect(list.status).toBe('LAUNCHED');
      expect(list.progress.total).toBe(list.customerCount);
      expect(list.progress.done).toBeGreaterThan(0);
      const perAgent = list.progress.agents.map((a) => a.total);
      expect(Math.max(...perAgent) - Math.min(...perAgent)).toBeLessThanOrEqual(1);
    }
    for (const callType of CALL_TYPES) {
      const active = await t.gql('query($c: CallType!) { activeCallScript(callType: $c) { name steps { kind } } }', { c: callType }, token);
      expect(active.data?.activeCallScript.steps.length).toBeGreaterThan(2);
    }
    const complaint = await t.gql('{ callScripts(filter: { callType: COMPLAINT_FOLLOW_UP }) { items { revision revisions { revision } } } }', {}, token);
    expect(complaint.data?.callScripts.items[0]).toEqual({ revision: 2, revisions: [{ revision: 2 }, { revision: 1 }] });
  });
});
