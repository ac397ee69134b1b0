import type { zhCN } from './zh-CN';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** Every locale has exactly the keys of zh-CN, the reference locale. */
export type Messages = Widen<typeof zhCN>;
export type Locale = 'zh-CN' | 'en';
