import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

/**
 * A page that loads when first shown: each resource and page is its own chunk, so the sign-in page
 * and the shell come first (decision 0028). `name` is the page's named export.
 */
// `any` is React.lazy's own constraint; the page keeps its props type.
export function lazyPage<M extends Record<K, ComponentType<any>>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(async () => ({ default: (await load())[name] }));
}
