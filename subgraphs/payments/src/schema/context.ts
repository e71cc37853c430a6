import type { SubgraphContext } from '@msa/subgraph-kit';
import type { PaymentDeps } from '../services/payment-deps';
import type { QueryScope } from '../services/payment-queries';

export interface PaymentsContext extends SubgraphContext {
  deps: PaymentDeps;
}

/** What the read services need from a request: the database, the request's loaders and the caller. */
export function queryScope(ctx: PaymentsContext): QueryScope {
  return { db: ctx.deps.db, loaders: ctx.loaders, identity: ctx.identity };
}
