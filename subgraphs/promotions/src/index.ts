import { runSubgraph } from '@msa/subgraph-kit';
import { createPromotionsSubgraph } from './app';
import { loadPromotionsConfig } from './config';

await runSubgraph('promotions', loadPromotionsConfig, createPromotionsSubgraph);
