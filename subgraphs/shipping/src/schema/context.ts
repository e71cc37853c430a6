import type { SubgraphContext } from '@msa/subgraph-kit';
import type { ShippingDeps } from '../services/shipping-deps';

export interface ShippingContext extends SubgraphContext {
  deps: ShippingDeps;
  /** The caller's verified access token, forwarded when reading their cart; null for guests. */
  accessToken: string | null;
  /**
   * The X-Forwarded-For chain the router sent (ending with the client it saw), passed on when reading the
   * cart through the router, so that read is rate-limited as the original client and not as this service.
   */
  forwardedFor: string | null;
}
