/**
 * An object whose methods load their implementation on first call, so the sign-in page and the shell
 * do not wait for the code behind them. With `names`, exactly those methods exist (react-admin checks
 * which auth methods a provider has); without, any method name is delegated. `then` is never a method,
 * so awaiting the object does not mistake it for a promise.
 */
export function deferredMethods<T extends object>(load: () => Promise<T>, names?: readonly string[]): T {
  const delegate =
    (name: string) =>
    async (...args: unknown[]) =>
      ((await load()) as Record<string, (...a: unknown[]) => unknown>)[name](...args);
  if (names) return Object.fromEntries(names.map((name) => [name, delegate(name)])) as T;
  return new Proxy({} as T, {
    get: (_target, name) => (typeof name === 'string' && !NOT_METHODS.has(name) ? delegate(name) : undefined),
  });
}

/** Property names react-admin and JavaScript read as flags or protocol hooks, not as provider methods. */
const NOT_METHODS = new Set(['then', 'catch', 'finally', 'toJSON', 'supportAbortSignal', '$$typeof', 'constructor']);
