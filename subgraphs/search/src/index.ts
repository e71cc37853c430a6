import { runSubgraph } from '@msa/subgraph-kit';
import { createSearchSubgraph } from './app';
import { loadSearchConfig } from './config';

await runSubgraph('search', loadSearchConfig, createSearchSubgraph);
