import { ApolloClient, ApolloLink, gql, InMemoryCache, Observable } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { evictDeleted, sanxinTypePolicies } from './index';

/** A stand-in for the API (pure logic under test: the cache policy): 7 customers, offset and cursor paging. */
const ALL = Array.from({ length: 7 }, (_, i) => ({ __typename: 'Customer', id: `c${i + 1}`, name: `客户${i + 1}` }));
const cursorOf = (index: number) => `cursor-${index}`;
const indexOf = (cursor: string) => Number(cursor.slice('cursor-'.length));

function answer(page: { offset?: number; limit?: number; after?: string; before?: string } = {}) {
  const limit = page.limit ?? 3;
  let start = page.offset ?? 0;
  if (page.after) start = indexOf(page.after) + 1;
  if (page.before) start = Math.max(0, indexOf(page.before) - limit);
  const end = page.before ? indexOf(page.before) : Math.min(ALL.length, start + limit);
  const items = ALL.slice(start, end);
  return {
    customers: {
      __typename: 'CustomerPage',
      items,
      total: ALL.length,
      pageInfo: {
        __typename: 'PageInfo',
        hasNextPage: end < ALL.length,
        hasPreviousPage: start > 0,
        startCursor: items.length ? cursorOf(start) : null,
        endCursor: items.length ? cursorOf(end - 1) : null,
      },
    },
  };
}

const LIST = gql`
  query customers($filter: CustomerFilter, $page: PageInput) {
    customers(filter: $filter, page: $page) {
      items { id name }
      total
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`;

function client() {
  const link = new ApolloLink((operation) => Observable.of({ data: answer(operation.variables.page) }));
  return new ApolloClient({ link, cache: new InMemoryCache({ typePolicies: sanxinTypePolicies(['customers']) }) });
}

const ids = (data: unknown) => (data as ReturnType<typeof answer>).customers.items.map((c) => c.id);

describe('sanxinTypePolicies: fetchMore appends pages of a list', () => {
  it('appends cursor pages (after) and keeps the first page’s start', async () => {
    const query = client().watchQuery({ query: LIST, variables: { page: { limit: 3 } } });
    const first = await query.result();
    await query.fetchMore({ variables: { page: { limit: 3, after: first.data.customers.pageInfo.endCursor } } });
    const { data } = await query.fetchMore({ variables: { page: { limit: 3, after: 'cursor-5' } } });
    expect(ids(data)).toEqual(['c7']);
    const merged = query.getCurrentResult().data;
    expect(ids(merged)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']);
    expect(merged.customers.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false, startCursor: 'cursor-0', endCursor: 'cursor-6' });
  });

  it('prepends pages fetched backwards (before)', async () => {
    const query = client().watchQuery({ query: LIST, variables: { page: { limit: 3, after: 'cursor-3' } } });
    await query.result();
    await query.fetchMore({ variables: { page: { limit: 3, before: 'cursor-4' } } });
    const merged = query.getCurrentResult().data;
    expect(ids(merged)).toEqual(['c2', 'c3', 'c4', 'c5', 'c6', 'c7']);
    expect(merged.customers.pageInfo).toMatchObject({ hasPreviousPage: true, startCursor: 'cursor-1', hasNextPage: false, endCursor: 'cursor-6' });
  });

  it('puts offset pages at their offset, and a refetch of the first page replaces the list', async () => {
    const query = client().watchQuery({ query: LIST, variables: { page: { limit: 3 } } });
    await query.result();
    await query.fetchMore({ variables: { page: { limit: 3, offset: 3 } } });
    expect(ids(query.getCurrentResult().data)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
    await query.fetchMore({ variables: { page: { limit: 3, offset: 3 } } });
    expect(ids(query.getCurrentResult().data)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
    await query.refetch({ page: { limit: 2 } });
    expect(ids(query.getCurrentResult().data)).toEqual(['c1', 'c2']);
  });

  it('keeps one list per filter, and drops a deleted record from it', async () => {
    const apollo = client();
    await apollo.query({ query: LIST, variables: { filter: { tier: 'A' }, page: { limit: 3 } } });
    await apollo.query({ query: LIST, variables: { filter: { tier: 'B' }, page: { limit: 2 } } });
    const cached = (filter: object) => ids(apollo.readQuery({ query: LIST, variables: { filter } }));
    expect(cached({ tier: 'A' })).toEqual(['c1', 'c2', 'c3']);
    expect(cached({ tier: 'B' })).toEqual(['c1', 'c2']);
    evictDeleted(apollo.cache, 'Customer', 'c2');
    expect(cached({ tier: 'A' })).toEqual(['c1', 'c3']);
  });
});
