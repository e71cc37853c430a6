import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface LiveMessage {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** A graphql-ws client on the router, as a mobile app would open one. */
export function liveClient(routerUrl: string, token?: string): Client {
  return createClient({
    url: routerUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

/** Subscribes and collects messages until the subscription completes or errors. */
export function collect(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const messages: LiveMessage[] = [];
  /** performance.now() at each message's arrival, for latency measurements. */
  const arrivals: number[] = [];
  let stop = () => {};
  let settled = false;
  let failure: unknown;
  const done = new Promise<void>((resolve) => {
    const unsubscribe = client.subscribe(
      { query, variables },
      {
        next: (message) => {
          arrivals.push(performance.now());
          messages.push(message as LiveMessage);
        },
        error: (error) => {
          failure = error;
          settled = true;
          resolve();
        },
        complete: () => {
          settled = true;
          resolve();
        },
      },
    );
    stop = () => {
      unsubscribe();
      resolve();
    };
  });
  return {
    messages,
    arrivals,
    done,
    get settled() {
      return settled;
    },
    get failure() {
      return failure;
    },
    stop: () => stop(),
  };
}
