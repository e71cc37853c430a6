import { runSubgraph } from '@msa/subgraph-kit';
import { createReviewsSubgraph } from './app';
import { loadReviewsConfig } from './config';

await runSubgraph('reviews', loadReviewsConfig, createReviewsSubgraph);
