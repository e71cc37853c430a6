import { parseMoneyInput } from '@msa/web-kit/money';

export type RefundAmountResult = { ok: true; amount: number } | { ok: false; message: string };

/**
 * Reads the amount typed into the refund dialog ("12.50") into minor units and checks it against what is
 * left to refund: more than zero, at most `refundable`.
 */
export function parseRefundAmount(text: string, refundable: number, currency: string): RefundAmountResult {
  const parsed = parseMoneyInput(text, currency);
  if (!parsed.ok) return { ok: false, message: parsed.message.replace('a price', 'an amount') };
  if (parsed.amount <= 0) return { ok: false, message: 'Enter an amount above zero.' };
  if (parsed.amount > refundable) {
    return { ok: false, message: 'That is more than is left to refund on this payment.' };
  }
  return { ok: true, amount: parsed.amount };
}
