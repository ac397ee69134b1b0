import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidTransitionError } from '../shared/state-machine';
import { domainMessages } from '../i18n';
import { partReplacementMachine, partReplacementNextActions } from './part-replacement.machine';
import { paidDepartmentViolations, validateForward, validatePartReplacement, validateQuote, warrantyViolations } from './part-replacement.rules';
import { DEPARTMENTS, PART_REPLACEMENT_ACTIONS, PART_REPLACEMENT_STATUSES, type PartReplacementStatus } from './part-replacement.types';

const fieldsOf = (violations: { field?: string; rule: string }[]) => violations.map((v) => `${v.field}:${v.rule}`);
const valid = { customerId: 'c1', partName: '输送带电机', quantity: 2, unitPrice: '1999.99', insideContract: false, warrantyCovered: false };

describe('part replacement machine', () => {
  it('goes requested → forwarded → quoted → accepted → done, or ends declined', () => {
    const path = ['forward', 'quote', 'accept', 'complete'] as const;
    let state: PartReplacementStatus = 'REQUESTED';
    for (const action of path) state = partReplacementMachine.assertTransition(state, action);
    expect(state).toBe('DONE');
    expect(partReplacementMachine.assertTransition('QUOTED', 'decline')).toBe('DECLINED');
    expect(partReplacementMachine.allowedActions('DECLINED')).toEqual([]);
  });

  it('forbids skipping a step', () => {
    expect(() => partReplacementMachine.assertTransition('REQUESTED', 'quote')).toThrow(InvalidTransitionError);
    expect(() => partReplacementMachine.assertTransition('FORWARDED', 'complete')).toThrow(InvalidTransitionError);
    expect(() => partReplacementMachine.assertTransition('DECLINED', 'complete')).toThrow(InvalidTransitionError);
  });

  it('never reaches a state outside the table (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PART_REPLACEMENT_ACTIONS), { maxLength: 20 }), (actions) => {
        let state: PartReplacementStatus = 'REQUESTED';
        for (const action of actions) {
          if (partReplacementMachine.canTransition(state, action)) state = partReplacementMachine.assertTransition(state, action);
          else expect(() => partReplacementMachine.assertTransition(state, action)).toThrow(InvalidTransitionError);
          expect(PART_REPLACEMENT_STATUSES).toContain(state);
        }
      }),
    );
  });

  it('offers steps to those who may edit, nothing to QA', () => {
    expect(partReplacementNextActions('QUOTED', 'AGENT', { isOwner: true })).toEqual(['accept', 'decline']);
    expect(partReplacementNextActions('QUOTED', 'QA_INSPECTOR')).toEqual([]);
  });
});

describe('validatePartReplacement', () => {
  it('accepts a valid request', () => {
    expect(validatePartReplacement(valid, 'create')).toEqual([]);
  });

  it('requires a customer, a part and a whole quantity of at least 1', () => {
    expect(fieldsOf(validatePartReplacement({ insideContract: false }, 'create'))).toEqual(['customerId:required', 'partName:required', 'quantity:required']);
    for (const quantity of [0, -1, 1.5, 100_001]) expect(fieldsOf(validatePartReplacement({ ...valid, quantity }, 'create'))).toEqual(['quantity:outOfRange']);
    expect(validatePartReplacement({ ...valid, quantity: 1 }, 'create')).toEqual([]);
  });

  it('needs a contract when inside one', () => {
    expect(fieldsOf(validatePartReplacement({ ...valid, insideContract: true }, 'create'))).toEqual(['contractId:required']);
    expect(validatePartReplacement({ ...valid, insideContract: true, contractId: 'k1' }, 'create')).toEqual([]);
  });

  it('prices a warranty-covered replacement at 0', () => {
    expect(fieldsOf(validatePartReplacement({ ...valid, warrantyCovered: true }, 'create'))).toEqual(['unitPrice:warrantyCoveredFree']);
    expect(validatePartReplacement({ ...valid, warrantyCovered: true, unitPrice: '0.00' }, 'create')).toEqual([]);
  });

  it('rejects negative prices and unknown departments', () => {
    expect(fieldsOf(validatePartReplacement({ ...valid, unitPrice: '-5', department: 'HR' }, 'create'))).toEqual(['unitPrice:negative', 'department:invalidChoice']);
  });

  it('quotes with a price unless under warranty, and forwards to a known department', () => {
    expect(fieldsOf(validateQuote(null, false))).toEqual(['unitPrice:required']);
    expect(validateQuote('350.00', false)).toEqual([]);
    expect(validateQuote(null, true)).toEqual([]);
    expect(fieldsOf(validateQuote('1.00', true))).toEqual(['unitPrice:warrantyCoveredFree']);
    expect(fieldsOf(validateForward(null))).toEqual(['department:required']);
    expect(fieldsOf(validateForward('HR'))).toEqual(['department:invalidChoice']);
    expect(validateForward('WAREHOUSE')).toEqual([]);
  });

  it('labels statuses, steps and departments and explains its rules in both locales', () => {
    for (const messages of Object.values(domainMessages)) {
      expect(Object.keys(messages.enums.partReplacementStatus).sort()).toEqual([...PART_REPLACEMENT_STATUSES].sort());
      expect(Object.keys(messages.enums.partReplacementAction).sort()).toEqual([...PART_REPLACEMENT_ACTIONS].sort());
      expect(Object.keys(messages.enums.department).sort()).toEqual([...DEPARTMENTS].sort());
      for (const rule of ['warrantyCoveredFree', 'invalidDecimal', 'negative', 'outOfRange']) expect(messages.validation).toHaveProperty(rule);
    }
  });
});

describe('warranty and paid replacements', () => {
  const contract = { startDate: '2026-01-01', warrantyEndDate: '2026-12-31' };

  it('a warranty-covered replacement falls within the contract warranty or the machine warranty, else warrantyExpired', () => {
    expect(warrantyViolations(true, { contract, machineWarrantyEndDate: null }, '2026-12-31')).toEqual([]);
    expect(warrantyViolations(true, { contract, machineWarrantyEndDate: null }, '2027-01-01')).toEqual([{ rule: 'warrantyExpired', field: 'warrantyCovered' }]);
    expect(warrantyViolations(true, { contract, machineWarrantyEndDate: null }, '2025-12-31')).toEqual([{ rule: 'warrantyExpired', field: 'warrantyCovered' }]);
    expect(warrantyViolations(true, { contract: { ...contract, warrantyEndDate: null }, machineWarrantyEndDate: null }, '2026-06-01')).toHaveLength(1);
    expect(warrantyViolations(true, { contract, machineWarrantyEndDate: '2027-06-30' }, '2027-06-30')).toEqual([]);
    expect(warrantyViolations(true, { contract: null, machineWarrantyEndDate: '2027-06-30' }, '2027-07-01')).toHaveLength(1);
    expect(warrantyViolations(true, { contract: null, machineWarrantyEndDate: null }, '2026-06-01')).toHaveLength(1);
    expect(warrantyViolations(false, { contract: null, machineWarrantyEndDate: null }, '2026-06-01')).toEqual([]);
  });

  it('property: covered exactly on the days of the contract warranty or up to the machine warranty end', () => {
    const day = fc.integer({ min: 0, max: 3 * 365 }).map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, day, fc.option(day, { nil: null }), (start, end, on, machine) => {
        const covered = warrantyViolations(true, { contract: { startDate: start, warrantyEndDate: end }, machineWarrantyEndDate: machine }, on).length === 0;
        expect(covered).toBe((start <= on && on <= end) || (machine !== null && on <= machine));
      }),
    );
  });

  it('a paid replacement goes to a business department only; a warranty one anywhere', () => {
    expect(paidDepartmentViolations(false, 'SALES', ['SALES'])).toEqual([]);
    expect(paidDepartmentViolations(false, 'WAREHOUSE', ['SALES'])).toEqual([{ rule: 'notBusinessDepartment', field: 'department', params: { allowed: 'SALES' } }]);
    expect(paidDepartmentViolations(true, 'WAREHOUSE', ['SALES'])).toEqual([]);
    expect(paidDepartmentViolations(false, null, ['SALES'])).toEqual([]);
  });

  it('a machine warranty end date is a calendar date', () => {
    expect(fieldsOf(validatePartReplacement({ ...valid, machineWarrantyEndDate: '2027-02-30' }, 'create'))).toEqual(['machineWarrantyEndDate:invalidDate']);
  });
});
