import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

/** The first event of a subscription over graphql-ws, or the error the server answers with. */
export function firstEvent(url: string, query: string, connectionParams: Record<string, unknown>, headers: Record<string, string> = {}) {
  const client = createClient({
    url: `${url.replace(/^http/, 'ws').replace(/\/graphql$/, '')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    },
    connectionParams,
    retryAttempts: 0,
  });
  const subscription = client.iterate<Record<string, { kind: string; complaintId: string | null }>>({ query });
  const first = subscription.next().finally(() => subscription.return?.().then(() => client.dispose()));
  // graphql-ws acknowledges the connection before the subscription runs: give the server a moment to start listening.
  return { first, subscribed: new Promise((resolve) => setTimeout(resolve, 300)) };
}
