import { isStaffOrAdmin, type Identity } from '@msa/auth';
import { badUserInput, forbidden } from '@msa/subgraph-kit';
import type { EngineResult } from '../domain/promotion-engine';
import type { CartCouponRow } from '../data/cart-coupon.repo';
import type { CartFigures, PricingSources } from './pricing-sources';

/** A Cart entity as the router hands it over: the key plus the fields this subgraph @requires. */
export interface CartRepresentation {
  id: string;
  subtotal?: CartFigures['subtotal'] | null;
  lines?: CartFigures['lines'] | null;
}

/** The customer whose cart it is: recorded when they applied a coupon to their own cart, else the caller. */
function customerOf(coupons: readonly CartCouponRow[], identity: Identity | null): string | null {
  const owner = coupons.find((coupon) => coupon.ownerId !== null)?.ownerId;
  if (owner) return owner;
  return identity?.kind === 'user' ? identity.userId : null;
}

/**
 * Coupons entered on a signed-in customer's own cart are theirs: others (except staff) are refused even if
 * they call this subgraph directly with a made-up representation. Guest carts are open to whoever holds the
 * id, as in the cart service.
 */
function authorize(coupons: readonly CartCouponRow[], identity: Identity | null): void {
  const owner = coupons.find((coupon) => coupon.ownerId !== null)?.ownerId;
  if (owner && identity?.userId !== owner && !isStaffOrAdmin(identity))
    throw forbidden('This cart belongs to another customer');
}

/** Prices the carts of one request; every Cart field of the same cart shares one evaluation. */
export class CartPricing {
  private readonly results = new Map<string, Promise<EngineResult>>();

  constructor(
    private readonly sources: PricingSources,
    private readonly identity: Identity | null,
  ) {}

  async couponCodes(cartId: string): Promise<string[]> {
    const coupons = await this.sources.couponsOf(cartId);
    authorize(coupons, this.identity);
    return coupons.map((coupon) => coupon.code);
  }

  price(cart: CartRepresentation): Promise<EngineResult> {
    let result = this.results.get(cart.id);
    if (!result) {
      result = this.evaluate(cart);
      this.results.set(cart.id, result);
    }
    return result;
  }

  private async evaluate(cart: CartRepresentation): Promise<EngineResult> {
    if (!cart.subtotal || !cart.lines) {
      throw badUserInput(
        'A Cart representation must carry subtotal and lines, the fields promotions @requires',
      );
    }
    const coupons = await this.sources.couponsOf(cart.id);
    authorize(coupons, this.identity);
    const figures = { subtotal: cart.subtotal, lines: cart.lines };
    return this.sources.price(
      figures,
      coupons.map((coupon) => coupon.code),
      customerOf(coupons, this.identity),
    );
  }
}
