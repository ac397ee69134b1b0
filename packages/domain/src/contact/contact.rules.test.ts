import { describe, expect, it } from 'vitest';
import { validateContact } from './contact.rules';

describe('validateContact', () => {
  it('accepts a valid contact person', () => {
    expect(validateContact({ name: '李经理', position: '采购部经理', phone: '13912345678', email: 'li@example.com' }, 'create')).toEqual([]);
  });

  it.each([undefined, null, '', ' \t '])('requires a name on create (%j)', (name) => {
    expect(validateContact({ name }, 'create')).toEqual([{ rule: 'required', field: 'name' }]);
  });

  it('limits name and position to 50 characters, a 4-byte character counting as one', () => {
    expect(validateContact({ name: '𠮷'.repeat(50), position: '字'.repeat(50) }, 'create')).toEqual([]);
    expect(validateContact({ name: '𠮷'.repeat(51), position: '字'.repeat(51) }, 'create')).toEqual([
      { rule: 'tooLong', field: 'name', params: { max: 50 } },
      { rule: 'tooLong', field: 'position', params: { max: 50 } },
    ]);
  });

  it('rejects an invalid phone or email', () => {
    expect(validateContact({ name: '李经理', phone: '请拨总机', email: 'li@example' }, 'create')).toEqual([
      { rule: 'invalidPhone', field: 'phone' },
      { rule: 'invalidEmail', field: 'email' },
    ]);
  });

  it('on update checks only the fields present, but a present name cannot be blank', () => {
    expect(validateContact({}, 'update')).toEqual([]);
    expect(validateContact({ position: '总经理' }, 'update')).toEqual([]);
    expect(validateContact({ phone: '12' }, 'update')).toEqual([{ rule: 'invalidPhone', field: 'phone' }]);
    expect(validateContact({ name: '' }, 'update')).toEqual([{ rule: 'required', field: 'name' }]);
  });
});
