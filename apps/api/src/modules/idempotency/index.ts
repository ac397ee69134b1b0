/** What the composition root uses of the idempotency keys. */
export { idempotentMutations } from './idempotency.middleware';
