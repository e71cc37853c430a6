import type { SagaState } from '@msa/saga';
import type { CheckoutSagaInput } from '../saga/checkout-input';
import type { Prisma } from '../__generated__/prisma/client';
import type { OrdersTx } from './database';

export type CheckoutSagaState = SagaState<CheckoutSagaInput>;

export async function insertSaga(tx: OrdersTx, orderId: string, state: CheckoutSagaState): Promise<void> {
  await tx.sagaInstance.create({
    data: {
      orderId,
      saga: state.saga,
      status: state.status,
      state: state as unknown as Prisma.InputJsonValue,
    },
  });
}

/** Read under the order's row lock (see lockOrder), so the state cannot change underneath the caller. */
export async function findSaga(tx: OrdersTx, orderId: string): Promise<CheckoutSagaState | null> {
  const row = await tx.sagaInstance.findUnique({ where: { orderId } });
  return row ? (row.state as unknown as CheckoutSagaState) : null;
}

export async function saveSaga(tx: OrdersTx, orderId: string, state: CheckoutSagaState): Promise<void> {
  await tx.sagaInstance.update({
    where: { orderId },
    data: { status: state.status, state: state as unknown as Prisma.InputJsonValue },
  });
}
