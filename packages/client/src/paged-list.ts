import type { ApolloCache, FieldPolicy, Reference, TypePolicies } from '@apollo/client';

/** The shape of every list of the Sanxin API: `xs(filter, sort, page): XPage { items, total, pageInfo }`. */
export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage?: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

export interface Page<Item = Reference> {
  __typename?: string;
  items: Item[];
  total?: number;
  pageInfo?: PageInfo;
}

/** The `page` argument: offset paging, or keyset paging after an endCursor / before a startCursor. */
export interface PageArgs {
  offset?: number | null;
  limit?: number | null;
  after?: string | null;
  before?: string | null;
}

/**
 * The field policy of one paged list. The cache keeps one list per filter and sort (`page` is not
 * part of the key), and `fetchMore` merges each page into it:
 * - `page.after` appends, `page.before` prepends (cursor paging, the pageInfo of both ends kept);
 * - `page.offset` writes the items at their offset (offset paging, "load more" or jumping ahead);
 * - no offset and no cursor is the first page again (a refetch): it replaces the list.
 */
export function pagedList<Item = Reference>(): FieldPolicy<Page<Item>, Page<Item>, Page<Item>> {
  return {
    keyArgs: ['filter', 'sort'],
    merge(existing, incoming, { args }) {
      const page: PageArgs = args?.page ?? {};
      if (!existing) return incoming;
      if (page.after) {
        return {
          ...incoming,
          items: [...existing.items, ...incoming.items],
          pageInfo: incoming.pageInfo && {
            ...incoming.pageInfo,
            hasPreviousPage: existing.pageInfo?.hasPreviousPage ?? false,
            startCursor: existing.pageInfo?.startCursor ?? null,
          },
        };
      }
      if (page.before) {
        return {
          ...incoming,
          items: [...incoming.items, ...existing.items],
          pageInfo: incoming.pageInfo && {
            ...incoming.pageInfo,
            hasNextPage: existing.pageInfo?.hasNextPage ?? false,
            endCursor: existing.pageInfo?.endCursor ?? null,
          },
        };
      }
      if (page.offset) {
        const items = existing.items.slice(0, page.offset);
        items.push(...incoming.items, ...existing.items.slice(page.offset + incoming.items.length));
        return { ...incoming, items };
      }
      return incoming;
    },
  };
}

/**
 * `typePolicies` for `new InMemoryCache({ typePolicies: sanxinTypePolicies(['customers', 'contracts']) })`:
 * each named list of `Query` merges its pages with `pagedList()`; `extra` adds policies of your own.
 */
export function sanxinTypePolicies(listFields: readonly string[], extra: TypePolicies = {}): TypePolicies {
  const fields = Object.fromEntries(listFields.map((name) => [name, pagedList()]));
  return { ...extra, Query: { ...extra.Query, fields: { ...extra.Query?.fields, ...fields } } };
}

/** After `deleteX` (which answers the deleted id): drops the record from every list that holds it. */
export function evictDeleted(cache: ApolloCache<unknown>, typename: string, id: string): void {
  const ref = cache.identify({ __typename: typename, id });
  if (!ref) return;
  cache.evict({ id: ref });
  cache.gc();
}
