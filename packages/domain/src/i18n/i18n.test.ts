import { describe, expect, it } from 'vitest';
import { validateContact } from '../contact/contact.rules';
import { validateCustomer } from '../customer/customer.rules';
import { CUSTOMER_KINDS, CUSTOMER_SOURCES, CUSTOMER_TIERS, LIFECYCLE_STAGES } from '../customer/customer.types';
import { validateInteraction } from '../interaction/interaction.rules';
import { INTERACTION_CHANNELS, INTERACTION_DIRECTIONS, INTERACTION_OUTCOMES } from '../interaction/interaction.types';
import { validateStaff } from '../staff/staff.rules';
import { validatePassword } from '../staff/password.rules';
import { JOB_TYPES, ROLES } from '../staff/staff.types';
import { DEFAULT_LOCALE, domainMessages, type Locale } from './index';

const LOCALES = Object.keys(domainMessages) as Locale[];

/** Every leaf of a message tree as a dotted path: enums.role.AGENT, validation.required, ... */
function leafPaths(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? leafPaths(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function leafAt(tree: object, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], tree);
}

const ENUMS: [keyof (typeof domainMessages)['en']['enums'], readonly string[]][] = [
  ['role', ROLES],
  ['jobType', JOB_TYPES],
  ['kind', CUSTOMER_KINDS],
  ['tier', CUSTOMER_TIERS],
  ['lifecycle', LIFECYCLE_STAGES],
  ['source', CUSTOMER_SOURCES],
  ['channel', INTERACTION_CHANNELS],
  ['direction', INTERACTION_DIRECTIONS],
  ['outcome', INTERACTION_OUTCOMES],
];

describe('domain messages', () => {
  it('speak Chinese first and English second', () => {
    expect(DEFAULT_LOCALE).toBe('zh-CN');
    expect(LOCALES.sort()).toEqual(['en', 'zh-CN']);
  });

  it('have exactly the same keys in zh-CN and en, at every depth', () => {
    expect(leafPaths(domainMessages.en).sort()).toEqual(leafPaths(domainMessages['zh-CN']).sort());
  });

  it.each(LOCALES)('%s has a non-empty text for every key', (locale) => {
    for (const path of leafPaths(domainMessages[locale])) {
      const text = leafAt(domainMessages[locale], path);
      expect(typeof text === 'string' && text.trim() !== '', `${locale} ${path}`).toBe(true);
    }
  });

  it('writes the zh-CN texts in Chinese', () => {
    for (const path of leafPaths(domainMessages['zh-CN'])) {
      expect(leafAt(domainMessages['zh-CN'], path), path).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('uses the same %{placeholders} in both locales', () => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const path of leafPaths(domainMessages['zh-CN'])) {
      expect(placeholders(leafAt(domainMessages.en, path)), path).toEqual(placeholders(leafAt(domainMessages['zh-CN'], path)));
    }
  });

  it.each(ENUMS)('labels exactly the %s values in both locales', (group, values) => {
    for (const locale of LOCALES) {
      expect(Object.keys(domainMessages[locale].enums[group]).sort(), `${locale} ${group}`).toEqual([...values].sort());
    }
  });

  it('has a message in both locales for every rule the validators report', () => {
    const now = new Date('2025-03-14T01:00:00Z');
    const violations = [
      ...validateCustomer({ name: ' ', phone: 'x', email: 'y', tier: 'Z', tags: Array(11).fill('t'), notes: 'n'.repeat(2001) }, 'create'),
      ...validateContact({ name: '', phone: '1' }, 'create'),
      ...validateInteraction({ channel: 'FAX', occurredAt: new Date(now.getTime() + 3_600_000) }, 'create', now),
      ...validateStaff({ username: 'X', password: 'short', skillLevel: 9 }, 'create'),
      ...validatePassword('wangfang-2026', 'wangfang'),
      ...validatePassword('1234567890', 'wangfang'),
    ];
    const rules = [...new Set(violations.map((v) => v.rule))].sort();
    expect(rules).toEqual(
      ['required', 'tooLong', 'tooShort', 'tooMany', 'invalidChoice', 'invalidPhone', 'invalidEmail', 'invalidUsername', 'outOfRange', 'inFuture', 'passwordHasUsername', 'commonPassword'].sort(),
    );
    for (const rule of rules) {
      expect(domainMessages['zh-CN'].validation, rule).toHaveProperty(rule);
      expect(domainMessages.en.validation, rule).toHaveProperty(rule);
    }
  });
});
