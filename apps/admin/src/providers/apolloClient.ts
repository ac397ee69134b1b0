import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { RetryLink } from '@apollo/client/link/retry';
import { getMainDefinition } from '@apollo/client/utilities';

/**
 * Same origin as the console (the API serves both, Vite proxies in dev): the httpOnly session
 * cookie travels by itself and nothing secret lives in JavaScript. `fetch` is for tests.
 */
export function createApolloClient(uri = '/graphql', fetch?: typeof globalThis.fetch) {
  return new ApolloClient({
    link: ApolloLink.from([idempotencyKeys, retryUnanswered, new HttpLink({ uri, credentials: 'same-origin', fetch })]),
    cache: new InMemoryCache(),
    defaultOptions: { query: { fetchPolicy: 'network-only' } },
  });
}

export type SanxinApolloClient = ReturnType<typeof createApolloClient>;

/**
 * One `Idempotency-Key` per mutation sent, i.e. per submit: set before the retry link, so a retry of
 * the same submit carries the same key and the API answers it from the first attempt's result
 * instead of creating twice (docs/api/README.md, "Idempotency-Key").
 */
const idempotencyKeys = new ApolloLink((operation, forward) => {
  const definition = getMainDefinition(operation.query);
  if (definition.kind === 'OperationDefinition' && definition.operation === 'mutation') {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({ headers: { ...headers, 'Idempotency-Key': newKey() } }));
  }
  return forward(operation);
});

/** A request that got no answer at all (network down, server restarting) is sent again, up to twice; an answer, even an error, is final. */
const retryUnanswered = new RetryLink({
  delay: { initial: 300, max: 2_000, jitter: true },
  attempts: { max: 3, retryIf: (error) => !!error && !('statusCode' in error) },
});

/** 128 random bits in hex; getRandomValues works where randomUUID does not (plain http on a LAN address). */
function newKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
