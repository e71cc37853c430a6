import type { CartTx, CartDb } from './database';

export interface MergeRecord {
  guestCartId: string;
  customerId: string;
  cartId: string;
}

/** Which guest carts were already folded into which customer cart. */
export class CartMergeRepo {
  constructor(private readonly prisma: CartDb) {}

  find(guestCartId: string): Promise<MergeRecord | null> {
    return this.prisma.cartMerge.findUnique({
      where: { guestCartId },
      select: { guestCartId: true, customerId: true, cartId: true },
    });
  }

  /** Records the merge; false when another request recorded it first (its transaction then did the work). */
  async record(tx: CartTx, merge: MergeRecord): Promise<boolean> {
    const { count } = await tx.cartMerge.createMany({ data: [merge], skipDuplicates: true });
    return count === 1;
  }
}
