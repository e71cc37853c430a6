import { EVENT_SUBSCRIBERS, type EventName } from '@msa/events';
import { replyEventNames } from '@msa/saga';
import { describe, expect, it } from 'vitest';
import type { OrdersDb } from '../data/database';
import { checkoutSaga } from '../saga/checkout.saga';
import { returnSaga } from '../saga/return.saga';
import type { GuestOrders } from '../services/guest-orders.service';
import type { OrderEventsService } from '../services/order-events.service';
import { orderEventHandlers } from './order-events.job';
import { orderPrivacyHandlers } from './privacy-handlers';

const fannedOutToOrders = (Object.keys(EVENT_SUBSCRIBERS) as EventName[]).filter((name) =>
  EVENT_SUBSCRIBERS[name].includes('orders'),
);

describe('events orders consumes, against the event catalog', () => {
  it('every reply the saga steps declare is an event the catalog fans out to orders', () => {
    const replies = replyEventNames(checkoutSaga, returnSaga);
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.filter((name) => !fannedOutToOrders.includes(name as EventName))).toEqual([]);
  });

  it('orders handles every event the catalog fans out to it, and no other', () => {
    const handlers = {
      ...orderEventHandlers({} as OrderEventsService, {} as GuestOrders),
      ...orderPrivacyHandlers({} as OrdersDb),
    };
    expect(Object.keys(handlers).sort()).toEqual([...fannedOutToOrders].sort());
  });
});
