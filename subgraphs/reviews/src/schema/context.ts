import type { SubgraphContext } from '@msa/subgraph-kit';
import type { ReviewsDb } from '../data/database';

export interface ReviewsContext extends SubgraphContext {
  db: ReviewsDb;
}
