import { runSubgraph } from '@msa/subgraph-kit';
import { createShippingSubgraph } from './app';
import { loadShippingConfig } from './config';

await runSubgraph('shipping', loadShippingConfig, createShippingSubgraph);
