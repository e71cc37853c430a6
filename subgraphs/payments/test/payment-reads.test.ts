import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectData, graphqlRequest } from '@msa/testing';
import { authorizePayment } from '../src/services/authorize-payment';
import { refundPayment } from '../src/services/refund-payment';
import {
  arrangePayment,
  createPaymentsTestDb,
  startPaymentsApp,
  type PaymentsTestApp,
  type PaymentsTestDb,
} from './support/payments-harness';

const ORDER_PAYMENTS = /* GraphQL */ `
  query OrderPayments($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Order {
        id
        payment {
          id
          status
          method
          amount {
            amount
            currency
            formatted
          }
          capturedAmount {
            amount
          }
          refundedAmount {
            amount
          }
          refundableAmount {
            amount
          }
          failureCode
          refunds {
            amount {
              amount
            }
            reason
            status
          }
          order {
            id
          }
        }
      }
    }
  }
`;

const PAYMENTS = /* GraphQL */ `
  query Payments($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Payment {
        id
        status
        method
        order {
          id
        }
      }
    }
  }
`;

type OrderEntity = { id: string; payment: Record<string, unknown> | null };
type PaymentEntity = { id: string; status: string; method: string; order: { id: string } } | null;

describe('reading payments through federation', () => {
  let testDb: PaymentsTestDb;
  let running: PaymentsTestApp;

  beforeAll(async () => {
    testDb = await createPaymentsTestDb();
    running = await startPaymentsApp(testDb);
  });

  afterAll(async () => {
    await running?.stop();
    await testDb?.close();
  });

  /** `openedWithAccessToken` as orders sets it when a guest's access token opened the order. */
  const orders = async (orderIds: string[], token?: string, openedWithAccessToken?: boolean) =>
    expectData(
      await graphqlRequest<{ _entities: OrderEntity[] }>(
        running.app.url,
        ORDER_PAYMENTS,
        {
          representations: orderIds.map((id) => ({
            __typename: 'Order',
            id,
            ...(openedWithAccessToken === undefined ? {} : { openedWithAccessToken }),
          })),
        },
        { token },
      ),
    )._entities;

  it('adds the payment to Order entities, for its customer', async () => {
    const visa = await arrangePayment(testDb, { amount: 12_345 });
    const declinedOrder = `order-${randomUUID()}`;
    await authorizePayment(testDb.deps, {
      orderId: declinedOrder,
      customerId: visa.customerId,
      amount: 500,
      currency: 'USD',
      paymentToken: 'tok_chargeDeclined',
    });
    const unpaidOrder = `order-${randomUUID()}`;
    await refundPayment(
      testDb.deps,
      {
        target: { paymentId: visa.paymentId },
        refundId: randomUUID(),
        amount: 345,
        reason: 'scratched',
        returnId: null,
        source: 'ADMIN',
        actorId: null,
      },
      { whenProviderUnavailable: 'fail', publishFailures: false },
    );

    const entities = await orders(
      [visa.orderId, declinedOrder, unpaidOrder],
      await running.tokenFor('CUSTOMER', visa.customerId),
    );
    expect(entities).toEqual([
      {
        id: visa.orderId,
        payment: {
          id: visa.paymentId,
          status: 'PARTIALLY_REFUNDED',
          method: 'card •••• 4242 (visa)',
          amount: { amount: 12_345, currency: 'USD', formatted: '$123.45' },
          capturedAmount: { amount: 12_345 },
          refundedAmount: { amount: 345 },
          refundableAmount: { amount: 12_000 },
          failureCode: null,
          refunds: [{ amount: { amount: 345 }, reason: 'scratched', status: 'SUCCEEDED' }],
          order: { id: visa.orderId },
        },
      },
      {
        id: declinedOrder,
        payment: expect.objectContaining({
          status: 'FAILED',
          failureCode: 'CARD_DECLINED',
          method: 'card •••• 0002 (visa)',
        }),
      },
      { id: unpaidOrder, payment: null },
    ]);
  });

  it('shows the payment to staff, and null to other customers and anonymous callers', async () => {
    const { orderId, paymentId } = await arrangePayment(testDb);
    expect((await orders([orderId], await running.tokenFor('STAFF')))[0]?.payment).toMatchObject({
      id: paymentId,
    });
    expect((await orders([orderId], await running.tokenFor('ADMIN')))[0]?.payment).toMatchObject({
      id: paymentId,
    });
    expect((await orders([orderId], await running.tokenFor('CUSTOMER')))[0]?.payment).toBeNull();
    expect((await orders([orderId]))[0]?.payment).toBeNull();
  });

  it('shows the payment to a guest when orders says the order’s access token opened it', async () => {
    const { orderId, paymentId } = await arrangePayment(testDb);
    expect((await orders([orderId], undefined, true))[0]?.payment).toMatchObject({ id: paymentId });
    expect((await orders([orderId], undefined, false))[0]?.payment).toBeNull();
  });

  it('resolves Payment entities by id with the same visibility', async () => {
    const mine = await arrangePayment(testDb, { capture: false, token: 'tok_mastercard' });
    const theirs = await arrangePayment(testDb);
    const entities = async (token: string) =>
      expectData(
        await graphqlRequest<{ _entities: PaymentEntity[] }>(
          running.app.url,
          PAYMENTS,
          {
            representations: [mine.paymentId, theirs.paymentId, randomUUID(), 'not-a-uuid'].map((id) => ({
              __typename: 'Payment',
              id,
            })),
          },
          { token },
        ),
      )._entities;

    expect(await entities(await running.tokenFor('CUSTOMER', mine.customerId))).toEqual([
      {
        id: mine.paymentId,
        status: 'AUTHORIZED',
        method: 'card •••• 4444 (mastercard)',
        order: { id: mine.orderId },
      },
      null,
      null,
      null,
    ]);
    expect((await entities(await running.tokenFor('ADMIN'))).slice(0, 2)).toMatchObject([
      { id: mine.paymentId },
      { id: theirs.paymentId, status: 'CAPTURED' },
    ]);
  });
});
