import type { Logger } from '@msa/subgraph-kit';
import type { CartMergeRepo } from '../data/cart-merge.repo';
import type { CartStore } from '../data/cart.store';
import type { CustomerCartRepo } from '../data/customer-cart.repo';
import type { CartDb } from '../data/database';
import type { VariantSnapshotRepo } from '../data/variant-snapshot.repo';
import type { CartLimits } from '../domain/cart';
import type { CartViolation } from '../domain/cart-error-codes';
import type { PricedCart } from '../domain/cart-pricing';

/** Everything the cart services work with, wired once by the app factory. */
export interface CartDeps {
  prisma: CartDb;
  customerCarts: CustomerCartRepo;
  merges: CartMergeRepo;
  variants: VariantSnapshotRepo;
  store: CartStore;
  limits: CartLimits;
  defaultCurrency: string;
  logger: Logger;
}

/** What a cart mutation answers: the cart after the change (or as it stands, when refused) and why not. */
export interface CartOutcome {
  cart: PricedCart | null;
  userErrors: CartViolation[];
}
