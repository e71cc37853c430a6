import { runSubgraph } from '@msa/subgraph-kit';
import { createCartSubgraph } from './app';
import { loadCartConfig } from './config';

await runSubgraph('cart', loadCartConfig, createCartSubgraph);
