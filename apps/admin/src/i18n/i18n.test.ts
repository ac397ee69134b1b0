import chineseMessages from '@haxqer/ra-language-chinese';
import englishMessages from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { messages } from './i18nProvider';

function leaves(tree: object, prefix = ''): Array<[string, unknown]> {
  return Object.entries(tree).flatMap(([key, value]) => (value && typeof value === 'object' ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]]));
}

describe('zh-CN messages', () => {
  it('translate every react-admin key: nothing falls back to English', () => {
    const zh = new Map(leaves(messages['zh-CN']));
    // ra.boolean.null is a blank, the same in every language.
    const english = leaves(englishMessages.ra, 'ra.').filter(([key, value]) => zh.get(key) === value && key !== 'ra.boolean.null');
    expect(english.map(([key]) => key)).toEqual([]);
  });

  it('keep the Chinese pack where it has a translation', () => {
    expect(leaves(messages['zh-CN'])).toEqual(expect.arrayContaining([['ra.action.save', (chineseMessages as { ra: { action: { save: string } } }).ra.action.save]]));
  });
});
