import type { Role } from '@sanxin/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { refreshSearchText } from './customer-search';

const LIST = `query($filter: CustomerFilter, $sort: [CustomerSort!], $page: PageInput) {
  customers(filter: $filter, sort: $sort, page: $page) { total items { id name phone } pageInfo { hasNextPage } }
}`;
const EXPORT = 'mutation($filter: CustomerFilter) { exportCustomers(filter: $filter) { rowCount } }';

// Right and wrong guesses at the masked parts of `139****5678`, `wangfang@…` and a contact's phone.
const GUESSES: Array<[right: string, wrong: string]> = [
  ['1391', '1392'],
  ['139-1234', '139-1235'],
  ['12345678', '12345679'],
  ['wangfang@', 'lifang@'],
  ['13800', '13801'],
];
const SORTS = [undefined, [{ field: 'NAME', direction: 'DESC' }], [{ field: 'UPDATED_AT', direction: 'ASC' }]];

/** Issue 17, point 1: search must not tell someone who sees PII masked whether a guess at it is right. */
describe('customer search and masked PII', () => {
  let t: TestApp;
  let customerId: string;
  const tokens = {} as Record<'owner' | 'otherAgent' | 'leader' | 'qa' | 'admin', string>;

  beforeAll(async () => {
    t = await startTestApp();
    const owner = await t.staffWithToken('AGENT');
    tokens.owner = owner.token;
    tokens.otherAgent = (await t.staffWithToken('AGENT')).token;
    tokens.leader = (await t.staffWithToken('SHIFT_LEADER')).token;
    tokens.qa = (await t.staffWithToken('QA_INSPECTOR' as Role)).token;
    tokens.admin = (await t.staffWithToken('ADMIN')).token;
    const customer = await makeCustomer(t.dataSource, {
      name: '王芳',
      phone: '13912345678',
      ownerId: owner.staff.id,
      contacts: [{ name: '赵磊', phone: '13800002222' }],
    });
    await t.dataSource.query('UPDATE customer SET email = ? WHERE id = ?', ['wangfang@example.cn', customer.id]);
    await refreshSearchText(t.dataSource.manager, customer.id);
    customerId = customer.id;
    await makeCustomer(t.dataSource, { name: '刘洋', phone: '13700001111', ownerId: owner.staff.id });
  });
  afterAll(() => t.close());

  const list = (token: string, q: string, extra: Record<string, unknown> = {}) => t.gql(LIST, { filter: { q, ...extra.filter as object }, sort: extra.sort }, token);

  it.each(['otherAgent', 'qa', 'admin'] as const)('gives %s the same answer for right and wrong guesses, through any filter, sort or count', async (who) => {
    for (const [right, wrong] of GUESSES) {
      for (const sort of SORTS) {
        for (const filter of [{}, { ids: [customerId] }, { tier: ['B'] }]) {
          const a = await list(tokens[who], right, { filter, sort });
          const b = await list(tokens[who], wrong, { filter, sort });
          expect(a.errors).toBeUndefined();
          expect(a.data, `${who} ${right}/${wrong} ${JSON.stringify({ filter, sort })}`).toEqual(b.data);
          expect(a.data?.customers.total).toBe(0);
        }
      }
      const exportRight = await t.gql(EXPORT, { filter: { q: right, ids: [customerId] } }, tokens[who]);
      const exportWrong = await t.gql(EXPORT, { filter: { q: wrong, ids: [customerId] } }, tokens[who]);
      if (!exportRight.errors) expect(exportRight.data).toEqual(exportWrong.data);
    }
  });

  it('still finds the customer by name, company or contact name for those who see PII masked', async () => {
    for (const who of ['otherAgent', 'qa', 'admin'] as const) {
      expect((await list(tokens[who], '王芳')).data?.customers.items.map((c: { id: string }) => c.id)).toEqual([customerId]);
      expect((await list(tokens[who], '赵磊')).data?.customers.items.map((c: { id: string }) => c.id)).toEqual([customerId]);
    }
  });

  it('finds phone fragments, e-mail and contact phones for the owner and for supervisors', async () => {
    for (const who of ['owner', 'leader'] as const) {
      for (const [right, wrong] of GUESSES) {
        expect((await list(tokens[who], right)).data?.customers.items.map((c: { id: string }) => c.id), `${who} ${right}`).toEqual([customerId]);
        expect((await list(tokens[who], wrong)).data?.customers.total, `${who} ${wrong}`).toBe(0);
      }
    }
  });
});
