import type { SubgraphContext } from '@msa/subgraph-kit';
import type { Catalog } from '../services/catalog';

export interface ProductsContext extends SubgraphContext {
  catalog: Catalog;
}
