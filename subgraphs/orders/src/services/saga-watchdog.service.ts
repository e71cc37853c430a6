import { recordWatchdogAction } from '@msa/events';
import {
  deadlineOf,
  onDeadlinePassed,
  shortestWait,
  type DeadlinePolicy,
  type OverdueOutcome,
} from '@msa/saga';
import type { Logger } from '@msa/subgraph-kit';
import { inTransaction, type OrdersDb } from '../data/database';
import { lockOrder } from '../data/order.repo';
import { findReturnSagaWait, returnSagasWaitingSince } from '../data/return.repo';
import { findSagaWait, sagasWaitingSince, type SagaWait } from '../data/saga.repo';
import { checkoutSaga } from '../saga/checkout.saga';
import { returnSaga } from '../saga/return.saga';
import { advanceCheckout } from './checkout-saga.service';
import { advanceReturn } from './return-saga.service';

/** What one sweep did, summed over both sagas. */
export interface WatchdogSweep {
  /** Sagas found overdue (each is checked again under its order's lock before anything is done). */
  checked: number;
  resent: number;
  gaveUp: number;
  lapsed: number;
}

export interface SagaWatchdogService {
  /** Deals with every saga whose deadline passed by `now`. */
  sweep(now?: Date): Promise<WatchdogSweep>;
}

export interface SagaWatchdogDeps {
  db: OrdersDb;
  notify: (orderId: string) => Promise<void>;
  checkoutPolicy: DeadlinePolicy;
  returnPolicy: DeadlinePolicy;
  logger: Logger;
  clock?: () => Date;
  batchSize?: number;
}

/**
 * The saga watchdog: finds sagas that have waited past their deadline (indexed by how long they have been
 * waiting) and, under the order's row lock, re-sends the command they wait for, gives up on the step when
 * its attempts are exhausted (the saga fails and compensates: the order is CANCELLED with the step's
 * timeout reason, a return REFUND_FAILED), or lets a lapsed payment retry window cancel the order. The
 * deadline is checked again under the lock, so replicas sweeping at the same time act once.
 */
export function createSagaWatchdogService(deps: SagaWatchdogDeps): SagaWatchdogService {
  const clock = deps.clock ?? (() => new Date());
  const batchSize = deps.batchSize ?? 100;
  const checkoutWait = shortestWait(checkoutSaga, deps.checkoutPolicy);
  const returnWait = shortestWait(returnSaga, deps.returnPolicy);

  const tally = (sweep: WatchdogSweep, saga: string, orderId: string, outcomes: OverdueOutcome[]) => {
    for (const outcome of outcomes) {
      recordWatchdogAction(saga, outcome.step, outcome.phase, outcome.kind);
      if (outcome.kind === 'resent') sweep.resent += 1;
      else if (outcome.kind === 'gave-up') sweep.gaveUp += 1;
      else sweep.lapsed += 1;
      const log = outcome.kind === 'resent' ? deps.logger.warn : deps.logger.error;
      log.call(deps.logger, { saga, orderId, ...outcome }, `saga watchdog: ${outcome.kind} ${outcome.step}`);
    }
  };

  const checkCheckout = async (orderId: string, now: Date, sweep: WatchdogSweep) => {
    let outcomes: OverdueOutcome[] = [];
    const changed = await inTransaction(deps.db, async (tx) => {
      const order = await lockOrder(tx, orderId);
      const wait = order ? await findSagaWait(tx, orderId) : null;
      if (!order || !wait) return false;
      const due = deadlineOf(checkoutSaga, wait.state, wait.waitingSince, deps.checkoutPolicy);
      if (!due || due > now) return false;
      const before = order.status;
      await advanceCheckout(tx, order, (state) => {
        const transition = onDeadlinePassed(checkoutSaga, state, deps.checkoutPolicy);
        outcomes = transition.outcomes;
        return transition;
      });
      return order.status !== before;
    });
    tally(sweep, checkoutSaga.name, orderId, outcomes);
    if (changed) await deps.notify(orderId);
  };

  const checkReturn = async (returnId: string, orderId: string, now: Date, sweep: WatchdogSweep) => {
    let outcomes: OverdueOutcome[] = [];
    const changed = await inTransaction(deps.db, async (tx) => {
      const order = await lockOrder(tx, orderId);
      const wait = order ? await findReturnSagaWait(tx, returnId) : null;
      if (!order || !wait?.state) return false;
      const due = deadlineOf(returnSaga, wait.state, wait.waitingSince, deps.returnPolicy);
      if (!due || due > now) return false;
      const before = order.status;
      await advanceReturn(tx, order, returnId, (state) => {
        const transition = onDeadlinePassed(returnSaga, state, deps.returnPolicy);
        outcomes = transition.outcomes;
        return transition;
      });
      return order.status !== before || outcomes.length > 0;
    });
    tally(sweep, returnSaga.name, orderId, outcomes);
    if (changed) await deps.notify(orderId);
  };

  /** One saga's trouble (a lock timeout, a bad state) must not keep the watchdog from the others. */
  const guarded = async (orderId: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      deps.logger.error({ err: error, orderId }, 'saga watchdog could not deal with an overdue saga');
    }
  };

  /**
   * Pages through the sagas waiting longer than the shortest deadline, longest first, and deals with those
   * overdue under their own policy (a held order inside its payment window is only read).
   */
  async function overdue<TState>(
    page: (after: { waitingSince: Date; id: string } | null) => Promise<SagaWait<TState>[]>,
    isDue: (wait: SagaWait<TState>) => boolean,
    handle: (wait: SagaWait<TState>) => Promise<void>,
  ): Promise<number> {
    let after: { waitingSince: Date; id: string } | null = null;
    let due = 0;
    for (;;) {
      const waits = await page(after);
      for (const wait of waits.filter(isDue)) {
        due += 1;
        await guarded(wait.orderId, () => handle(wait));
      }
      if (waits.length < batchSize) return due;
      const last = waits[waits.length - 1]!;
      after = { waitingSince: last.waitingSince, id: last.id };
    }
  }

  return {
    async sweep(now = clock()) {
      const sweep: WatchdogSweep = { checked: 0, resent: 0, gaveUp: 0, lapsed: 0 };
      const dueBy = (deadline: Date | null) => deadline !== null && deadline <= now;
      sweep.checked += await overdue(
        (after) => sagasWaitingSince(deps.db, new Date(now.getTime() - checkoutWait), batchSize, after),
        (wait) => dueBy(deadlineOf(checkoutSaga, wait.state, wait.waitingSince, deps.checkoutPolicy)),
        (wait) => checkCheckout(wait.orderId, now, sweep),
      );
      sweep.checked += await overdue(
        (after) => returnSagasWaitingSince(deps.db, new Date(now.getTime() - returnWait), batchSize, after),
        (wait) => dueBy(deadlineOf(returnSaga, wait.state, wait.waitingSince, deps.returnPolicy)),
        (wait) => checkReturn(wait.id, wait.orderId, now, sweep),
      );
      return sweep;
    },
  };
}
