import chineseMessages from '@haxqer/ra-language-chinese';
import englishMessages from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { i18nProvider, zhMessages } from './i18nProvider';
import { enMessages } from './messagesEn';

function leaves(tree: object, prefix = ''): Array<[string, unknown]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object' ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

describe('zh-CN messages', () => {
  it('translate every react-admin key: nothing falls back to English', () => {
    const zh = new Map(leaves(zhMessages));
    // ra.boolean.null is a blank, the same in every language.
    const english = leaves(englishMessages.ra, 'ra.').filter(([key, value]) => zh.get(key) === value && key !== 'ra.boolean.null');
    expect(english.map(([key]) => key)).toEqual([]);
  });

  it('keep the Chinese pack where it has a translation', () => {
    expect(leaves(zhMessages)).toEqual(expect.arrayContaining([['ra.action.save', (chineseMessages as { ra: { action: { save: string } } }).ra.action.save]]));
  });
});

describe('English, loaded when chosen', () => {
  it('has a label for every key of the console and the domain that zh-CN has', () => {
    const english = new Set(leaves(enMessages).map(([key]) => key));
    const missing = leaves(zhMessages)
      .map(([key]) => key)
      .filter(
        (key) =>
          (key.startsWith('app.') || key.startsWith('resources.') || key.startsWith('sanxin.')) &&
          !english.has(key) &&
          !english.has(`${key.replace(/\.name$/, '')}.name`),
      );
    expect(missing).toEqual([]);
  });

  it('switches the provider from zh-CN to English and back', async () => {
    expect(i18nProvider.translate('ra.action.save')).toBe('保存');
    await i18nProvider.changeLocale('en');
    expect(i18nProvider.translate('ra.action.save')).toBe('Save');
    expect(i18nProvider.translate('sanxin.enums.homeItem.UNREAD_NOTICES')).toBe('Unread notices');
    await i18nProvider.changeLocale('zh-CN');
    expect(i18nProvider.translate('sanxin.enums.homeItem.UNREAD_NOTICES')).toBe('未读公告');
  });
});
