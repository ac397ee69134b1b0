import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * Same origin as the console (the API serves both, Vite proxies in dev): the httpOnly session
 * cookie travels by itself and nothing secret lives in JavaScript.
 */
export function createApolloClient(uri = '/graphql') {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'same-origin' }),
    cache: new InMemoryCache(),
    defaultOptions: { query: { fetchPolicy: 'network-only' } },
  });
}

export type SanxinApolloClient = ReturnType<typeof createApolloClient>;
