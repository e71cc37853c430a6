import type { Identity } from '@msa/auth';
import { badUserInput } from '@msa/subgraph-kit';
import { randomUUID } from 'node:crypto';
import type { CartRecord } from '../domain/cart';
import type { CartViolation } from '../domain/cart-error-codes';
import { addLine, clearLines, removeLine, setLineQuantity } from '../domain/cart-editing';
import type { PricedCart } from '../domain/cart-pricing';
import { assertCanRead, assertCanWrite } from './cart-access';
import type { CartDeps, CartOutcome } from './cart-deps';
import { CartEditor, cartNotFound, type CartEdit, type EditTarget } from './cart-editor';
import { CartReader } from './cart-reader';

/** The cart use cases behind the GraphQL API; resolvers call one method each. */
export class CartService {
  private readonly reader: CartReader;
  private readonly editor: CartEditor;

  constructor(private readonly deps: CartDeps) {
    this.reader = new CartReader(deps);
    this.editor = new CartEditor(deps);
  }

  /**
   * A cart by id (guest carts by anyone holding the id, customer carts by their owner or staff), or the
   * caller's own cart when no id is given. Null when there is no such cart.
   */
  async getCart(identity: Identity | null, cartId: string | null | undefined): Promise<PricedCart | null> {
    let cart: CartRecord | null;
    if (cartId) {
      cart = await this.reader.findById(cartId);
      if (cart) assertCanRead(cart, identity);
    } else {
      cart = identity ? await this.reader.findOwn(identity.userId) : null;
    }
    return cart ? this.reader.price(cart) : null;
  }

  addToCart(
    identity: Identity | null,
    cartId: string | null | undefined,
    variantId: string,
    quantity: number,
  ): Promise<CartOutcome> {
    return this.edit(
      identity,
      cartId,
      true,
      (cart, variants, now) =>
        addLine(cart, { variantId, quantity, newLineId: randomUUID(), now }, variants, this.deps.limits),
      [variantId],
    );
  }

  updateLine(
    identity: Identity | null,
    cartId: string | null | undefined,
    lineId: string,
    quantity: number,
  ): Promise<CartOutcome> {
    return this.edit(identity, cartId, false, (cart, variants, now) =>
      setLineQuantity(cart, lineId, quantity, variants, this.deps.limits, now),
    );
  }

  removeLine(
    identity: Identity | null,
    cartId: string | null | undefined,
    lineId: string,
  ): Promise<CartOutcome> {
    return this.edit(identity, cartId, false, (cart, _variants, now) => removeLine(cart, lineId, now));
  }

  clear(identity: Identity | null, cartId: string | null | undefined): Promise<CartOutcome> {
    return this.edit(identity, cartId, false, (cart, _variants, now) => ({
      ok: true,
      cart: clearLines(cart, now),
    }));
  }

  private async edit(
    identity: Identity | null,
    cartId: string | null | undefined,
    mayCreate: boolean,
    edit: CartEdit,
    extraVariantIds: string[] = [],
  ): Promise<CartOutcome> {
    const target = await this.targetOf(identity, cartId, mayCreate);
    if ('code' in target) return { cart: null, userErrors: [target] };
    return this.editor.apply(target, edit, extraVariantIds);
  }

  /** Resolves which cart a mutation changes and checks the caller may change it. */
  private async targetOf(
    identity: Identity | null,
    cartId: string | null | undefined,
    mayCreate: boolean,
  ): Promise<EditTarget | CartViolation> {
    if (!cartId) {
      if (identity) return { kind: 'customer', customerId: identity.userId };
      if (mayCreate) return { kind: 'new-guest' };
      throw badUserInput('cartId is required when not signed in', ['cartId']);
    }
    const cart = await this.reader.findById(cartId);
    if (!cart) return cartNotFound();
    assertCanWrite(cart, identity);
    return cart.customerId
      ? { kind: 'customer', customerId: cart.customerId }
      : { kind: 'guest', cartId: cart.id };
  }
}
