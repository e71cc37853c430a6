import { byKeys, type LoaderRegistry } from '@msa/subgraph-kit';
import { GUEST, type CartFacts, type CustomerFacts } from '../domain/cart-facts';
import { evaluatePromotions, type EngineResult } from '../domain/promotion-engine';
import type { PromotionRule } from '../domain/promotion-rules';
import { findCartCoupons, type CartCouponRow } from '../data/cart-coupon.repo';
import { findVariantFacts, type VariantCatalogFacts } from '../data/catalog.repo';
import { findCustomerHistories, type CustomerHistory } from '../data/customer-history.repo';
import type { PromotionsDb } from '../data/database';
import { findAutomaticPromotions, findPromotionsByCodes, type PromotionRecord } from '../data/promotion.repo';

/** A cart's figures as the cart service gives them (through @requires or the router). */
export interface CartFigures {
  subtotal: { amount: number; currency: string };
  lines: readonly { quantity: number; unitPrice: { amount: number }; variant: { id: string } | null }[];
}

/**
 * Everything pricing reads, batched per request with DataLoaders: one query per kind of fact however many
 * carts an `_entities` request carries, and nothing cached across requests (promotions change).
 */
export class PricingSources {
  private automatic: Promise<PromotionRecord[]> | null = null;

  constructor(
    private readonly db: PromotionsDb,
    private readonly loaders: LoaderRegistry,
    readonly now: Date,
  ) {}

  private couponLoader() {
    return this.loaders.get<string, CartCouponRow[]>('CartCoupons', async (cartIds) => {
      const rows = await findCartCoupons(this.db, cartIds);
      return cartIds.map((id) => rows.filter((row) => row.cartId === id));
    });
  }

  couponsOf(cartId: string): Promise<CartCouponRow[]> {
    return this.couponLoader().load(cartId);
  }

  /** After a mutation changed a cart's coupons, so the payload's fields read them afresh. */
  forgetCoupons(cartId: string): void {
    this.couponLoader().clear(cartId);
  }

  private variantFacts(variantIds: readonly string[]): Promise<(VariantCatalogFacts | null)[]> {
    const loader = this.loaders.get<string, VariantCatalogFacts | null>('VariantFacts', async (ids) =>
      byKeys(ids, await findVariantFacts(this.db, ids), (row) => row.variantId),
    );
    return Promise.all(variantIds.map((id) => loader.load(id)));
  }

  async cartFacts(cart: CartFigures): Promise<CartFacts> {
    const ids = cart.lines.map((line) => line.variant?.id ?? '');
    const facts = await this.variantFacts(ids);
    return {
      currency: cart.subtotal.currency,
      subtotal: cart.subtotal.amount,
      lines: cart.lines.map((line, index) => ({
        variantId: ids[index]!,
        productId: facts[index]?.productId ?? null,
        categoryIds: facts[index]?.categoryIds ?? [],
        quantity: line.quantity,
        unitPrice: line.unitPrice.amount,
      })),
    };
  }

  async customerFacts(customerId: string | null): Promise<CustomerFacts> {
    if (!customerId) return GUEST;
    const history = await this.loaders
      .get<string, CustomerHistory>('CustomerHistory', (ids) => findCustomerHistories(this.db, ids))
      .load(customerId);
    return history;
  }

  async promotionsFor(codes: readonly string[]): Promise<PromotionRule[]> {
    this.automatic ??= findAutomaticPromotions(this.db, this.now);
    const loader = this.loaders.get<string, PromotionRecord | null>('PromotionByCode', async (keys) =>
      byKeys(keys, await findPromotionsByCodes(this.db, keys), (row) => row.code!),
    );
    const [automatic, coded] = await Promise.all([
      this.automatic,
      Promise.all(codes.map((code) => loader.load(code))),
    ]);
    return [...automatic, ...coded.filter((promotion): promotion is PromotionRecord => promotion !== null)];
  }

  /** Runs the engine on a cart with these codes for this customer. */
  async price(cart: CartFigures, codes: readonly string[], customerId: string | null): Promise<EngineResult> {
    const [facts, customer, promotions] = await Promise.all([
      this.cartFacts(cart),
      this.customerFacts(customerId),
      this.promotionsFor(codes),
    ]);
    return evaluatePromotions({ cart: facts, customer, promotions, codes, now: this.now });
  }
}
