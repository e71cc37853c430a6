import type { SubgraphContext } from '@msa/subgraph-kit';
import type { OrdersServices } from '../services/orders-services';

export interface OrdersContext extends SubgraphContext {
  services: OrdersServices;
  /** The caller's verified access token, for calls made on their behalf (reading their cart); null on graphql-ws. */
  accessToken: string | null;
  /** The caller's address (X-Forwarded-For believed only from TRUSTED_PROXIES); 'unknown' on graphql-ws. */
  clientAddress: string;
}
