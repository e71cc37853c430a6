/**
 * The test cards of the simulated provider. A token stands for a card the storefront tokenized; the card
 * number itself never reaches this service.
 */
export interface CardDetails {
  brand: string;
  last4: string;
}

export type TokenBehaviour =
  | { kind: 'succeed' }
  | { kind: 'decline'; code: 'CARD_DECLINED' | 'INSUFFICIENT_FUNDS'; message: string }
  /** The first request for an idempotency key times out before the provider acts; a retry succeeds. */
  | { kind: 'timeout-once' };

export interface TestCard {
  card: CardDetails;
  behaviour: TokenBehaviour;
}

export const TEST_CARDS: Readonly<Record<string, TestCard>> = Object.freeze({
  tok_visa: { card: { brand: 'visa', last4: '4242' }, behaviour: { kind: 'succeed' } },
  tok_mastercard: { card: { brand: 'mastercard', last4: '4444' }, behaviour: { kind: 'succeed' } },
  tok_amex: { card: { brand: 'amex', last4: '8431' }, behaviour: { kind: 'succeed' } },
  tok_chargeDeclined: {
    card: { brand: 'visa', last4: '0002' },
    behaviour: { kind: 'decline', code: 'CARD_DECLINED', message: 'Your card was declined.' },
  },
  tok_insufficientFunds: {
    card: { brand: 'visa', last4: '9995' },
    behaviour: { kind: 'decline', code: 'INSUFFICIENT_FUNDS', message: 'Your card has insufficient funds.' },
  },
  tok_timeout: { card: { brand: 'visa', last4: '3220' }, behaviour: { kind: 'timeout-once' } },
});

/** The test card a token stands for; null for a token the provider never issued. */
export function testCardFor(token: string): TestCard | null {
  return Object.hasOwn(TEST_CARDS, token) ? TEST_CARDS[token]! : null;
}

/** How a payment method reads to people, e.g. "card •••• 4242 (visa)". */
export function describePaymentMethod(card: CardDetails | null): string {
  return card ? `card •••• ${card.last4} (${card.brand})` : 'card';
}
