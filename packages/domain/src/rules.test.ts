import { describe, expect, it } from 'vitest';
import { validateContact } from './contact/contact.rules';
import { validateCustomer } from './customer/customer.rules';
import { validateInteraction } from './interaction/interaction.rules';
import { phoneNumber } from './rules';
import { validateStaff } from './staff/staff.rules';

describe('phoneNumber', () => {
  it.each(['(021) 5888 8888', '（021）58888888', '+86 138 1234 5678', '0571-88889999-801'])('accepts %s', (phone) => {
    expect(phoneNumber('phone', phone)).toEqual([]);
  });
});

describe('required fields on update', () => {
  const now = new Date('2026-11-25T02:00:00Z');

  it('may be left out but not cleared with null', () => {
    expect(validateCustomer({ tier: null, lifecycle: null, kind: null }, 'update').map((v) => v.field)).toEqual(['kind', 'tier', 'lifecycle']);
    expect(validateStaff({ role: null, active: null }, 'update').map((v) => v.field)).toEqual(['role', 'active']);
    expect(validateInteraction({ channel: null, direction: null }, 'update', now).map((v) => v.field)).toEqual(['channel', 'direction']);
    expect(validateContact({ isPrimary: null }, 'update')).toEqual([{ rule: 'required', field: 'isPrimary' }]);
    expect(validateCustomer({}, 'update')).toEqual([]);
  });

  it('may be null on create, where the API fills in the default', () => {
    expect(validateCustomer({ name: '王芳', tier: null, lifecycle: null }, 'create')).toEqual([]);
  });
});
