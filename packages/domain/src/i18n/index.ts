import { en } from './en';
import type { Locale, Messages } from './messages';
import { zhCN } from './zh-CN';

export type { Locale, Messages } from './messages';
export const DEFAULT_LOCALE: Locale = 'zh-CN';
export const domainMessages: Record<Locale, Messages> = { 'zh-CN': zhCN, en };
/** Each language on its own, so a console can load the one it does not start with only when asked. */
export { en as domainMessagesEn, zhCN as domainMessagesZhCN };
