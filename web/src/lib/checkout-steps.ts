/**
 * Where a shopper is in the checkout: an address, then a delivery option priced for it, then a payment
 * method. Each step opens when the one before is done; the order can be placed when all three are.
 */

export type CheckoutStep = 'address' | 'delivery' | 'payment' | 'review';

export interface CheckoutChoices {
  /** The address the order ships to, once chosen (or entered and accepted). */
  addressReady: boolean;
  shippingRateId: string | null;
  paymentToken: string;
  /** Lines in the cart, and whether every one can still be bought. */
  lineCount: number;
  allPurchasable: boolean;
}

/** The first step still to do, or 'review' when everything is chosen. */
export function currentStep(choices: CheckoutChoices): CheckoutStep {
  if (!choices.addressReady) return 'address';
  if (!choices.shippingRateId) return 'delivery';
  if (!choices.paymentToken.trim()) return 'payment';
  return 'review';
}

/** Why "Place order" cannot be pressed yet, in words; null when it can. */
export function placeOrderBlocker(choices: CheckoutChoices): string | null {
  if (choices.lineCount === 0) return 'Your cart is empty.';
  if (!choices.allPurchasable) return 'Some items can no longer be bought. Remove them from your cart first.';
  switch (currentStep(choices)) {
    case 'address':
      return 'Choose a shipping address.';
    case 'delivery':
      return 'Choose a delivery option.';
    case 'payment':
      return 'Choose a payment method.';
    default:
      return null;
  }
}

/** A chosen rate survives a new list of rates only if the list still offers it. */
export function keptRateId(chosen: string | null, offered: readonly { id: string }[]): string | null {
  return chosen && offered.some((rate) => rate.id === chosen) ? chosen : null;
}
