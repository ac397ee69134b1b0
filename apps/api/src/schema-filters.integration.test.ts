import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from './db/seed/demo-data';
import { seedDemoData } from './db/seed/seed-demo';
import { startTestApp, type TestApp } from './test/test-app';

/** The filter vocabulary (decision 0021) answers what the words say, and the deprecated names still work. */
describe('filter vocabulary', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const total = async (user: string, list: string, type: string, filter: Record<string, unknown>) => {
    const result = await t.gql(`query($f: ${type}Filter) { ${list}(filter: $f) { total } }`, { f: filter }, tokens[user]);
    expect(result.errors, `${list} ${JSON.stringify(filter)}`).toBeUndefined();
    return result.data?.[list].total as number;
  };

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoData(t.dataSource, t.clock.now());
    for (const username of ['manager', 'agent']) {
      tokens[username] = (await t.gql('mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { username, password: DEMO_PASSWORD } })).data?.login.token;
    }
  }, 120_000);
  afterAll(() => t.close());

  it('names ranges after their field; the old names give the same answer', async () => {
    const weekAgo = new Date(t.clock.now().getTime() - 7 * 86_400_000).toISOString();
    const now = t.clock.now().toISOString();
    const pairs: Array<[string, string, Record<string, unknown>, Record<string, unknown>]> = [
      ['complaints', 'Complaint', { receivedAtFrom: weekAgo, receivedAtTo: now }, { receivedFrom: weekAgo, receivedTo: now }],
      ['customers', 'Customer', { createdAtFrom: weekAgo }, { createdFrom: weekAgo }],
      ['interactions', 'Interaction', { occurredAtFrom: weekAgo, occurredAtTo: now }, { occurredFrom: weekAgo, occurredTo: now }],
      ['contracts', 'Contract', { endDateFrom: '2026-01-01', endDateTo: '2027-12-31' }, { endFrom: '2026-01-01', endTo: '2027-12-31' }],
    ];
    for (const [list, type, renamed, old] of pairs) {
      const count = await total('manager', list, type, renamed);
      expect(count, list).toBeGreaterThan(0);
      expect(await total('manager', list, type, old), list).toBe(count);
      expect(await total('manager', list, type, {}), list).toBeGreaterThanOrEqual(count);
    }
  });

  it('takes enum filters as lists: any of the values', async () => {
    const inbound = await total('manager', 'interactions', 'Interaction', { direction: ['INBOUND'] });
    const outbound = await total('manager', 'interactions', 'Interaction', { direction: ['OUTBOUND'] });
    expect(inbound).toBeGreaterThan(0);
    expect(await total('manager', 'interactions', 'Interaction', { direction: ['INBOUND', 'OUTBOUND'] })).toBe(inbound + outbound);
    const literal = await t.gql('{ staffMembers(filter: { role: AGENT }) { total } both: staffMembers(filter: { role: [AGENT, SHIFT_LEADER] }) { total } }', {}, tokens.manager);
    expect(literal.errors).toBeUndefined();
    expect(literal.data?.both.total).toBeGreaterThan(literal.data?.staffMembers.total);
  });

  it('mine: what the viewer owns, the same as naming oneself', async () => {
    const me = (await t.gql('{ me { id } }', {}, tokens.agent)).data?.me.id;
    for (const [list, type, field] of [['customers', 'Customer', 'ownerId'], ['interactions', 'Interaction', 'staffId'], ['contracts', 'Contract', 'ownerId']]) {
      const mine = await total('agent', list, type, { mine: true });
      expect(mine, list).toBe(await total('agent', list, type, { [field]: me }));
    }
  });

  it('q: a Chinese substring of the text', async () => {
    const holidays = await t.gql('{ all: holidays { items { name } } }', {}, tokens.manager);
    const name: string = holidays.data?.all.items[0].name;
    const word = Array.from(name).slice(0, 2).join('');
    const found = await t.gql('query($q: String) { holidays(filter: { q: $q }) { items { name } } }', { q: word }, tokens.manager);
    expect(found.data?.holidays.items.length).toBeGreaterThan(0);
    expect(found.data?.holidays.items.every((h: { name: string }) => h.name.includes(word))).toBe(true);
    const parts = await t.gql('{ partReplacements(page: { limit: 1 }) { items { partName } } }', {}, tokens.manager);
    const part: string = parts.data?.partReplacements.items[0].partName;
    const byPart = await t.gql('query($q: String) { partReplacements(filter: { q: $q }) { items { partName description } } }', { q: Array.from(part).slice(-2).join('') }, tokens.manager);
    expect(byPart.data?.partReplacements.items.length).toBeGreaterThan(0);
  });
});
