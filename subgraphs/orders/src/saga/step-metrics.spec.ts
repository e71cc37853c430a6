import { SAGA_STEP_COMMANDS, SAGA_STEP_REPLIES } from '@msa/events';
import { replyRoutes } from '@msa/saga';
import { describe, expect, it } from 'vitest';
import { checkoutSaga } from './checkout.saga';

/** The metric labels the owning services use for checkout steps must say what the steps declare. */
describe('checkout step metrics', () => {
  const routes = replyRoutes(checkoutSaga);
  const stepNames = checkoutSaga.steps.map((step) => step.name);

  it.each(Object.entries(SAGA_STEP_REPLIES))(
    '%s answers the step its label names',
    (event, [step, outcome]) => {
      const route = routes.get(event);
      expect(route?.step).toBe(step);
      expect(outcome === 'succeeded' ? ['succeeded'] : ['failed', 'held']).toContain(route?.role);
    },
  );

  it('labels commands with steps the saga has', () => {
    expect(Object.values(SAGA_STEP_COMMANDS).filter((step) => !stepNames.includes(step))).toEqual([]);
  });
});
