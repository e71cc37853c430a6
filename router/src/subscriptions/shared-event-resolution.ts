import { createHash } from 'node:crypto';
import type { Identity } from '@msa/auth';
import type { FormattedExecutionResult } from 'graphql-ws';
import type { SubscriptionEvent } from './resolve-event';

/**
 * Who a subscriber's entity fetches are made as, reduced to every claim of the token a subgraph may decide
 * on: user or service, its id, role, scopes and session version (a revoked session answers differently from
 * a live one). Two tokens with the same class get the same answers, so the many devices of one user share;
 * two users never do. Anonymous subscribers send no token and share with each other. The client address
 * (X-Forwarded-For) is left out: subgraphs use it for logs and rate limits, never to shape data.
 */
export function identityClass(identity: Identity | null): string {
  if (!identity) return 'anonymous';
  return JSON.stringify([
    identity.kind,
    identity.userId,
    identity.role,
    [...(identity.scopes ?? [])].sort(),
    identity.sessionVersion ?? null,
  ]);
}

/** What one subscriber's completion of one event depends on. */
export interface EventCompletionInputs {
  identity: Identity | null;
  /** The client's operation document, operation name and variables: together, its selection. */
  source: string;
  operationName: string | undefined;
  variables: Record<string, unknown>;
  /** The owner's event as this subscriber's upstream subscription delivered it. */
  event: FormattedExecutionResult;
}

/**
 * Subscribers with the same key get the same completed event: the same selection of the same owner event,
 * fetched as the same identity class. Cross-user sharing is left out on purpose: entity fields may depend on
 * who asks (a customer's email, an order's totals) and the supergraph carries no per-field hint that says
 * otherwise, so each user's fetches stay their own.
 */
export function sharingKey(inputs: EventCompletionInputs): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        identityClass(inputs.identity),
        inputs.source,
        inputs.operationName ?? null,
        inputs.variables,
        inputs.event,
      ]),
    )
    .digest('hex');
}

/**
 * Shares one completion among the subscribers that ask for the same key while it runs: when one event
 * reaches many subscribers of the same user and selection, their `_entities` fetches become one. Nothing
 * is kept after it settles, so a later event is always fetched afresh.
 */
export interface SharedEventResolution {
  run(key: string, complete: () => Promise<SubscriptionEvent>): Promise<SubscriptionEvent>;
  /** Completions in flight (for tests and metrics). */
  readonly inFlight: number;
}

export function sharedEventResolution(): SharedEventResolution {
  const running = new Map<string, Promise<SubscriptionEvent>>();
  return {
    run(key, complete) {
      const joined = running.get(key);
      if (joined) return joined;
      const started = complete().finally(() => running.delete(key));
      running.set(key, started);
      return started;
    },
    get inFlight() {
      return running.size;
    },
  };
}
