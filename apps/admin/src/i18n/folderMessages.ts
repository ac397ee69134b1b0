/**
 * A folder's labels, keyed as react-admin reads them (`resources.*`, `app.*`): zh-CN in its `messages.ts`
 * (listed in i18n/messages.ts, part of the first screen), English in its `messages.en.ts` (listed in
 * i18n/messagesEn.ts, loaded when someone switches language).
 */
export type MessageTree = { [key: string]: string | MessageTree };

/** The English tree has the zh-CN tree's keys, with any text (the type checker refuses a key missing in either). */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
