import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainMessages } from '../i18n';
import { CUSTOMER_LIMITS, isCustomerSource, validateCustomer } from './customer.rules';
import { CUSTOMER_KINDS, CUSTOMER_TIERS, type CustomerDraft, LIFECYCLE_STAGES } from './customer.types';

const rulesOf = (violations: { rule: string; field?: string }[]) => violations.map((v) => `${v.field}:${v.rule}`);

describe('validateCustomer on create', () => {
  it('accepts a complete, valid customer', () => {
    expect(
      validateCustomer(
        {
          kind: 'COMPANY',
          name: '上海三心物流有限公司',
          company: '三心集团',
          phone: '+86 138-1234-5678',
          email: 'service@sanxin.example.cn',
          address: '上海市浦东新区世纪大道100号',
          tier: 'A',
          lifecycle: 'ACTIVE',
          tags: ['重点', '物流'],
          notes: '每月回访',
        },
        'create',
      ),
    ).toEqual([]);
  });

  it.each([
    ['missing', undefined],
    ['null', null],
    ['empty', ''],
    ['spaces only', '   '],
    ['an ideographic space only', '\u3000'],
  ])('requires a name (%s)', (_, name) => {
    expect(validateCustomer({ name }, 'create')).toEqual([{ rule: 'required', field: 'name' }]);
  });

  it('counts the name length in characters, a 4-byte character counting as one', () => {
    expect(validateCustomer({ name: '𠮷'.repeat(100) }, 'create')).toEqual([]);
    expect(validateCustomer({ name: '𠮷'.repeat(101) }, 'create')).toEqual([
      { rule: 'tooLong', field: 'name', params: { max: CUSTOMER_LIMITS.name } },
    ]);
    expect(validateCustomer({ name: 'a'.repeat(101) }, 'create')).toEqual([
      { rule: 'tooLong', field: 'name', params: { max: 100 } },
    ]);
  });

  it.each([
    ['company', 200],
    ['address', 300],
    ['notes', 2000],
  ] as const)('limits %s to %i characters', (field, max) => {
    expect(validateCustomer({ name: '张三', [field]: '字'.repeat(max) }, 'create')).toEqual([]);
    expect(validateCustomer({ name: '张三', [field]: '字'.repeat(max + 1) }, 'create')).toEqual([
      { rule: 'tooLong', field, params: { max } },
    ]);
  });

  it.each(['13812345678', '021-58888888', '0571 8888 9999', '95588', '+86 13812345678', '021-58888888-123'])(
    'accepts the phone number %s',
    (phone) => {
      expect(validateCustomer({ name: '张三', phone }, 'create')).toEqual([]);
    },
  );

  it.each(['abc', '1234', '138-1234-567a', '1'.repeat(21), '+', '-13812345678', '１３８１２３４５６７８'])(
    'rejects the phone number %s',
    (phone) => {
      expect(validateCustomer({ name: '张三', phone }, 'create')).toEqual([{ rule: 'invalidPhone', field: 'phone' }]);
    },
  );

  it.each(['zhangsan', 'a@b', 'a b@c.com', 'a@@b.com', '@example.com', `${'a'.repeat(250)}@b.cn`])(
    'rejects the email %s',
    (email) => {
      expect(validateCustomer({ name: '张三', email }, 'create')).toEqual([{ rule: 'invalidEmail', field: 'email' }]);
    },
  );

  it('treats an empty phone or email as absent', () => {
    expect(validateCustomer({ name: '张三', phone: '', email: '' }, 'create')).toEqual([]);
  });

  it('accepts up to 10 tags and rejects 11', () => {
    const tags = (n: number) => Array.from({ length: n }, (_, i) => `标签${i}`);
    expect(validateCustomer({ name: '张三', tags: tags(10) }, 'create')).toEqual([]);
    expect(validateCustomer({ name: '张三', tags: tags(11) }, 'create')).toEqual([
      { rule: 'tooMany', field: 'tags', params: { max: 10 } },
    ]);
  });

  it('rejects a blank or over-long tag, reporting it once', () => {
    expect(rulesOf(validateCustomer({ name: '张三', tags: ['ok', ' ', ''] }, 'create'))).toEqual(['tags:required']);
    expect(validateCustomer({ name: '张三', tags: ['字'.repeat(21)] }, 'create')).toEqual([
      { rule: 'tooLong', field: 'tags', params: { max: 20 } },
    ]);
    expect(validateCustomer({ name: '张三', tags: ['字'.repeat(20)] }, 'create')).toEqual([]);
  });

  it.each([
    ['tier', 'D'],
    ['tier', 'a'],
    ['lifecycle', 'LOST'],
    ['lifecycle', ''],
    ['kind', 'GOVERNMENT'],
  ])('rejects %s %j', (field, value) => {
    expect(validateCustomer({ name: '张三', [field]: value }, 'create')).toEqual([{ rule: 'invalidChoice', field }]);
  });

  it('accepts every tier, lifecycle stage and kind', () => {
    for (const tier of CUSTOMER_TIERS) expect(validateCustomer({ name: '张三', tier }, 'create')).toEqual([]);
    for (const lifecycle of LIFECYCLE_STAGES) expect(validateCustomer({ name: '张三', lifecycle }, 'create')).toEqual([]);
    for (const kind of CUSTOMER_KINDS) expect(validateCustomer({ name: '张三', kind }, 'create')).toEqual([]);
  });

  it('reports every broken field at once', () => {
    const violations = validateCustomer({ name: ' ', phone: 'x', email: 'y', tier: 'Z' }, 'create');
    expect(rulesOf(violations).sort()).toEqual(['email:invalidEmail', 'name:required', 'phone:invalidPhone', 'tier:invalidChoice']);
  });
});

describe('validateCustomer on update', () => {
  it('checks only the fields present', () => {
    expect(validateCustomer({}, 'update')).toEqual([]);
    expect(validateCustomer({ tier: 'B' }, 'update')).toEqual([]);
    expect(validateCustomer({ tier: 'X' }, 'update')).toEqual([{ rule: 'invalidChoice', field: 'tier' }]);
  });

  it('does not let a present name be blanked or cleared', () => {
    expect(validateCustomer({ name: '  ' }, 'update')).toEqual([{ rule: 'required', field: 'name' }]);
    expect(validateCustomer({ name: null }, 'update')).toEqual([{ rule: 'required', field: 'name' }]);
  });

  it('still limits lengths of present fields', () => {
    expect(validateCustomer({ notes: 'x'.repeat(2001) }, 'update')).toEqual([{ rule: 'tooLong', field: 'notes', params: { max: 2000 } }]);
  });
});

describe('isCustomerSource', () => {
  it('knows the sources and nothing else', () => {
    expect(isCustomerSource('HOTLINE')).toBe(true);
    expect(isCustomerSource('hotline')).toBe(false);
    expect(isCustomerSource('')).toBe(false);
  });
});

describe('validateCustomer property', () => {
  const text = fc.option(fc.string({ unit: 'binary', maxLength: 120 }), { nil: undefined });
  const nullable = fc.oneof(text, fc.constant(null));
  const draft = fc.record(
    {
      // `kind` is typed, but the API may still receive any string.
      kind: nullable as fc.Arbitrary<CustomerDraft['kind']>,
      name: nullable,
      company: nullable,
      phone: nullable,
      email: nullable,
      address: nullable,
      tier: nullable,
      lifecycle: nullable,
      tags: fc.option(fc.array(fc.string({ unit: 'binary', maxLength: 25 }), { maxLength: 14 }), { nil: undefined }),
      notes: nullable,
    },
    { requiredKeys: [] },
  );
  const fields = ['kind', 'name', 'company', 'phone', 'email', 'address', 'tier', 'lifecycle', 'tags', 'notes'];

  it('never throws, and every violation names a known field and a rule with a message in both locales', () => {
    fc.assert(
      fc.property(draft, fc.constantFrom('create' as const, 'update' as const), (input, mode) => {
        for (const violation of validateCustomer(input, mode)) {
          expect(fields).toContain(violation.field);
          expect(domainMessages['zh-CN'].validation).toHaveProperty(violation.rule);
          expect(domainMessages.en.validation).toHaveProperty(violation.rule);
        }
      }),
    );
  });

  it('rejects any tier outside A, B, C', () => {
    fc.assert(
      fc.property(fc.string().filter((s) => !(CUSTOMER_TIERS as readonly string[]).includes(s)), (tier) => {
        expect(validateCustomer({ tier }, 'update')).toEqual([{ rule: 'invalidChoice', field: 'tier' }]);
      }),
    );
  });
});
