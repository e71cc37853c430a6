/**
 * Who may turn a cart into an order: a guest cart belongs to whoever holds its id; a customer's cart only to
 * that customer. Staff and administrators may look at other customers' carts (support), but reading is not
 * buying: checking out someone else's cart would spend their cart on an order placed by and for the caller.
 */
export interface CartOwnershipView {
  id: string;
  isGuest?: boolean | null;
}

export function mayCheckOutCart(cart: CartOwnershipView, callersOwnCartId: string | null): boolean {
  if (cart.isGuest === true) return true;
  return callersOwnCartId !== null && callersOwnCartId === cart.id;
}
