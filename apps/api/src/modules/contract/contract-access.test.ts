import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const READ = `query($id: ID!) { contract(id: $id) { amount amountHidden confidentialityText availableActions } }`;

describe('contract visibility and permissions by role', () => {
  let t: TestApp;
  let owner: { staff: { id: string }; token: string };
  let customerOwner: { staff: { id: string }; token: string };
  let contractId: string;

  beforeAll(async () => {
    t = await startTestApp();
    owner = await t.staffWithToken('AGENT');
    customerOwner = await t.staffWithToken('AGENT');
    const customer = await makeCustomer(t.dataSource, { ownerId: customerOwner.staff.id });
    const created = await t.gql(
      `mutation($input: CreateContractInput!) { createContract(input: $input) { id } }`,
      { input: { number: 'VIS-1', title: '年度仓储配送服务合同', customerId: customer.id, startDate: '2026-01-01', endDate: '2099-12-31', amount: '12800.00', confidential: true, confidentialityText: '保密条款' } },
      owner.token,
    );
    contractId = created.data?.createContract.id;
  });
  afterAll(() => t.close());

  const visible = { amount: '12800.00', amountHidden: false, confidentialityText: '保密条款' };
  const hidden = { amount: null, amountHidden: true, confidentialityText: null };

  it('shows the amount to the owning agent and to the agent owning the customer, not to other agents', async () => {
    expect((await t.gql(READ, { id: contractId }, owner.token)).data?.contract).toEqual({ ...visible, availableActions: ['ACTIVATE'] });
    expect((await t.gql(READ, { id: contractId }, customerOwner.token)).data?.contract).toEqual({ ...visible, availableActions: ['ACTIVATE'] });
    const stranger = await t.staffWithToken('AGENT');
    expect((await t.gql(READ, { id: contractId }, stranger.token)).data?.contract).toEqual({ ...hidden, availableActions: [] });
  });

  it.each([
    ['SHIFT_LEADER', visible, ['ACTIVATE']],
    ['DEPT_MANAGER', visible, ['ACTIVATE']],
    ['CENTER_DIRECTOR', visible, ['ACTIVATE']],
    ['QA_INSPECTOR', hidden, []],
    ['ADMIN', hidden, []],
  ] as const)('%s sees %o', async (role, expected, actions) => {
    const { token } = await t.staffWithToken(role);
    expect((await t.gql(READ, { id: contractId }, token)).data?.contract).toEqual({ ...expected, availableActions: actions });
  });

  it('keeps QA read-only and agents off contracts they do not own', async () => {
    const qa = await t.staffWithToken('QA_INSPECTOR');
    const stranger = await t.staffWithToken('AGENT');
    const activate = `mutation($id: ID!) { activateContract(id: $id, version: 1) { id } }`;
    expect((await t.gql(activate, { id: contractId }, qa.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(activate, { id: contractId }, stranger.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const create = await t.gql(`mutation { createContract(input: { number: "QA-1", title: "x", customerId: "x", startDate: "2026-01-01", endDate: "2026-01-02" }) { id } }`, {}, qa.token);
    expect(create.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(`{ contracts { items { number amount } } }`, {}, qa.token)).data?.contracts.items).toEqual([{ number: 'VIS-1', amount: null }]);
  });
});
