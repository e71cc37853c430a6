import type { CommandPayloads } from '@msa/events';
import { DUPLICATE_MESSAGE, inTransactionOnce, wasProcessed, type PaymentsTx } from '../data/database';
import { lockPayment, updatePayment, type PaymentRow } from '../data/payment.repo';
import { idempotencyKeys } from '../domain/idempotency-keys';
import { decideVoid, type VoidDecision } from '../domain/payment-status';
import {
  callProvider,
  paymentForCommand,
  PaymentNotReadyError,
  PermanentCommandError,
  type MessageOptions,
  type PaymentDeps,
} from './payment-deps';
import { publishVoided } from './payment-replies';

export type VoidOutcome = { kind: 'voided'; payment: PaymentRow } | { kind: 'duplicate' };

function refuseUnvoidable(payment: PaymentRow, decision: VoidDecision): void {
  if (decision.kind === 'not-yet-authorized') {
    throw new PaymentNotReadyError(`The payment of order ${payment.orderId} is still being authorized`);
  }
  if (decision.kind === 'captured') {
    throw new PermanentCommandError(
      `The payment of order ${payment.orderId} is ${payment.status}: captured money is refunded, not voided`,
    );
  }
}

/**
 * payments.void: releases the authorization of a payment that was not captured (a compensation of the
 * checkout saga). A payment holding nothing (failed, already voided, refunded) is answered payment.voided
 * without a provider call. Voiding captured money is refused permanently: it takes a refund.
 */
export async function voidPayment(
  deps: PaymentDeps,
  command: CommandPayloads['payments.void'],
  options: MessageOptions = {},
): Promise<VoidOutcome> {
  if (await wasProcessed(deps.db, options.messageId)) return { kind: 'duplicate' };
  const payment = await paymentForCommand(deps, command.orderId, 'void');
  const decision = decideVoid(payment.status);
  refuseUnvoidable(payment, decision);
  if (decision.kind === 'void') {
    const answer = await callProvider(deps, 'void', () =>
      deps.provider.void({
        idempotencyKey: idempotencyKeys.void(payment.id),
        chargeId: payment.providerChargeId!,
      }),
    );
    if (!answer.ok) throw new PermanentCommandError(`The provider refused to void: ${answer.message}`);
  }

  const outcome = await inTransactionOnce(deps.db, options.messageId, async (tx: PaymentsTx) => {
    let current = (await lockPayment(tx, { id: payment.id }))!;
    const now = decideVoid(current.status);
    refuseUnvoidable(current, now);
    if (now.kind === 'void')
      current = await updatePayment(tx, current.id, { status: 'VOIDED', voidedAt: new Date() });
    await publishVoided(tx, current);
    return { kind: 'voided' as const, payment: current };
  });
  return outcome === DUPLICATE_MESSAGE ? { kind: 'duplicate' } : outcome;
}
