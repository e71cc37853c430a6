import { operationFromDocument, type Schema } from '@apollo/federation-internals';
import type { FetchNode, QueryPlan, QueryPlanner } from '@apollo/query-planner';
import type { DocumentNode } from 'graphql';

/** How one client subscription is served: which subgraph streams it and what runs for each event. */
export interface SubscriptionPlan {
  /** The subgraph that owns the root field (read from the supergraph's join metadata); it streams events. */
  owner: string;
  /**
   * The operation sent to the owner over graphql-ws: only the fields the owner resolves, plus the keys
   * (`__typename`, `id`, …) that the entity fetches of other subgraphs' fields need.
   */
  upstream: { query: string; operationName: string | undefined; variableNames: readonly string[] };
  /**
   * The plan run on each event: its first fetch is the owner's operation above (answered with the event
   * itself), the rest are entity fetches for payload fields owned by other subgraphs.
   */
  perEvent: QueryPlan;
  /** The subgraphs asked for entity data on every event (empty when the owner resolves the whole payload). */
  entitySubgraphs: readonly string[];
}

export class NotASubscriptionError extends Error {
  constructor() {
    super('Only subscription operations are planned here');
    this.name = 'NotASubscriptionError';
  }
}

function fetchedSubgraphs(node: QueryPlan['node'], into: Set<string>): Set<string> {
  if (!node) return into;
  switch (node.kind) {
    case 'Fetch':
      into.add(node.serviceName);
      break;
    case 'Sequence':
    case 'Parallel':
      for (const child of node.nodes) fetchedSubgraphs(child, into);
      break;
    case 'Flatten':
      fetchedSubgraphs(node.node, into);
      break;
    case 'Condition':
      fetchedSubgraphs(node.ifClause, into);
      fetchedSubgraphs(node.elseClause, into);
      break;
    case 'Defer':
      fetchedSubgraphs(node.primary.node, into);
      for (const deferred of node.deferred) fetchedSubgraphs(deferred.node, into);
      break;
    case 'Subscription':
      fetchedSubgraphs(node.primary, into);
      fetchedSubgraphs(node.rest, into);
      break;
  }
  return into;
}

/**
 * Plans a validated subscription with the federation query planner, which picks the owning subgraph of the
 * root field from the join metadata (`@join__field(graph:)`, or the Subscription type's only
 * `@join__type(graph:)`) and splits the selection: what the owner can resolve goes upstream with the entity
 * keys, everything else becomes entity fetches (`_entities`) against the subgraphs that own it.
 */
export function planSubscription(
  planner: QueryPlanner,
  apiSchema: Schema,
  document: DocumentNode,
  operationName?: string,
): SubscriptionPlan {
  const operation = operationFromDocument(apiSchema, document, { operationName, validate: false });
  if (operation.rootKind !== 'subscription') throw new NotASubscriptionError();
  const plan = planner.buildQueryPlan(operation);
  const root = plan.node;
  if (root?.kind !== 'Subscription') {
    throw new Error(`Expected a subscription plan, got ${root?.kind ?? 'an empty plan'}`);
  }
  const primary: FetchNode = root.primary;
  const rest = root.rest;
  return {
    owner: primary.serviceName,
    upstream: {
      query: primary.operation,
      operationName: primary.operationName,
      variableNames: primary.variableUsages ?? [],
    },
    perEvent: {
      kind: 'QueryPlan',
      node: rest ? { kind: 'Sequence', nodes: [primary, rest] } : primary,
    },
    entitySubgraphs: [...fetchedSubgraphs(rest, new Set())],
  };
}
