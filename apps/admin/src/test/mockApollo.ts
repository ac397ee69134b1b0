import { ApolloClient, ApolloLink, InMemoryCache, Observable } from '@apollo/client';
import type { FetchResult, Operation } from '@apollo/client';

export type Responder = (operation: Operation) => FetchResult;

/** An Apollo client whose "server" is a function, so tests see the exact operations sent. */
export function mockApolloClient(respond: Responder) {
  const operations: Operation[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        operations.push(operation);
        observer.next(respond(operation));
        observer.complete();
      }),
  );
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), operations };
}
