import type { SubgraphContext } from '@msa/subgraph-kit';
import type { CartMergeService } from '../services/cart-merge.service';
import type { CartService } from '../services/cart.service';

export interface CartContext extends SubgraphContext {
  carts: CartService;
  cartMerges: CartMergeService;
}
