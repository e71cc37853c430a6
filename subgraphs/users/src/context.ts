import type { SubgraphContext } from '@msa/subgraph-kit';
import type { UsersServices } from './services/users-services';

/** The kit's request context plus the caller's address (for sign-in throttling) and this subgraph's services. */
export interface UsersContext extends SubgraphContext {
  clientIp: string;
  services: UsersServices;
}
