import type { SubgraphContext } from '@msa/subgraph-kit';
import type { ShippingDeps } from '../services/shipping-deps';

export interface ShippingContext extends SubgraphContext {
  deps: ShippingDeps;
  /** The caller's verified access token, forwarded when reading their cart; null for guests. */
  accessToken: string | null;
}
