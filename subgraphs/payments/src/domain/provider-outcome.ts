/** Why a card provider refused a request. Declines are answers, not errors: retrying cannot change them. */
export type ProviderDeclineCode =
  | 'CARD_DECLINED'
  | 'INSUFFICIENT_FUNDS'
  | 'INVALID_TOKEN'
  | 'INVALID_AMOUNT'
  | 'CHARGE_NOT_FOUND'
  | 'CHARGE_ALREADY_CAPTURED'
  | 'CHARGE_VOIDED'
  | 'CHARGE_NOT_CAPTURED'
  | 'AMOUNT_EXCEEDS_AUTHORIZED'
  | 'AMOUNT_EXCEEDS_REFUNDABLE'
  | 'IDEMPOTENCY_KEY_REUSED';

export interface ProviderDecline {
  ok: false;
  code: ProviderDeclineCode;
  message: string;
}

export function decline(code: ProviderDeclineCode, message: string): ProviderDecline {
  return { ok: false, code, message };
}
