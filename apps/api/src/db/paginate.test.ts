import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../test/factories';
import { startTestApp, type TestApp } from '../test/test-app';

interface Page {
  items: Array<{ id: string }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const LIST = `query($sort: [CustomerSort!], $page: PageInput) {
  customers(sort: $sort, page: $page) { items { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
}`;

describe('paging forwards and backwards with cursors (keyset), over ties', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    ({ token } = await t.staffWithToken('DEPT_MANAGER'));
    // Ties on the sort key: four customers of tier B and three of tier A, all updated at the same instant.
    const at = new Date('2026-03-01T02:00:00Z');
    for (const tier of ['B', 'A', 'B', 'A', 'B', 'A', 'B'] as const) await makeCustomer(t.dataSource, { tier, updatedAt: at });
  });
  afterAll(() => t.close());

  const list = async (sort: unknown, page: Record<string, unknown>) => {
    const r = await t.gql<{ customers: Page }>(LIST, { sort, page }, token);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.customers;
  };

  it.each([
    [[{ field: 'TIER', direction: 'ASC' }]],
    [[{ field: 'UPDATED_AT', direction: 'DESC' }]],
  ])('walks every item exactly once, in the order of one offset page, by offset and both ways by cursor (sort %j)', async (sort) => {
    const all = (await list(sort, { limit: 200 })).items.map((c) => c.id);
    expect(all).toHaveLength(7);
    // Offset pages (a deferred join: ids from the sort's index, then the rows) in the same order, over the ties.
    const byOffset: string[] = [];
    for (const offset of [0, 3, 6]) byOffset.push(...(await list(sort, { limit: 3, offset })).items.map((c) => c.id));
    expect(byOffset).toEqual(all);

    const forwards: string[] = [];
    let page = await list(sort, { limit: 3 });
    expect(page.pageInfo.hasPreviousPage).toBe(false);
    forwards.push(...page.items.map((c) => c.id));
    while (page.pageInfo.hasNextPage) {
      page = await list(sort, { limit: 3, after: page.pageInfo.endCursor });
      expect(page.pageInfo.hasPreviousPage).toBe(true);
      forwards.push(...page.items.map((c) => c.id));
    }
    expect(forwards).toEqual(all);

    const backwards: string[][] = [page.items.map((c) => c.id)];
    while (true) {
      const previous = await list(sort, { limit: 3, before: page.pageInfo.startCursor });
      expect(previous.pageInfo.hasNextPage).toBe(true);
      backwards.unshift(previous.items.map((c) => c.id));
      page = previous;
      if (!previous.pageInfo.hasPreviousPage) break;
    }
    expect(backwards.flat()).toEqual(all);
    expect(backwards.map((ids) => ids.length)).toEqual([3, 3, 1]);
  });

  it('refuses a cursor reused with another sort, with offset, with both directions, or made up (invalidCursor)', async () => {
    const first = await list([{ field: 'TIER', direction: 'ASC' }], { limit: 2 });
    const cursor = first.pageInfo.endCursor;
    const refusals = [
      [[{ field: 'TIER', direction: 'DESC' }], { after: cursor }, 'page.after'],
      [[{ field: 'NAME', direction: 'ASC' }], { before: cursor }, 'page.before'],
      [[{ field: 'TIER', direction: 'ASC' }], { after: cursor, offset: 2 }, 'page.after'],
      [[{ field: 'TIER', direction: 'ASC' }], { after: cursor, before: cursor }, 'page.before'],
      [[{ field: 'TIER', direction: 'ASC' }], { after: 'bm90IGEgY3Vyc29y' }, 'page.after'],
    ] as const;
    for (const [sort, page, field] of refusals) {
      const r = await t.gql(LIST, { sort, page }, token);
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field, code: 'invalidCursor' }] });
    }
  });

  it('says whether an offset page has pages before it', async () => {
    const sort = [{ field: 'NAME', direction: 'ASC' }];
    expect((await list(sort, { limit: 3 })).pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    expect((await list(sort, { limit: 3, offset: 6 })).pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
  });
});
