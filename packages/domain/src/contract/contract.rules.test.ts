import { describe, expect, it } from 'vitest';
import { domainMessages } from '../i18n';
import { CONTRACT_LIMITS, validateContract, validateRenewal } from './contract.rules';
import { CONTRACT_ACTIONS, CONTRACT_OWNER_ROLES, CONTRACT_STATUSES, canOwnContracts, type ContractDraft } from './contract.types';

const valid: ContractDraft = {
  number: 'HT-2026-0001',
  title: '年度仓储配送服务合同',
  customerId: 'c1',
  scope: '华东区仓储、干线运输与城市配送',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  warrantyEndDate: '2027-06-30',
  amount: '12800.00',
  confidential: true,
  confidentialityText: '双方对合同内容及客户资料负有保密义务',
};
const fieldsOf = (draft: ContractDraft, mode: 'create' | 'update' = 'create') => validateContract(draft, mode).map((v) => `${v.field}:${v.rule}`);

describe('validateContract', () => {
  it('accepts a complete contract, and a minimal one', () => {
    expect(validateContract(valid, 'create')).toEqual([]);
    expect(validateContract({ number: 'HT-1', title: '维保', customerId: 'c1', startDate: '2026-01-01', endDate: '2026-01-01' }, 'create')).toEqual([]);
  });

  it('requires number, title, customer and both dates on create', () => {
    expect(fieldsOf({ number: ' ', title: '' })).toEqual(['number:required', 'title:required', 'customerId:required', 'startDate:required', 'endDate:required']);
  });

  it('checks only what an update carries, but never lets a required field be cleared', () => {
    expect(fieldsOf({ title: '新标题' }, 'update')).toEqual([]);
    expect(fieldsOf({ title: null, confidential: null }, 'update')).toEqual(['title:required', 'confidential:required']);
  });

  it('lets a contract end on the day it starts, not before', () => {
    expect(fieldsOf({ ...valid, endDate: '2026-01-01' })).toEqual([]);
    expect(fieldsOf({ ...valid, endDate: '2025-12-31', warrantyEndDate: null })).toEqual(['endDate:beforeStartDate']);
    expect(fieldsOf({ ...valid, warrantyEndDate: '2025-12-31' })).toEqual(['warrantyEndDate:beforeStartDate']);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-1-5', '2026/01/05', 'tomorrow'])('rejects the date %s', (endDate) => {
    expect(fieldsOf({ ...valid, endDate })).toEqual(['endDate:invalidDate']);
  });

  it('accepts leap days', () => {
    expect(fieldsOf({ ...valid, startDate: '2028-02-29', endDate: '2028-02-29', warrantyEndDate: null })).toEqual([]);
  });

  it.each(['0', '0.00', '12800', '12800.5', '12800.00', '999999999999.99'])('accepts the amount %s', (amount) => {
    expect(fieldsOf({ ...valid, amount })).toEqual([]);
  });

  it('rejects negative amounts, more than 2 decimals, more than 12 integer digits and non-numbers', () => {
    expect(fieldsOf({ ...valid, amount: '-0.01' })).toEqual(['amount:negative']);
    for (const amount of ['1.001', '1000000000000', '1e5', '12,800', '', ' 1', '¥100']) expect(fieldsOf({ ...valid, amount }), amount).toEqual(['amount:invalidDecimal']);
  });

  it('requires the confidentiality text when the clause is on, and only then', () => {
    expect(fieldsOf({ ...valid, confidentialityText: '  ' })).toEqual(['confidentialityText:required']);
    expect(fieldsOf({ ...valid, confidential: false, confidentialityText: null })).toEqual([]);
  });

  it('limits the lengths', () => {
    for (const [field, max] of Object.entries(CONTRACT_LIMITS)) {
      expect(fieldsOf({ ...valid, [field]: '字'.repeat(max) }), field).toEqual([]);
      expect(fieldsOf({ ...valid, [field]: '字'.repeat(max + 1) }), field).toEqual([`${field}:tooLong`]);
    }
  });
});

describe('validateRenewal', () => {
  it('needs both new dates in order', () => {
    expect(validateRenewal({ startDate: '2027-01-01', endDate: '2027-12-31' })).toEqual([]);
    expect(validateRenewal({}).map((v) => `${v.field}:${v.rule}`)).toEqual(['startDate:required', 'endDate:required']);
    expect(validateRenewal({ startDate: '2027-01-01', endDate: '2026-12-31', amount: '-1' }).map((v) => v.rule)).toEqual(['beforeStartDate', 'negative']);
  });
});

describe('contract owners and labels', () => {
  it('lets agents, shift leaders and department managers own contracts', () => {
    expect(CONTRACT_OWNER_ROLES).toEqual(['AGENT', 'SHIFT_LEADER', 'DEPT_MANAGER']);
    expect(canOwnContracts('QA_INSPECTOR')).toBe(false);
    expect(canOwnContracts('ADMIN')).toBe(false);
  });

  it('labels every status and action, and has a message for every rule, in both locales', () => {
    const rules = [
      ...validateContract({ ...valid, endDate: '2025-01-01', amount: '-1', confidentialityText: '' }, 'create'),
      ...validateContract({ ...valid, startDate: 'x', amount: 'x' }, 'create'),
    ].map((v) => v.rule);
    for (const messages of Object.values(domainMessages)) {
      expect(Object.keys(messages.enums.contractStatus).sort()).toEqual([...CONTRACT_STATUSES].sort());
      expect(Object.keys(messages.enums.contractAction).sort()).toEqual([...CONTRACT_ACTIONS].sort());
      for (const rule of [...rules, 'cannotOwnContracts']) expect(messages.validation, rule).toHaveProperty(rule);
    }
  });
});
