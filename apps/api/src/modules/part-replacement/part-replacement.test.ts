import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { PartReplacement } from './part-replacement.entity';

const FIELDS = 'id version status unitPrice total department nextActions steps { action toStatus note actor { id } }';
const CREATE = `mutation($input: CreatePartReplacementInput!) { createPartReplacement(input: $input) { ${FIELDS} } }`;

describe('part replacements (有偿换件)', () => {
  let t: TestApp;
  let agent: { staff: { id: string }; token: string };
  let customerId: string;

  beforeAll(async () => {
    t = await startTestApp();
    agent = await t.staffWithToken('AGENT');
    customerId = (await makeCustomer(t.dataSource, { ownerId: agent.staff.id })).id;
  });
  afterAll(() => t.close());

  const create = async (input: Record<string, unknown> = {}) => t.gql(CREATE, { input: { customerId, partName: '输送带电机', quantity: 3, ...input } }, agent.token);
  const run = async (mutation: string, args: Record<string, unknown>, token = agent.token) => {
    const params = Object.keys(args).map((k) => `${k}: $${k}`).join(', ');
    const types: Record<string, string> = { id: 'ID!', version: 'Int!', department: 'Department!', unitPrice: 'Decimal', accepted: 'Boolean!', note: 'String' };
    const decl = Object.keys(args).map((k) => `$${k}: ${types[k]}`).join(', ');
    return t.gql(`mutation(${decl}) { ${mutation}(${params}) { ${FIELDS} } }`, args, token);
  };

  it('runs requested → forwarded → quoted → accepted → done with an exact total and a timeline', async () => {
    const created = (await create()).data?.createPartReplacement;
    expect(created).toMatchObject({ version: 1, status: 'REQUESTED', unitPrice: null, total: null, nextActions: ['forward'] });
    const skip = await run('quotePartReplacement', { id: created.id, version: 1, unitPrice: '1.00' });
    expect(skip.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'REQUESTED', action: 'quote', allowed: ['forward'] });
    await run('forwardPartReplacement', { id: created.id, version: 1, department: 'WAREHOUSE' });
    const quoted = await run('quotePartReplacement', { id: created.id, version: 2, unitPrice: '1999.99' });
    expect(quoted.data?.quotePartReplacement).toMatchObject({ status: 'QUOTED', unitPrice: '1999.99', total: '5999.97', department: 'WAREHOUSE' });
    await run('recordPartReplacementDecision', { id: created.id, version: 3, accepted: true, note: '客户同意付费更换' });
    const done = (await run('completePartReplacement', { id: created.id, version: 4 })).data?.completePartReplacement;
    expect(done.status).toBe('DONE');
    expect(done.steps.map((s: { action: string; toStatus: string; note: string | null }) => [s.action, s.toStatus, s.note])).toEqual([
      ['request', 'REQUESTED', '输送带电机'],
      ['forward', 'FORWARDED', 'WAREHOUSE'],
      ['quote', 'QUOTED', '1999.99'],
      ['accept', 'ACCEPTED', '客户同意付费更换'],
      ['complete', 'DONE', null],
    ]);
  });

  it('prices a warranty-covered replacement at 0 and rejects a price for it', async () => {
    const created = (await create({ warrantyCovered: true })).data?.createPartReplacement;
    await run('forwardPartReplacement', { id: created.id, version: 1, department: 'TECHNICAL' });
    const priced = await run('quotePartReplacement', { id: created.id, version: 2, unitPrice: '10.00' });
    expect(priced.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ path: 'unitPrice', code: 'warrantyCoveredFree' })]);
    expect((await run('quotePartReplacement', { id: created.id, version: 2 })).data?.quotePartReplacement).toMatchObject({ unitPrice: '0.00', total: '0.00' });
  });

  it('ends declined, and answers a stale version with CONFLICT', async () => {
    const created = (await create()).data?.createPartReplacement;
    await run('forwardPartReplacement', { id: created.id, version: 1, department: 'SALES' });
    expect((await run('forwardPartReplacement', { id: created.id, version: 1, department: 'SALES' })).errors?.[0].extensions.code).toBe('INVALID_TRANSITION');
    await run('quotePartReplacement', { id: created.id, version: 2, unitPrice: '350' });
    expect((await run('recordPartReplacementDecision', { id: created.id, version: 2, accepted: false })).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 3 });
    const declined = await run('recordPartReplacementDecision', { id: created.id, version: 3, accepted: false, note: '价格太高' });
    expect(declined.data?.recordPartReplacementDecision).toMatchObject({ status: 'DECLINED', nextActions: [] });
  });

  it('rejects bad input, writing nothing: zero quantity, inside a contract without one, unknown contract', async () => {
    const before = await t.dataSource.getRepository(PartReplacement).count();
    expect((await create({ quantity: 0 })).errors?.[0].extensions.fields).toEqual([expect.objectContaining({ path: 'quantity', code: 'outOfRange' })]);
    expect((await create({ insideContract: true })).errors?.[0].extensions.fields).toEqual([expect.objectContaining({ path: 'contractId', code: 'required' })]);
    expect((await create({ insideContract: true, contractId: 'nope' })).errors?.[0].extensions.fields).toEqual([expect.objectContaining({ path: 'contractId', code: 'notFound' })]);
    expect(await t.dataSource.getRepository(PartReplacement).count()).toBe(before);
  });

  it('keeps QA read-only and filters by status and department', async () => {
    const qa = await t.staffWithToken('QA_INSPECTOR');
    expect((await t.gql(CREATE, { input: { customerId, partName: 'x', quantity: 1 } }, qa.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const listed = await t.gql(`{ partReplacements(filter: { status: [DONE], department: WAREHOUSE }) { total items { status department } } }`, {}, qa.token);
    expect(listed.data?.partReplacements).toEqual({ total: 1, items: [{ status: 'DONE', department: 'WAREHOUSE' }] });
  });
});
