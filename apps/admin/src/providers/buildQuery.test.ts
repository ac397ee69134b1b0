import { print } from 'graphql';
import { type IntrospectionResult, introspectSchema } from 'ra-data-graphql';
import { DELETE, GET_LIST, GET_MANY_REFERENCE, GET_ONE, UPDATE } from 'react-admin';
import { beforeAll, describe, expect, it } from 'vitest';
import { committedSchema } from './committedSchema';
import { buildQueryFactory, sortFieldEnum } from './buildQuery';
import { operationNames } from './dataProvider';

type BuildQuery = ReturnType<typeof buildQueryFactory>;
let buildQuery: BuildQuery;

beforeAll(async () => {
  const introspection = await introspectSchema(undefined as never, { schema: committedSchema(), operationNames });
  // ra-data-graphql types `queries` as object types although it returns fields.
  buildQuery = buildQueryFactory(introspection as unknown as IntrospectionResult);
});

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const textOf = (built: ReturnType<BuildQuery>) => squash(print(built.query));

describe('buildQuery', () => {
  it('maps getList to xs(filter, sort, page) selecting items and total', () => {
    const built = buildQuery(GET_LIST, 'customers', {
      filter: { q: '张三', tier: ['A', 'B'], lifecycle: [], ownerId: '', tag: undefined, staleKey: 'x' },
      sort: { field: 'createdAt', order: 'DESC' },
      pagination: { page: 3, perPage: 25 },
    });
    const text = textOf(built);

    expect(text).toContain('query customers($filter: CustomerFilter, $page: PageInput, $sort: [CustomerSort!])');
    expect(text).toContain('customers(filter: $filter, page: $page, sort: $sort)');
    expect(text).toMatch(/items \{ address archived .* name .* owner \{ id name \} .* version \} total/);
    expect(text).not.toContain('contacts');
    expect(built.variables).toEqual({
      filter: { q: '张三', tier: ['A', 'B'] },
      sort: [{ field: 'CREATED_AT', direction: 'DESC' }],
      page: { offset: 50, limit: 25 },
    });
    expect(built.parseResponse({ data: { customers: { items: [{ id: '1' }], total: 51 } } } as never)).toEqual({
      data: [{ id: '1' }],
      total: 51,
    });
  });

  it('leaves out a sort the contract does not offer (react-admin defaults to id)', () => {
    const built = buildQuery(GET_LIST, 'staffMembers', { filter: {}, sort: { field: 'id', order: 'ASC' }, pagination: { page: 1, perPage: 10 } });
    expect(textOf(built)).toContain('staffMembers(filter: $filter, page: $page, sort: $sort)');
    expect(built.variables?.sort).toBeUndefined();
    expect(textOf(built)).toContain('team { id name }');
  });

  it('maps getManyReference to a filter on the target', () => {
    const built = buildQuery(GET_MANY_REFERENCE, 'interactions', {
      target: 'customerId',
      id: 'c1',
      filter: {},
      sort: { field: 'occurredAt', order: 'DESC' },
      pagination: { page: 1, perPage: 50 },
    });
    expect(built.variables).toEqual({
      filter: { customerId: 'c1' },
      sort: [{ field: 'OCCURRED_AT', direction: 'DESC' }],
      page: { offset: 0, limit: 50 },
    });
    expect(textOf(built)).toContain('customer { id name }');
    expect(textOf(built)).toContain('staff { id name }');
  });

  it('maps getOne to x(id) and reports a missing record as NOT_FOUND', () => {
    const built = buildQuery(GET_ONE, 'staffMembers', { id: 's1' });
    expect(textOf(built)).toContain('query staffMember($id: ID!) { staffMember(id: $id) {');
    expect(() => built.parseResponse({ data: { staffMember: null } } as never)).toThrow('sanxin.errors.NOT_FOUND');
  });

  it('sends update with the version read and only the fields that changed', () => {
    const previousData = {
      id: 'c1',
      version: 7,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-02T00:00:00.000Z',
      kind: 'COMPANY',
      name: '上海三心贸易有限公司',
      phone: '13812345678',
      email: null,
      tier: 'B',
      tags: ['物流'],
      owner: { id: 's1', name: '王芳' },
      ownerId: 's1',
    };
    const data = { ...previousData, tier: 'A', email: '', tags: ['物流', '重点'], owner: { id: 's2', name: '改了也不发' } };
    const built = buildQuery(UPDATE, 'customers', { id: 'c1', data, previousData });

    expect(textOf(built)).toContain(
      'mutation updateCustomer($id: ID!, $input: UpdateCustomerInput!, $version: Int!) { updateCustomer(id: $id, input: $input, version: $version) {',
    );
    expect(built.variables).toEqual({ id: 'c1', version: 7, input: { tier: 'A', tags: ['物流', '重点'] } });
  });

  it('deletes with the version read and answers the record under the id the API returns', () => {
    const previousData = { id: 'c1', version: 3, name: '上海三心贸易有限公司' };
    const built = buildQuery(DELETE, 'customers', { id: 'c1', previousData });
    expect(textOf(built)).toBe('mutation deleteCustomer($id: ID!, $version: Int!) { deleteCustomer(id: $id, version: $version) }');
    expect(built.variables).toEqual({ id: 'c1', version: 3 });
    expect(built.parseResponse({ data: { deleteCustomer: 'c1' } } as never)).toEqual({ data: previousData });
  });

  it('turns react-admin sort fields into the contract enum', () => {
    expect(sortFieldEnum('createdAt')).toBe('CREATED_AT');
    expect(sortFieldEnum('occurredAt')).toBe('OCCURRED_AT');
    expect(sortFieldEnum('name')).toBe('NAME');
  });
});
