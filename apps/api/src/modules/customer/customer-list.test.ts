import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { Customer } from './customer.entity';
import { gramsOf, whereSearchMatches } from './customer-search';

const LIST = `query($filter: CustomerFilter, $sort: [CustomerSort!], $page: PageInput) {
  customers(filter: $filter, sort: $sort, page: $page) { items { id name } pageInfo { hasNextPage endCursor } }
}`;
const LEADER = { id: 'leader', role: 'SHIFT_LEADER' as const, name: '班长', sessionId: '' };
const LIST_WITH_TOTAL = LIST.replace('pageInfo {', 'total pageInfo {');

describe('customers list grammar', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    ({ token } = await t.staffWithToken('SHIFT_LEADER'));
    await makeCustomer(t.dataSource, { name: '上海客户投诉处理服务中心', tier: 'A', tags: ['重点关注'] });
    await makeCustomer(t.dataSource, { name: '张伟', company: null, phone: '021-6234-5678', tier: 'C', lifecycle: 'PROSPECT' });
    await makeCustomer(t.dataSource, { name: '杭州恒昌物流有限公司', contacts: [{ name: '李娜', phone: '13766667777' }] });
    for (let i = 0; i < 27; i += 1) await makeCustomer(t.dataSource, { name: `宁波甬兴贸易${String(i).padStart(2, '0')}号店`, tier: 'B' });
  });
  afterAll(() => t.close());

  const names = (r: { data?: any }) => r.data.customers.items.map((c: { name: string }) => c.name);

  it('pages by offset with a default of 25 and says whether more follow', async () => {
    const first = await t.gql(LIST, {}, token);
    expect(first.data?.customers.items).toHaveLength(25);
    expect(first.data?.customers.pageInfo.hasNextPage).toBe(true);
    const second = await t.gql(LIST, { page: { offset: 25, limit: 25 } }, token);
    expect(second.data?.customers.items).toHaveLength(5);
    expect(second.data?.customers.pageInfo.hasNextPage).toBe(false);
  });

  it('walks every row exactly once with keyset cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await t.gql(LIST, { sort: [{ field: 'NAME', direction: 'ASC' }], page: { limit: 7, after } }, token);
      seen.push(...page.data.customers.items.map((c: { id: string }) => c.id));
      after = page.data.customers.pageInfo.hasNextPage ? page.data.customers.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
  });

  it('sorts by the requested field and direction', async () => {
    const asc = names(await t.gql(LIST, { sort: [{ field: 'NAME', direction: 'ASC' }], page: { limit: 200 } }, token));
    expect(asc).toEqual([...asc].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
    const byTier = await t.gql(LIST, { sort: [{ field: 'TIER', direction: 'ASC' }], page: { limit: 1 } }, token);
    expect(names(byTier)).toEqual(['上海客户投诉处理服务中心']);
  });

  it('runs COUNT only when total is selected', async () => {
    t.stats.length = 0;
    await t.gql(LIST, {}, token);
    const without = t.stats[0].statements;
    const withTotal = await t.gql(LIST_WITH_TOTAL, {}, token);
    expect(withTotal.data?.customers.total).toBe(30);
    expect(t.stats[1].statements).toBe(without + 1);
  });

  it('finds Chinese substrings, a single character, contact names and phone fragments', async () => {
    expect(names(await t.gql(LIST, { filter: { q: '投诉' } }, token))).toEqual(['上海客户投诉处理服务中心']);
    expect(names(await t.gql(LIST, { filter: { q: '张' } }, token))).toEqual(['张伟']);
    expect(names(await t.gql(LIST, { filter: { q: '李娜' } }, token))).toEqual(['杭州恒昌物流有限公司']);
    expect(names(await t.gql(LIST, { filter: { q: '6234-56' } }, token))).toEqual(['张伟']);
    expect(names(await t.gql(LIST, { filter: { q: '100%_!' } }, token))).toEqual([]);
  });

  it('matches every word of a several-word search, in any order and place', async () => {
    expect(names(await t.gql(LIST, { filter: { q: '杭州 物流' } }, token))).toEqual(['杭州恒昌物流有限公司']);
    expect(names(await t.gql(LIST, { filter: { q: '  物流   李娜 ' } }, token))).toEqual(['杭州恒昌物流有限公司']);
    expect(names(await t.gql(LIST, { filter: { q: '杭州 贸易' } }, token))).toEqual([]);
    expect(names(await t.gql(LIST, { filter: { q: '021 6234' } }, token))).toEqual(['张伟']);
  });

  it('filters by tier, lifecycle, tag and ids', async () => {
    expect(names(await t.gql(LIST, { filter: { tier: ['A', 'C'] } }, token)).sort()).toEqual(['上海客户投诉处理服务中心', '张伟'].sort());
    expect(names(await t.gql(LIST, { filter: { lifecycle: ['PROSPECT'] } }, token))).toEqual(['张伟']);
    expect(names(await t.gql(LIST, { filter: { tag: '重点关注' } }, token))).toEqual(['上海客户投诉处理服务中心']);
    expect(names(await t.gql(LIST, { filter: { ids: [] } }, token))).toEqual([]);
  });

  it('finds the customers without an owner across the whole table, not within a first page', async () => {
    const { staff } = await t.staffWithToken('AGENT');
    for (let i = 0; i < 3; i += 1) await makeCustomer(t.dataSource, { name: `已分配客户${i}`, ownerId: staff.id });
    const all = await t.gql(LIST_WITH_TOTAL, { page: { limit: 1 } }, token);
    const unassigned = await t.gql(LIST_WITH_TOTAL, { filter: { unassigned: true }, page: { limit: 1 } }, token);
    expect(all.data?.customers.total - unassigned.data?.customers.total).toBe(3);
    const owned = await t.gql(LIST, { filter: { unassigned: true, q: '已分配客户' } }, token);
    expect(names(owned)).toEqual([]);
  });

  it('rejects a page size over 200 and a forged cursor with BAD_USER_INPUT', async () => {
    const tooMany = await t.gql(LIST, { page: { limit: 201 } }, token);
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'page.limit', code: 'outOfRange' }] });
    const forged = await t.gql(LIST, { page: { after: 'not-a-cursor' } }, token);
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'page.after', code: 'invalidCursor' }] });
  });

  it('gives the same answer through the gram index and by scanning', async () => {
    for (const q of ['投诉', '恒昌物流', '杭州 物流', '甬兴 03号', '李娜', '6234', '贸易0', '张', '没有这个客户']) {
      const ids = async (rareGramLimit: number) => {
        const query = t.dataSource.getRepository(Customer).createQueryBuilder('customer');
        await whereSearchMatches(t.dataSource.manager, query, q, LEADER, rareGramLimit);
        return (await query.orderBy('customer.id').getMany()).map((c) => c.id);
      };
      expect(await ids(1_000_000), q).toEqual(await ids(0));
    }
  });
});

describe('gramsOf', () => {
  it('pairs neighbouring characters within words, 4-byte characters whole, as hex', () => {
    const decode = (text: string) => gramsOf(text).map((hex) => Buffer.from(hex, 'hex').toString('utf8'));
    expect(decode('客户投诉')).toEqual(['客户', '户投', '投诉']);
    expect(decode('𠮷野家 ab')).toEqual(['𠮷野', '野家', 'ab']);
    expect(decode('张')).toEqual([]);
  });
});
