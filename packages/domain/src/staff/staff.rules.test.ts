import { describe, expect, it } from 'vitest';
import { PASSWORD_MIN_LENGTH } from './password.rules';
import { type StaffDraft, validateStaff } from './staff.rules';
import { JOB_TYPES, ROLES } from './staff.types';

const valid: StaffDraft = {
  username: 'zhang.san',
  name: '张三',
  role: 'AGENT',
  jobType: 'PHONE',
  skillLevel: 3,
  phone: '13812345678',
  password: 'correct-horse-9',
};
const fieldsOf = (draft: StaffDraft, mode: 'create' | 'update' = 'create') => validateStaff(draft, mode).map((v) => `${v.field}:${v.rule}`);

describe('validateStaff', () => {
  it('accepts a valid new staff member', () => {
    expect(validateStaff(valid, 'create')).toEqual([]);
  });

  it('requires name, role, username and password on create', () => {
    expect(fieldsOf({}).sort()).toEqual(['name:required', 'password:required', 'role:required', 'username:invalidUsername']);
  });

  it.each(['qa', 'li', 'zhang.san', 'wang_wu-2', 'a1', `a${'b'.repeat(31)}`])('accepts the username %s', (username) => {
    expect(fieldsOf({ ...valid, username })).toEqual([]);
  });

  it.each(['q', 'Qa', 'ZhangSan', '1qa', '.qa', '_qa', 'zhang san', '张三', 'li@sanxin', '', `a${'b'.repeat(32)}`])(
    'rejects the username %j',
    (username) => {
      expect(fieldsOf({ ...valid, username })).toEqual(['username:invalidUsername']);
    },
  );

  it('requires a password of at least 10 characters', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(10);
    expect(validateStaff({ ...valid, password: '123456789' }, 'create')).toEqual([
      { rule: 'tooShort', field: 'password', params: { min: 10 } },
    ]);
    expect(validateStaff({ ...valid, password: 'Lm4-river-9x' }, 'create')).toEqual([]);
  });

  it.each([1, 2, 5])('accepts skill level %d', (skillLevel) => {
    expect(fieldsOf({ ...valid, skillLevel })).toEqual([]);
  });

  it.each([0, 6, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects skill level %d', (skillLevel) => {
    expect(validateStaff({ ...valid, skillLevel }, 'create')).toEqual([
      { rule: 'outOfRange', field: 'skillLevel', params: { min: 1, max: 5 } },
    ]);
  });

  it('leaves the skill level optional on create, but an update cannot clear it', () => {
    expect(fieldsOf({ ...valid, skillLevel: null })).toEqual([]);
    expect(validateStaff({ skillLevel: null }, 'update')).toEqual([{ rule: 'required', field: 'skillLevel' }]);
    expect(fieldsOf({ ...valid, skillLevel: undefined })).toEqual([]);
  });

  it('rejects unknown roles and job types, accepts the known ones', () => {
    expect(fieldsOf({ ...valid, role: 'SUPERUSER', jobType: 'SALES' }).sort()).toEqual(['jobType:invalidChoice', 'role:invalidChoice']);
    for (const role of ROLES) expect(fieldsOf({ ...valid, role })).toEqual([]);
    for (const jobType of JOB_TYPES) expect(fieldsOf({ ...valid, jobType })).toEqual([]);
  });

  it('rejects a blank or over-long name and an invalid phone', () => {
    expect(fieldsOf({ ...valid, name: ' ' })).toEqual(['name:required']);
    expect(fieldsOf({ ...valid, name: '𠮷'.repeat(50) })).toEqual([]);
    expect(fieldsOf({ ...valid, name: '𠮷'.repeat(51) })).toEqual(['name:tooLong']);
    expect(fieldsOf({ ...valid, phone: 'ext. 8' })).toEqual(['phone:invalidPhone']);
  });

  describe('on update', () => {
    it('checks only the fields present', () => {
      expect(validateStaff({}, 'update')).toEqual([]);
      expect(validateStaff({ skillLevel: 4 }, 'update')).toEqual([]);
    });

    it('does not require a new password, but checks one that is given', () => {
      expect(fieldsOf({ name: '张三' }, 'update')).toEqual([]);
      expect(fieldsOf({ password: 'short' }, 'update')).toEqual(['password:tooShort']);
    });

    it('checks a username that is present, even null', () => {
      expect(fieldsOf({ username: 'Bad Name' }, 'update')).toEqual(['username:invalidUsername']);
      expect(fieldsOf({ username: null }, 'update')).toEqual(['username:invalidUsername']);
      expect(fieldsOf({ username: 'qa' }, 'update')).toEqual([]);
    });

    it('does not let a present name be blanked', () => {
      expect(fieldsOf({ name: '' }, 'update')).toEqual(['name:required']);
    });
  });
});
