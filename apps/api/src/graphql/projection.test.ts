import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../test/factories';
import { startTestApp, type TestApp } from '../test/test-app';

/**
 * Column projection (decision 0036): the complaints list and detail, and the customer and staff they
 * load, read the columns the selection needs; masking still sees the owner; a field that did not say
 * what it reads makes the read take every column.
 */
describe('column projection from the GraphQL selection', () => {
  let t: TestApp;
  let agent: { staff: { id: string; name: string }; token: string };
  let admin: string;
  let ownedId: string;
  let complaintIds: string[];

  beforeAll(async () => {
    t = await startTestApp();
    agent = await t.staffWithToken('AGENT');
    admin = (await t.staffWithToken('ADMIN')).token;
    const owned = await makeCustomer(t.dataSource, { phone: '13912345678', ownerId: agent.staff.id });
    const other = await makeCustomer(t.dataSource, { phone: '13887654321' });
    ownedId = owned.id;
    const [category]: Array<{ id: string }> = await t.dataSource.query('SELECT id FROM complaint_category LIMIT 1');
    complaintIds = [];
    for (const customer of [owned, other]) {
      const input = { customerId: customer.id, categoryId: category.id, channel: 'PHONE', severity: 'MEDIUM', emotion: 'CALM', description: '空调漏水，已两次上门未修好', customerRequest: '退货' };
      const result = await t.gql('mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { id } }', { i: input }, agent.token);
      expect(result.errors).toBeUndefined();
      complaintIds.push(result.data?.createComplaint.id);
    }
  });
  afterAll(() => t.close());

  async function run(query: string, token: string, variables?: Record<string, unknown>) {
    t.stats.length = 0;
    const result = await t.gql(query, variables, token);
    expect(result.errors).toBeUndefined();
    const selects = t.stats.flatMap((s) => s.sql ?? []).filter((sql) => /^\s*SELECT/i.test(sql));
    const selectOf = (table: string) => selects.filter((sql) => new RegExp(`FROM ["\`]?${table}["\`]?[\\s"\`]`, 'i').test(sql));
    return { data: result.data as Record<string, any>, selects, selectOf, statements: t.stats[0].statements };
  }

  it('the list reads the selected columns of complaints, and its customers and owners in the same statement', async () => {
    const { data, selectOf, statements } = await run('{ complaints { items { id number customer { name } owner { name } } } }', agent.token);
    expect(data.complaints.items).toHaveLength(2);
    expect(data.complaints.items.every((c: any) => c.customer.name && c.owner.name === agent.staff.name)).toBe(true);
    // The session, then the page with its customers and owners joined.
    expect(statements).toBe(2);
    const [page] = selectOf('complaint');
    expect(page).toMatch(/["`]complaint["`].["`]number["`]/);
    expect(page).toMatch(/["`]joined_customer["`].["`]name["`]/);
    expect(page).toMatch(/["`]joined_owner["`].["`]name["`]/);
    expect(page).not.toMatch(/description|customer_request|product_name|address|notes|email|username|phone/);
  });

  it('a nested customer read by its loader (interactions) reads the selected columns only', async () => {
    const created = await t.gql('mutation($i: CreateInteractionInput!) { createInteraction(input: $i) { id } }', { i: { customerId: ownedId, channel: 'PHONE', direction: 'INBOUND', summary: '咨询安装进度' } }, agent.token);
    expect(created.errors).toBeUndefined();
    const { data, selectOf } = await run('{ interactions { items { customer { name owner { name } } } } }', agent.token);
    expect(data.interactions.items[0].customer.owner.name).toBe(agent.staff.name);
    expect(selectOf('customer')[0]).toMatch(/["`]name["`]/);
    expect(selectOf('customer')[0]).not.toMatch(/address|notes|email/);
    expect(selectOf('staff')[0]).not.toMatch(/username|phone/);
  });

  it('masks phones by owner as before: the projection reads the owner with the phone', async () => {
    const query = '{ complaints { items { customer { id phone piiMasked } } } }';
    const { data, selectOf } = await run(query, agent.token);
    expect(selectOf('complaint')[0]).toMatch(/["`]joined_customer["`].["`]owner_id["`]/);
    const phones = Object.fromEntries(data.complaints.items.map((c: any) => [c.customer.id, c.customer]));
    expect(phones[ownedId]).toEqual({ id: ownedId, phone: '13912345678', piiMasked: false });
    const others = Object.values(phones).filter((c: any) => c.id !== ownedId) as any[];
    expect(others).toEqual([{ id: others[0].id, phone: '138****4321', piiMasked: true }]);
    // The same customers read whole (the detail) answer the same.
    for (const customer of Object.values(phones) as any[]) {
      const { data: whole } = await run('query($id: ID!) { customer(id: $id) { id phone piiMasked } }', agent.token, { id: customer.id });
      expect(whole.customer).toEqual(customer);
    }
  });

  it('the detail reads the selected columns, and a field that did not say what it reads gets them all', async () => {
    const narrow = await run('query($id: ID!) { complaint(id: $id) { id status description slaState mayUrge } }', agent.token, { id: complaintIds[0] });
    expect(narrow.data.complaint).toMatchObject({ id: complaintIds[0], status: 'RECEIVED', description: '空调漏水，已两次上门未修好', mayUrge: true });
    expect(narrow.selectOf('complaint')[0]).toMatch(/description/);
    expect(narrow.selectOf('complaint')[0]).not.toMatch(/customer_request|batch_number/);
    const whole = await run('query($id: ID!) { complaint(id: $id) { id availableActions } }', agent.token, { id: complaintIds[0] });
    expect(whole.data.complaint.availableActions.length).toBeGreaterThan(0);
    expect(whole.selectOf('complaint')[0]).toMatch(/customer_request/);
  });

  it('one staff read serves a projected owner and a whole record for the same page (the union of their columns)', async () => {
    // mayUrge reads the viewer's and the owner's whole record, owner { name } its name: one SELECT.
    const { data, selectOf } = await run('{ complaints { items { owner { name role } mayUrge } } }', agent.token);
    expect(data.complaints.items.every((c: any) => c.owner.name === agent.staff.name && c.owner.role === 'AGENT' && c.mayUrge === true)).toBe(true);
    expect(selectOf('staff')).toHaveLength(1);
    expect(selectOf('staff')[0]).toMatch(/team_id/);
  });

  it('follows fragments and aliases', async () => {
    const query = `query { complaints { items { ...row } } }
      fragment row on Complaint { id who: customer { ... on Customer { label: name } } }`;
    const { data, selectOf } = await run(query, admin);
    expect(data.complaints.items.every((c: any) => typeof c.who.label === 'string')).toBe(true);
    expect(selectOf('complaint')[0]).toMatch(/["`]joined_customer["`].["`]name["`]/);
  });
});
