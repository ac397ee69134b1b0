import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { sanxinTypePolicies } from '@sanxin/client';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface SanxinConnection {
  apollo: ApolloClient;
  /** The graphql-ws client, null without a token (subscriptions need a session). */
  socket: Client | null;
  close(): Promise<void>;
}

/**
 * An Apollo Client 4 for the Sanxin API at `url` (…/graphql): queries and mutations over HTTP with
 * `Authorization: Bearer <token>`, subscriptions over graphql-ws on the same URL with the token in the
 * connection parameters, and a cache whose paged lists merge `fetchMore` pages (@sanxin/client).
 */
export function connect(url: string, token: string | null, pagedLists: readonly string[] = ['customers']): SanxinConnection {
  const http = new HttpLink({ uri: url, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const socket = token
    ? createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 })
    : null;
  const link = socket
    ? ApolloLink.split(
        ({ query }) => {
          const definition = getMainDefinition(query);
          return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
        },
        new GraphQLWsLink(socket),
        http,
      )
    : http;
  const apollo = new ApolloClient({ link, cache: new InMemoryCache({ typePolicies: sanxinTypePolicies(pagedLists) }) });
  return {
    apollo,
    socket,
    async close() {
      apollo.stop();
      await socket?.dispose();
    },
  };
}
