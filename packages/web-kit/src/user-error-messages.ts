/**
 * The one place where a `userErrors[].code` (or a reason code an order carries, such as its cancellation
 * reason or the code of a declined payment) becomes a sentence for a shopper. Codes not listed here fall back
 * to the server's own message, so a code added to the API later still reads as text, never as a raw code.
 */

export interface CodedError {
  code: string;
  message?: string | null;
}

export const USER_ERROR_MESSAGES: Readonly<Record<string, string>> = {
  // Cart
  OUT_OF_STOCK: 'Sorry, there is not enough stock of this item left.',
  QUANTITY_LIMIT: 'You have reached the most of one item a cart can hold.',
  CART_LINE_LIMIT: 'Your cart is full. Remove something to add another item.',
  INVALID_QUANTITY: 'Choose a quantity of at least 1.',
  VARIANT_NOT_FOUND: 'This item is no longer sold.',
  VARIANT_NOT_AVAILABLE: 'This item cannot be bought right now.',
  UNKNOWN_VARIANT: 'An item in your cart is no longer sold.',
  LINE_NOT_FOUND: 'That item is no longer in your cart. The cart has been refreshed.',
  CART_NOT_FOUND: 'Your cart could not be found. It may have expired; please add the items again.',
  CURRENCY_MISMATCH: 'This item is priced in another currency than your cart.',
  EMPTY_CART: 'Your cart is empty.',
  INVALID_CART: 'Something in your cart cannot be ordered. Review your cart and try again.',

  // Coupons
  COUPON_NOT_FOUND: 'We do not know this code. Check the spelling and try again.',
  COUPON_EXPIRED: 'This code has expired.',
  COUPON_INACTIVE: 'This code is not active.',
  NOT_STARTED: 'This code is not valid yet.',
  USAGE_LIMIT_REACHED: 'This code has been used up.',
  CUSTOMER_USAGE_LIMIT_REACHED: 'You have already used this code as often as allowed.',
  MIN_SUBTOTAL_NOT_MET: 'Your cart does not reach the minimum amount for this code yet.',
  MIN_QUANTITY_NOT_MET: 'Your cart does not have enough items for this code yet.',
  FIRST_ORDER_ONLY: 'This code is for a first order only.',
  COUPON_NOT_COMBINABLE: 'This code cannot be combined with another code in your cart.',
  COUPON_NOT_APPLICABLE: 'This code does not apply to the items in your cart.',
  COUPON_NOT_APPLIED: 'This code is not on your cart.',
  TOO_MANY_COUPONS: 'Your cart already has as many codes as it can take.',
  PROMOTION_NOT_APPLICABLE: 'A discount no longer applies to your cart. Review the totals and try again.',

  // Checkout, shipping and payment
  INVALID_ADDRESS: 'Check the shipping address: some details are missing or not valid.',
  SHIPPING_RATE_INVALID: 'The chosen delivery option is no longer available. Choose one again.',
  SHIPPING_RATE_NOT_FOUND: 'The chosen delivery option is no longer available. Choose one again.',
  SHIPPING_RATE_EXPIRED: 'The delivery prices have expired. Choose a delivery option again.',
  SHIPPING_RATE_DESTINATION_MISMATCH: 'The delivery option was priced for another address. Choose one again.',
  INVALID_PAYMENT_TOKEN: 'Enter a payment method.',
  INVALID_TOKEN: 'The payment method was not recognised. Try another card.',
  CARD_DECLINED: 'Your card was declined. Try another card.',
  INSUFFICIENT_FUNDS: 'Your card has insufficient funds. Try another card.',
  PAYMENT_DECLINED: 'Your payment was declined. Try another card.',
  PAYMENT_CAPTURE_FAILED: 'We could not take the payment. You have not been charged.',
  PROVIDER_UNAVAILABLE: 'The payment service is not answering right now. Please try again in a moment.',
  IDEMPOTENCY_KEY_REUSED:
    'This checkout was already submitted for another cart. Please start the checkout again.',
  SHIPMENT_CREATION_FAILED:
    'We could not arrange the delivery, so the order was cancelled. You have not been charged.',
  RESERVATION_EXPIRED: 'The items were no longer held for you, so the order was cancelled.',
  CHECKOUT_FAILED: 'The order could not be completed. You have not been charged.',

  // Orders and returns
  NOT_FOUND: 'We could not find that order.',
  ORDER_NOT_CANCELLABLE: 'This order can no longer be cancelled.',
  ORDER_NOT_PAYMENT_FAILED: 'This order is not waiting for a payment any more.',
  ORDER_NOT_DELIVERED: 'A return can be requested once the order has been delivered.',
  RETURN_WINDOW_CLOSED: 'The time to return this order has passed.',
  INVALID_RETURN_QUANTITY: 'Choose how many of each item to return, no more than you received.',
  UNKNOWN_ORDER_LINE: 'That item is not part of this order.',
  RETURN_NOT_REQUESTED: 'This return is no longer waiting for approval.',
  RETURN_NOT_PENDING: 'This return can no longer be withdrawn: its items have already come back.',
  CANCELLED_BY_CUSTOMER: 'You cancelled this order.',
  CANCELLED_BY_ADMIN: 'The shop cancelled this order.',

  // Account
  INVALID_CREDENTIALS: 'The email or password is not right.',
  EMAIL_TAKEN: 'An account with this email already exists. Sign in instead.',
  INVALID_EMAIL: 'Enter a valid email address.',
  TOO_MANY_ATTEMPTS: 'Too many attempts. Please wait a moment and try again.',
  ADDRESS_LIMIT_REACHED: 'Your address book is full. Remove an address to add another.',
};

/** The human message for one coded error: the map's text, else the server's message, else a generic one. */
export function userErrorMessage(error: CodedError): string {
  const known = USER_ERROR_MESSAGES[error.code];
  if (known) return known;
  const server = error.message?.trim();
  return server ? server : 'Something went wrong. Please try again.';
}

/** The message for a bare reason code (a cancellation reason, a declined payment's code), or null. */
export function reasonCodeMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  return USER_ERROR_MESSAGES[code] ?? null;
}

/** Every distinct message of a payload's userErrors as one text, or null when there are none. */
export function userErrorsMessage(errors: readonly CodedError[] | null | undefined): string | null {
  if (!errors || errors.length === 0) return null;
  return [...new Set(errors.map(userErrorMessage))].join(' ');
}
