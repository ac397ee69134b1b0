/**
 * Written against the shapes Apollo Client 3.14 and 4 share, not against either's types, so the same
 * helper serves both (the example client, examples/node-client, runs it on Apollo Client 4).
 */

/** A cache reference to a normalized record (Apollo's `Reference`). */
export interface Reference {
  readonly __ref: string;
}

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
export interface PagedListPolicy<Item = Reference> {
  keyArgs: string[];
  merge(existing: Page<Item> | undefined, incoming: Page<Item>, options: { args: Record<string, any> | null }): Page<Item>;
}

export function pagedList<Item = Reference>(): PagedListPolicy<Item> {
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
export function sanxinTypePolicies<Extra extends { Query?: { fields?: object } } = {}>(
  listFields: readonly string[],
  extra?: Extra,
): Extra & { Query: { fields: Record<string, PagedListPolicy> } } {
  const fields = Object.fromEntries(listFields.map((name) => [name, pagedList()]));
  const own = extra ?? ({} as Extra);
  return { ...own, Query: { ...own.Query, fields: { ...own.Query?.fields, ...fields } } } as Extra & { Query: { fields: Record<string, PagedListPolicy> } };
}

/** The part of Apollo's cache `evictDeleted` uses (the same in Apollo Client 3 and 4). */
export interface EvictingCache {
  identify(object: { __typename: string; id: string }): string | undefined;
  evict(options: { id: string }): boolean;
  gc(): string[];
}

/** After `deleteX` (which answers the deleted id): drops the record from every list that holds it. */
export function evictDeleted(cache: EvictingCache, typename: string, id: string): void {
  const ref = cache.identify({ __typename: typename, id });
  if (!ref) return;
  cache.evict({ id: ref });
  cache.gc();
}
