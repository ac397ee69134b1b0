import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { ContractOwnerChange } from './contract-owner-change.entity';
import { Contract } from './contract.entity';

const ASSIGN = `mutation($id: ID!, $version: Int!, $ownerId: ID!, $reason: String!) {
  assignContractOwner(id: $id, version: $version, ownerId: $ownerId, reason: $reason) { id version ownerId owner { id } }
}`;
const ASSIGN_MANY = `mutation($ids: [ID!]!, $ownerId: ID!, $reason: String!) { assignContractOwners(ids: $ids, ownerId: $ownerId, reason: $reason) { id version ownerId } }`;
const HISTORY = `query($id: ID!) { contractOwnerHistory(contractId: $id) { contract { id } fromOwner { id } toOwner { id } assignedBy { id } reason at } }`;

describe('contract owners (专人落实)', () => {
  let t: TestApp;
  let manager: { staff: { id: string }; token: string };
  let agentA: { staff: { id: string }; token: string };
  let agentB: { staff: { id: string }; token: string };
  let customerId: string;
  let sequence = 0;

  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.staffWithToken('DEPT_MANAGER');
    agentA = await t.staffWithToken('AGENT');
    agentB = await t.staffWithToken('AGENT');
    customerId = (await makeCustomer(t.dataSource)).id;
  });
  afterAll(() => t.close());

  async function create(): Promise<{ id: string; version: number }> {
    sequence += 1;
    const result = await t.gql(
      `mutation($input: CreateContractInput!) { createContract(input: $input) { id version } }`,
      { input: { number: `OWN-${sequence}`, title: '设备维保服务合同', customerId, startDate: '2026-01-01', endDate: '2026-12-31', ownerId: agentA.staff.id } },
      manager.token,
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createContract;
  }

  it('lets a manager name another owner on create and reassign with a reason; history keeps who, whom, when and why', async () => {
    const contract = await create();
    const assigned = await t.gql(ASSIGN, { id: contract.id, version: 1, ownerId: agentB.staff.id, reason: '客户所在区域调整' }, manager.token);
    expect(assigned.data?.assignContractOwner).toMatchObject({ version: 2, ownerId: agentB.staff.id, owner: { id: agentB.staff.id } });
    const history = (await t.gql(HISTORY, { id: contract.id }, agentA.token)).data?.contractOwnerHistory;
    expect(history).toEqual([
      { contract: { id: contract.id }, fromOwner: null, toOwner: { id: agentA.staff.id }, assignedBy: { id: manager.staff.id }, reason: null, at: expect.any(String) },
      { contract: { id: contract.id }, fromOwner: { id: agentA.staff.id }, toOwner: { id: agentB.staff.id }, assignedBy: { id: manager.staff.id }, reason: '客户所在区域调整', at: expect.any(String) },
    ]);
  });

  it('lets only DEPT_MANAGER and ADMIN assign owners', async () => {
    const contract = await create();
    for (const role of ['AGENT', 'SHIFT_LEADER', 'QA_INSPECTOR', 'CENTER_DIRECTOR'] as const) {
      const { token } = await t.staffWithToken(role);
      const result = await t.gql(ASSIGN, { id: contract.id, version: 1, ownerId: agentB.staff.id, reason: '调整' }, token);
      expect(result.errors?.[0].extensions.code, role).toBe('FORBIDDEN');
    }
    const admin = await t.staffWithToken('ADMIN');
    expect((await t.gql(ASSIGN, { id: contract.id, version: 1, ownerId: agentB.staff.id, reason: '更正' }, admin.token)).data?.assignContractOwner.version).toBe(2);
    const agentCreate = await t.gql(
      `mutation($input: CreateContractInput!) { createContract(input: $input) { id } }`,
      { input: { number: 'OWN-AGENT', title: '合同', customerId, startDate: '2026-01-01', endDate: '2026-12-31', ownerId: agentB.staff.id } },
      agentA.token,
    );
    expect(agentCreate.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('requires an active owner in a role that may own contracts, and a reason', async () => {
    const contract = await create();
    const { staff: retired } = await t.staffWithToken('AGENT');
    await t.dataSource.query('UPDATE staff SET active = 0 WHERE id = ?', [retired.id]);
    const qa = await t.staffWithToken('QA_INSPECTOR');
    const cases: Array<[string, string, string, string]> = [
      [retired.id, '调整', 'ownerId', 'inactive'],
      [qa.staff.id, '调整', 'ownerId', 'cannotOwnContracts'],
      ['no-such-staff', '调整', 'ownerId', 'notFound'],
      [agentB.staff.id, '  ', 'reason', 'required'],
    ];
    for (const [ownerId, reason, field, code] of cases) {
      const result = await t.gql(ASSIGN, { id: contract.id, version: 1, ownerId, reason }, manager.token);
      expect(result.errors?.[0].extensions.fields, code).toEqual([expect.objectContaining({ field, code })]);
    }
    expect(await t.dataSource.getRepository(Contract).findOneByOrFail({ id: contract.id })).toMatchObject({ version: 1, ownerId: agentA.staff.id });
    expect(await t.dataSource.getRepository(ContractOwnerChange).countBy({ contractId: contract.id })).toBe(1);
  });

  it('lets exactly one of two managers reassigning the same contract at once win; the other gets CONFLICT', async () => {
    const other = await t.staffWithToken('DEPT_MANAGER');
    const contract = await create();
    const results = await Promise.all([
      t.gql(ASSIGN, { id: contract.id, version: 1, ownerId: agentB.staff.id, reason: '甲主任分配' }, manager.token),
      t.gql(ASSIGN, { id: contract.id, version: 1, ownerId: manager.staff.id, reason: '乙主任分配' }, other.token),
    ]);
    expect(results.filter((r) => r.data?.assignContractOwner).length).toBe(1);
    const loser = results.find((r) => r.errors);
    expect(loser?.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const history = await t.dataSource.getRepository(ContractOwnerChange).findBy({ contractId: contract.id });
    expect(history).toHaveLength(2);
    const stored = await t.dataSource.getRepository(Contract).findOneByOrFail({ id: contract.id });
    expect(stored.version).toBe(2);
    expect(stored.ownerId).toBe(history.find((h) => h.reason)?.toOwnerId);
  });

  it('assigns in bulk, all or nothing', async () => {
    const contracts = [await create(), await create(), await create()];
    const ids = contracts.map((c) => c.id);
    const withUnknown = await t.gql(ASSIGN_MANY, { ids: [...ids, 'no-such-contract'], ownerId: agentB.staff.id, reason: '批量调整' }, manager.token);
    expect(withUnknown.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ path: 'ids', code: 'notFound', params: { id: 'no-such-contract' } })]);
    const qa = await t.staffWithToken('QA_INSPECTOR');
    const toIneligible = await t.gql(ASSIGN_MANY, { ids, ownerId: qa.staff.id, reason: '批量调整' }, manager.token);
    expect(toIneligible.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ path: 'ownerId', code: 'cannotOwnContracts' })]);
    const retired = await t.staffWithToken('AGENT');
    await t.dataSource.query('UPDATE staff SET active = 0 WHERE id = ?', [retired.staff.id]);
    const toInactive = await t.gql(ASSIGN_MANY, { ids, ownerId: retired.staff.id, reason: '批量调整' }, manager.token);
    expect(toInactive.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ path: 'ownerId', code: 'inactive' })]);
    for (const id of ids) {
      expect(await t.dataSource.getRepository(Contract).findOneByOrFail({ id })).toMatchObject({ version: 1, ownerId: agentA.staff.id });
      expect(await t.dataSource.getRepository(ContractOwnerChange).countBy({ contractId: id })).toBe(1);
    }

    const done = await t.gql(ASSIGN_MANY, { ids, ownerId: agentB.staff.id, reason: '批量调整' }, manager.token);
    expect(done.data?.assignContractOwners).toEqual(ids.map((id) => ({ id, version: 2, ownerId: agentB.staff.id })));
    for (const id of ids) expect(await t.dataSource.getRepository(ContractOwnerChange).countBy({ contractId: id, reason: '批量调整' })).toBe(1);
  });
});
