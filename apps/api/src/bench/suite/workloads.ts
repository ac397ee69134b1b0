/** The six workloads of issue 15: their GraphQL (the API and join-monster read the same text) and the floor's path. */
export const LIST = `query($page: PageInput) { complaints(page: $page) { items { id number status receivedAt customer { name } owner { name } } } }`;
export const DETAIL = `query($id: ID!) { complaint(id: $id) { id number status description receivedAt customer { name } owner { name } timeline { id step at note actor { name } } } }`;
export const NESTED = `query($page: PageInput) { interactions(page: $page) { items { id summary occurredAt customer { name contacts { name phone } owner { name } } } } }`;
export const CREATE = `mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { id number status } }`;

export type WorkloadName = 'list' | 'keyset' | 'offset' | 'detail' | 'nested' | 'create';

export interface Workload {
  name: WorkloadName;
  title: string;
  query: string;
  variables: Record<string, unknown>;
  /** Reads compare the three answers byte for byte; a create compares their shape and status (ids and numbers are new each time). */
  isCreate?: boolean;
}

export interface Fixtures {
  offset: number;
  /** The API's endCursor of row `offset` (the keyset page starts after it). */
  cursor: string;
  detailId: string;
  customerId: string;
  categoryId: string;
}

export function workloads(f: Fixtures): Workload[] {
  return [
    { name: 'list', title: '25 complaints + customer + owner, page 1', query: LIST, variables: { page: { limit: 25 } } },
    { name: 'keyset', title: `same, keyset after row ${f.offset.toLocaleString('en')}`, query: LIST, variables: { page: { limit: 25, after: f.cursor } } },
    { name: 'offset', title: `same, offset ${f.offset.toLocaleString('en')}`, query: LIST, variables: { page: { limit: 25, offset: f.offset } } },
    { name: 'detail', title: 'complaint detail, 200 timeline entries', query: DETAIL, variables: { id: f.detailId } },
    { name: 'nested', title: '100 interactions → customer → contacts + owner', query: NESTED, variables: { page: { limit: 100 } } },
    {
      name: 'create',
      title: 'createComplaint (with timeline and audit rows)',
      query: CREATE,
      variables: {
        input: { customerId: f.customerId, categoryId: f.categoryId, channel: 'PHONE', severity: 'MEDIUM', emotion: 'CALM', description: '基准测试：产品质量问题，要求换货', customerRequest: '换新' },
      },
      isCreate: true,
    },
  ];
}

/** The cursor format of the API's lists (db/paginate.ts): base64url JSON of the sort and the last row's keys. */
export function decodeListCursor(cursor: string): { receivedAt: Date; id: string } {
  const { v } = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as { v: [string, string] };
  return { receivedAt: new Date(v[0]), id: v[1] };
}
