import { type Client, createClient } from 'graphql-ws';
import { createContext } from 'react';

/** Push from the API (graphql-ws on /graphql, the session cookie): what the console listens to. */
export interface PushSource {
  /**
   * Calls `onChange` when my inbox changed, and `onLive(false)` while the socket is down (the caller
   * then polls) and `onLive(true)` once it is up again. Returns the function that stops listening.
   */
  onInboxChanged(onChange: () => void, onLive: (live: boolean) => void): () => void;
}

const INBOX_CHANGED = 'subscription { myInboxChanged { kind complaintId } }';

/** The real one: one WebSocket for the tab, opened on first use and reopened (with backoff) when it drops. */
export function createPushSource(url = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`): PushSource {
  let client: Client | null = null;
  const connect = () => (client ??= createClient({ url, lazy: true, retryAttempts: Number.POSITIVE_INFINITY, shouldRetry: () => true }));
  return {
    onInboxChanged(onChange, onLive) {
      const ws = connect();
      const offs = [
        // Events sent while the socket was down are lost: a reconnection reloads once.
        ws.on('connected', () => {
          onLive(true);
          onChange();
        }),
        ws.on('closed', () => onLive(false)),
        ws.on('error', () => onLive(false)),
      ];
      const stop = ws.subscribe({ query: INBOX_CHANGED }, { next: onChange, error: () => onLive(false), complete: () => onLive(false) });
      return () => {
        stop();
        for (const off of offs) off();
      };
    },
  };
}

/** Without a provider (component tests, a browser without WebSocket) there is no push: lists poll. */
export const noPush: PushSource = {
  onInboxChanged: (_onChange, onLive) => {
    onLive(false);
    return () => undefined;
  },
};

export const PushContext = createContext<PushSource>(noPush);
