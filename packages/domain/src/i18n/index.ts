import { en } from './en';
import type { Locale, Messages } from './messages';
import { zhCN } from './zh-CN';

export type { Locale, Messages } from './messages';
export const DEFAULT_LOCALE: Locale = 'zh-CN';
export const domainMessages: Record<Locale, Messages> = { 'zh-CN': zhCN, en };
