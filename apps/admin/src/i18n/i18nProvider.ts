import { DEFAULT_LOCALE } from '@sanxin/domain';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { zhMessages } from './messages';

export { zhMessages };

export const LOCALES = [
  { locale: 'zh-CN', name: '简体中文' },
  { locale: 'en', name: 'English' },
];

/** English, loaded on first use: a chunk of its own (the first screen carries zh-CN only). */
export const loadEnglish = () => import('./messagesEn').then((module) => module.enMessages);

/** zh-CN first; react-admin's store remembers the user's choice in localStorage. */
export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'en' ? loadEnglish() : zhMessages), DEFAULT_LOCALE, LOCALES, {
  allowMissing: true,
});
