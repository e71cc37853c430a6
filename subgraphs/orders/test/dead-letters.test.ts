import { randomUUID } from 'node:crypto';
import { errorCode, expectData, graphqlRequest } from '@msa/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrdersHarness } from './support/orders-harness';

interface DeadLetterList {
  deadLetters: {
    totalCount: number;
    nodes: {
      id: string;
      queue: string;
      jobName: string;
      jobId: string;
      payload: string;
      failedReason: string;
      attemptsMade: number;
      failedAt: string;
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const LIST =
  '{ deadLetters(first: 10) { totalCount nodes { id queue jobName jobId payload failedReason attemptsMade failedAt } pageInfo { hasNextPage endCursor } } }';
const RETRY = 'mutation($id: ID!) { retryDeadLetter(id: $id) { queue jobId userErrors { code } } }';

describe('dead letters', () => {
  let h: OrdersHarness;
  let admin: string;

  beforeAll(async () => {
    h = await OrdersHarness.start();
    admin = await h.keys.tokenFor('ADMIN');
  });
  afterAll(() => h?.close());

  it('lists messages that failed for good and puts them back on their queue when retried (admins only)', async () => {
    // The orders worker has no handler for this event, so the job fails unrecoverably into the dead letters.
    const messageId = randomUUID();
    await h.queue('events.orders').add(
      'inventory.low_stock',
      {
        id: messageId,
        name: 'inventory.low_stock',
        payload: { variantId: 'v-1', available: 1, threshold: 5 },
        occurredAt: new Date().toISOString(),
      },
      { jobId: messageId },
    );
    let list: DeadLetterList['deadLetters'] | undefined;
    await expect
      .poll(async () => {
        list = expectData(
          await graphqlRequest<DeadLetterList>(h.url, LIST, {}, { token: admin }),
        ).deadLetters;
        return list.totalCount;
      })
      .toBe(1);
    const dead = list!.nodes[0]!;
    expect(dead).toMatchObject({
      queue: 'events.orders',
      jobName: 'inventory.low_stock',
      jobId: messageId,
      attemptsMade: 1,
    });
    expect(dead.failedReason).toMatch(/No handler/);
    expect(JSON.parse(dead.payload)).toMatchObject({ id: messageId, payload: { variantId: 'v-1' } });

    const customer = await h.keys.tokenFor('CUSTOMER');
    expect(errorCode(await graphqlRequest(h.url, LIST, {}, { token: customer }))).toBe('FORBIDDEN');
    expect(errorCode(await graphqlRequest(h.url, LIST, {}, { token: await h.keys.tokenFor('STAFF') }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await graphqlRequest(h.url, RETRY, { id: dead.id }, { token: customer }))).toBe(
      'FORBIDDEN',
    );

    const retried = expectData(
      await graphqlRequest<{ retryDeadLetter: { queue: string; jobId: string; userErrors: unknown[] } }>(
        h.url,
        RETRY,
        { id: dead.id },
        { token: admin },
      ),
    );
    expect(retried.retryDeadLetter).toMatchObject({
      queue: 'events.orders',
      jobId: expect.stringContaining(`${messageId}-retry-`),
      userErrors: [],
    });
    // The retry ran on the real worker (and, still without a handler, failed into a new dead letter).
    await expect
      .poll(async () =>
        expectData(
          await graphqlRequest<DeadLetterList>(h.url, LIST, {}, { token: admin }),
        ).deadLetters.nodes.map((node) => node.jobId),
      )
      .toEqual([retried.retryDeadLetter.jobId]);

    const missing = expectData(
      await graphqlRequest<{ retryDeadLetter: { userErrors: { code: string }[] } }>(
        h.url,
        RETRY,
        { id: dead.id },
        { token: admin },
      ),
    );
    expect(missing.retryDeadLetter.userErrors).toEqual([{ code: 'DEAD_LETTER_NOT_FOUND' }]);
  });
});
