import { describe, expect, it } from 'vitest';
import {
  reasonCodeMessage,
  USER_ERROR_MESSAGES,
  userErrorMessage,
  userErrorsMessage,
} from './user-error-messages';

describe('userErrorMessage', () => {
  it('turns a known code into the human message, whatever the server said', () => {
    expect(userErrorMessage({ code: 'CARD_DECLINED', message: 'Payment failed (CARD_DECLINED)' })).toBe(
      'Your card was declined. Try another card.',
    );
  });

  it("falls back to the server's message for a code it does not know", () => {
    expect(userErrorMessage({ code: 'SOMETHING_NEW', message: 'A new rule says no.' })).toBe(
      'A new rule says no.',
    );
  });

  it('never shows a bare code when the server sent no message', () => {
    expect(userErrorMessage({ code: 'SOMETHING_NEW', message: '  ' })).toBe(
      'Something went wrong. Please try again.',
    );
    expect(userErrorMessage({ code: 'SOMETHING_NEW' })).not.toContain('SOMETHING_NEW');
  });

  it('has a sentence, not a code, for every listed code', () => {
    for (const [code, message] of Object.entries(USER_ERROR_MESSAGES)) {
      expect(message).not.toContain(code);
      expect(message).toMatch(/^[A-Z].*[.!]$/);
    }
  });
});

describe('userErrorsMessage', () => {
  it('joins the messages of several errors once each, or is null for none', () => {
    expect(userErrorsMessage([])).toBeNull();
    expect(userErrorsMessage(undefined)).toBeNull();
    expect(
      userErrorsMessage([
        { code: 'SHIPPING_RATE_NOT_FOUND', message: 'a' },
        { code: 'SHIPPING_RATE_INVALID', message: 'b' },
        { code: 'EMPTY_CART', message: 'c' },
      ]),
    ).toBe('The chosen delivery option is no longer available. Choose one again. Your cart is empty.');
  });
});

describe('reasonCodeMessage', () => {
  it('reads reason codes orders carry, and is null for none or unknown', () => {
    expect(reasonCodeMessage('INSUFFICIENT_FUNDS')).toBe(
      'Your card has insufficient funds. Try another card.',
    );
    expect(reasonCodeMessage(null)).toBeNull();
    expect(reasonCodeMessage('NO_SUCH_REASON')).toBeNull();
  });
});
