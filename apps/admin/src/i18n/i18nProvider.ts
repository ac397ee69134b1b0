import chineseMessages from '@haxqer/ra-language-chinese';
import { DEFAULT_LOCALE, domainMessages, type Locale } from '@sanxin/domain';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import englishMessages from 'ra-language-english';
import { deepMerge } from './deepMerge';
import { en } from './en';
import { zhCN } from './zh-CN';

// The Chinese pack targets react-admin 4; zh-CN.ts fills in the keys react-admin 5 added.
export const messages: Record<Locale, TranslationMessages> = {
  'zh-CN': deepMerge<TranslationMessages>(englishMessages, chineseMessages, zhCN, { sanxin: domainMessages['zh-CN'] }),
  en: deepMerge<TranslationMessages>(englishMessages, en, { sanxin: domainMessages.en }),
};

export const LOCALES = [
  { locale: 'zh-CN', name: '简体中文' },
  { locale: 'en', name: 'English' },
];

/** zh-CN first; react-admin's store remembers the user's choice in localStorage. */
export const i18nProvider = polyglotI18nProvider((locale) => messages[locale as Locale] ?? messages[DEFAULT_LOCALE], DEFAULT_LOCALE, LOCALES, {
  allowMissing: true,
});
