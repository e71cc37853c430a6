import type { SubgraphContext } from '@msa/subgraph-kit';
import type { InventoryDb } from '../data/database';

export interface InventoryContext extends SubgraphContext {
  db: InventoryDb;
}
