import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { PartReplacement } from './part-replacement.entity';

const FIELDS = 'id version status unitPrice total department availableActions steps { action toStatus note actor { id } }';
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
    // `input` is the step grammar; the other arguments are the deprecated ones (until 2027-03-01), still answered.
    const inputs: Record<string, string> = { forwardPartReplacement: 'ForwardPartReplacementInput', quotePartReplacement: 'QuotePartReplacementInput', recordPartReplacementDecision: 'PartReplacementDecisionInput' };
    const types: Record<string, string> = { id: 'ID!', version: 'Int!', department: 'Department!', unitPrice: 'Decimal', accepted: 'Boolean!', note: 'String', input: inputs[mutation] };
    const decl = Object.keys(args).map((k) => `$${k}: ${types[k]}`).join(', ');
    return t.gql(`mutation(${decl}) { ${mutation}(${params}) { ${FIELDS} } }`, args, token);
  };

  it('runs requested → forwarded → quoted → accepted → done with an exact total and a timeline', async () => {
    const created = (await create()).data?.createPartReplacement;
    expect(created).toMatchObject({ version: 1, status: 'REQUESTED', unitPrice: null, total: null, availableActions: ['FORWARD'] });
    const skip = await run('quotePartReplacement', { id: created.id, version: 1, unitPrice: '1.00' });
    expect(skip.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'REQUESTED', action: 'QUOTE', allowed: ['FORWARD'] });
    // A paid replacement goes to a business department only (sales, by default).
    const toWarehouse = await run('forwardPartReplacement', { id: created.id, version: 1, input: { department: 'WAREHOUSE' } });
    expect(toWarehouse.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', violations: [{ rule: 'notBusinessDepartment', field: 'department' }] });
    await run('forwardPartReplacement', { id: created.id, version: 1, input: { department: 'SALES' } });
    const quoted = await run('quotePartReplacement', { id: created.id, version: 2, input: { unitPrice: '1999.99' } });
    expect(quoted.data?.quotePartReplacement).toMatchObject({ status: 'QUOTED', unitPrice: '1999.99', total: '5999.97', department: 'SALES' });
    await run('recordPartReplacementDecision', { id: created.id, version: 3, input: { accepted: true, note: '客户同意付费更换' } });
    const done = (await run('completePartReplacement', { id: created.id, version: 4 })).data?.completePartReplacement;
    expect(done.status).toBe('DONE');
    expect(done.steps.map((s: { action: string; toStatus: string; note: string | null }) => [s.action, s.toStatus, s.note])).toEqual([
      ['request', 'REQUESTED', '输送带电机'],
      ['forward', 'FORWARDED', 'SALES'],
      ['quote', 'QUOTED', '1999.99'],
      ['accept', 'ACCEPTED', '客户同意付费更换'],
      ['complete', 'DONE', null],
    ]);
  });

  it('prices a warranty-covered replacement at 0 and rejects a price for it', async () => {
    const created = (await create({ warrantyCovered: true, machineWarrantyEndDate: '2099-12-31' })).data?.createPartReplacement;
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
    expect(declined.data?.recordPartReplacementDecision).toMatchObject({ status: 'DECLINED', availableActions: [] });
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
    const listed = await t.gql(`{ partReplacements(filter: { status: [DONE], department: SALES }) { total items { status department } } }`, {}, qa.token);
    expect(listed.data?.partReplacements).toEqual({ total: 1, items: [{ status: 'DONE', department: 'SALES' }] });
  });

  it("accepts a warranty replacement only within the contract's warranty or the machine's, judged on the day of the request", async () => {
    t.clock.set(new Date('2026-11-25T02:00:00Z'));
    const manager = await t.staffWithToken('DEPT_MANAGER');
    agent.token = await t.signIn(agent.staff as never);
    const contract = async (number: string, warrantyEndDate: string) =>
      (
        await t.gql('mutation($input: CreateContractInput!) { createContract(input: $input) { id } }', {
          input: { number, title: '设备维保服务合同', customerId, startDate: '2026-01-01', endDate: '2027-12-31', warrantyEndDate, ownerId: agent.staff.id },
        }, manager.token)
      ).data?.createContract.id;
    const [covering, lapsed] = [await contract('HT-W1', '2026-12-31'), await contract('HT-W2', '2026-10-31')];
    expect(covering && lapsed).toBeTruthy();
    expect((await create({ warrantyCovered: true, insideContract: true, contractId: covering })).errors).toBeUndefined();
    const expired = await create({ warrantyCovered: true, insideContract: true, contractId: lapsed });
    expect(expired.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', violations: [{ rule: 'warrantyExpired', field: 'warrantyCovered' }] });
    expect((await create({ warrantyCovered: true, machineWarrantyEndDate: '2026-11-24' })).errors?.[0].extensions.violations).toEqual([expect.objectContaining({ rule: 'warrantyExpired' })]);
    // The machine's own warranty, longer than the contract's, covers it.
    const byMachine = (await create({ warrantyCovered: true, insideContract: true, contractId: lapsed, machineWarrantyEndDate: '2026-11-25' })).data?.createPartReplacement;
    expect(byMachine.unitPrice).toBe('0.00');
    // Clearing the machine date leaves nothing that covers it; turning warranty off makes it a paid one (sales only).
    const UPDATE = 'mutation($id: ID!, $v: Int!, $input: UpdatePartReplacementInput!) { updatePartReplacement(id: $id, version: $v, input: $input) { version warrantyCovered machineWarrantyEndDate } }';
    const cleared = await t.gql(UPDATE, { id: byMachine.id, v: 1, input: { machineWarrantyEndDate: null } }, agent.token);
    expect(cleared.errors?.[0].extensions.code).toBe('RULE_VIOLATION');
    const paid = await t.gql(UPDATE, { id: byMachine.id, v: 1, input: { warrantyCovered: false, machineWarrantyEndDate: null } }, agent.token);
    expect(paid.data?.updatePartReplacement).toEqual({ version: 2, warrantyCovered: false, machineWarrantyEndDate: null });
    expect((await create({ department: 'FINANCE' })).errors?.[0].extensions.violations).toEqual([expect.objectContaining({ rule: 'notBusinessDepartment' })]);
    expect(await t.dataSource.getRepository(PartReplacement).countBy({ contractId: lapsed })).toBe(1);
  });
});
