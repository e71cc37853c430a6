import { runSubgraph } from '@msa/subgraph-kit';
import { createProductsSubgraph } from './app';
import { loadProductsConfig } from './config';
import { createImageStorage } from './storage/create-image-storage';

await runSubgraph('products', loadProductsConfig, async (options) =>
  createProductsSubgraph({ ...options, storage: await createImageStorage(options.storage) }),
);
