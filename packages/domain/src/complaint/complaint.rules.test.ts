import { describe, expect, it } from 'vitest';
import { priorityAfterUrges, validateAssessment, validateComplaintRegistration, validateProposal } from './complaint.rules';

const now = new Date('2026-11-25T06:00:00Z');
const registration = {
  customerId: 'c1',
  channel: 'PHONE',
  categoryId: 'quality',
  severity: 'HIGH',
  emotion: 'ANGRY',
  description: '新买的冰箱不制冷',
  customerRequest: '换一台新的',
};
const proposal = {
  type: 'REPLACEMENT',
  amount: '2999.00',
  description: '仓库发新机，上门换货',
  relationship: '老客户，三年内购买五次',
  wordOfMouth: '客户在小区业主群较活跃',
  reasonableness: '产品在保修期内，诉求合理',
  companyFaultPercent: 100,
};

describe('complaint rules', () => {
  it('accept a complete registration and name each missing field', () => {
    expect(validateComplaintRegistration(registration, now)).toEqual([]);
    const fields = validateComplaintRegistration({ ...registration, customerId: ' ', emotion: null, customerRequest: '' }, now).map((v) => v.field);
    expect(fields).toEqual(['customerId', 'emotion', 'customerRequest']);
    expect(validateComplaintRegistration({ ...registration, emotion: 'BORED', productionDate: '2026-02-30' }, now)).toEqual([
      { rule: 'invalidChoice', field: 'emotion' },
      { rule: 'invalidDate', field: 'productionDate' },
    ]);
    expect(validateComplaintRegistration({ ...registration, receivedAt: new Date(now.getTime() + 3_600_000) }, now)).toEqual([{ rule: 'inFuture', field: 'receivedAt' }]);
  });

  it('need an explanation for an invalid complaint and departments for a valid one', () => {
    expect(validateAssessment({ valid: false, explanation: ' ' })).toEqual([{ rule: 'required', field: 'explanation' }]);
    expect(validateAssessment({ valid: true, departments: [] })).toEqual([{ rule: 'required', field: 'departments' }]);
    expect(validateAssessment({ valid: true, departments: ['WAREHOUSE', 'KITCHEN'] })).toEqual([{ rule: 'invalidChoice', field: 'departments' }]);
    expect(validateAssessment({ valid: true, departments: ['WAREHOUSE'] })).toEqual([]);
  });

  it('want a proposal with an amount of at least 0 and the four compensation questions answered', () => {
    expect(validateProposal(proposal)).toEqual([]);
    expect(validateProposal({ ...proposal, amount: '-1' })).toEqual([{ rule: 'negative', field: 'amount' }]);
    expect(validateProposal({ ...proposal, wordOfMouth: '', companyFaultPercent: 120 }).map((v) => v.field)).toEqual(['wordOfMouth', 'companyFaultPercent']);
    expect(validateProposal({ ...proposal, relationship: undefined, reasonableness: null, companyFaultPercent: null }).map((v) => v.field)).toEqual([
      'relationship',
      'reasonableness',
      'companyFaultPercent',
    ]);
  });

  it('raise the priority every few urges', () => {
    expect([0, 2, 3, 5, 6, 40].map((count) => priorityAfterUrges(count, 3))).toEqual(['NORMAL', 'NORMAL', 'HIGH', 'HIGH', 'URGENT', 'URGENT']);
  });
});
