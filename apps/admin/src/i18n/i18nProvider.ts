import { DEFAULT_LOCALE, type Locale } from '@sanxin/domain';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { messages } from './messages';

export { messages };

export const LOCALES = [
  { locale: 'zh-CN', name: '简体中文' },
  { locale: 'en', name: 'English' },
];

/** zh-CN first; react-admin's store remembers the user's choice in localStorage. */
export const i18nProvider = polyglotI18nProvider((locale) => messages[locale as Locale] ?? messages[DEFAULT_LOCALE], DEFAULT_LOCALE, LOCALES, {
  allowMissing: true,
});
