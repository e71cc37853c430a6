import type { SubgraphContext } from '@msa/subgraph-kit';
import type { NotificationsServices } from '../services/notifications-services';

export interface NotificationsContext extends SubgraphContext {
  services: NotificationsServices;
}
