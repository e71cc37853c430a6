import { emptyActionFields } from '../kinds/action-kind';
import { emptyConditionFields } from '../kinds/condition-kind';
import { actionKinds, conditionKinds } from '../kinds/registry';
import type { Action, Condition } from '../domain/promotion-rules';
import { promotionStatus } from '../domain/promotion-status';
import type { PromotionRecord } from '../data/promotion.repo';
import { Promotion, PromotionAction, PromotionCondition } from './promotion.types';

/** Each kind sets its own members (src/kinds/); the others stay null or empty. */
function toCondition(condition: Condition, currency: string): PromotionCondition {
  const own = conditionKinds.of(condition).output(condition as never, currency);
  return Object.assign(new PromotionCondition(), emptyConditionFields(), { kind: condition.kind }, own);
}

function toAction(action: Action, currency: string): PromotionAction {
  const own = actionKinds.of(action).output(action as never, currency);
  return Object.assign(new PromotionAction(), emptyActionFields(), { kind: action.kind }, own);
}

export function toPromotion(record: PromotionRecord, now = new Date()): Promotion {
  return Object.assign(new Promotion(), {
    ...record,
    conditions: record.conditions.map((condition) => toCondition(condition, record.currency)),
    actions: record.actions.map((action) => toAction(action, record.currency)),
    status: promotionStatus(record, now),
  });
}
