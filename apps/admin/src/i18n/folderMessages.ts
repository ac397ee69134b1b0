import type { Locale } from '@sanxin/domain';

export type MessageTree = { [key: string]: string | MessageTree };

/** One folder's labels in every language, keyed as react-admin reads them (`resources.*`, `app.*`). */
export type FolderMessages = Record<Locale, MessageTree>;

/** The English tree has the zh-CN tree's keys, with any text. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/**
 * A folder's `messages.ts` exports one of these: its zh-CN labels and the English ones with the same
 * keys (the type checker refuses a key missing in either). `i18n/messages.ts` merges the list.
 */
export function folderMessages<T extends MessageTree>(zhCN: T, en: Widen<T>): FolderMessages {
  return { 'zh-CN': zhCN, en: en as MessageTree };
}
