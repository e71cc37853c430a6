import { money } from '@msa/subgraph-kit';
import { BASIS_POINTS_PER_WHOLE } from '../domain/minor-units';
import type { Action, Condition } from '../domain/promotion-rules';
import { promotionStatus } from '../domain/promotion-status';
import type { PromotionRecord } from '../data/promotion.repo';
import { Promotion, PromotionAction, PromotionCondition } from './promotion.types';

function toCondition(condition: Condition, currency: string): PromotionCondition {
  return Object.assign(new PromotionCondition(), {
    kind: condition.kind,
    minSubtotal: condition.kind === 'MIN_SUBTOTAL' ? money(condition.amount, currency) : null,
    minQuantity: condition.kind === 'MIN_QUANTITY' ? condition.quantity : null,
    productIds: condition.kind === 'PRODUCTS' ? condition.productIds : [],
    categoryIds: condition.kind === 'CATEGORIES' ? condition.categoryIds : [],
  });
}

function toAction(action: Action, currency: string): PromotionAction {
  const amountOf = (value: number | null | undefined) =>
    value === null || value === undefined ? null : money(value, currency);
  return Object.assign(new PromotionAction(), {
    kind: action.kind,
    percent: 'basisPoints' in action ? (action.basisPoints * 100) / BASIS_POINTS_PER_WHOLE : null,
    amount: amountOf(
      action.kind === 'ORDER_AMOUNT_OFF'
        ? action.amount
        : action.kind === 'LINES_AMOUNT_OFF'
          ? action.amountPerUnit
          : null,
    ),
    maxAmount: amountOf('maxAmount' in action ? action.maxAmount : null),
    productIds: 'target' in action ? action.target.productIds : [],
    categoryIds: 'target' in action ? action.target.categoryIds : [],
    buyQuantity: action.kind === 'BUY_X_GET_Y' ? action.buyQuantity : null,
    getQuantity: action.kind === 'BUY_X_GET_Y' ? action.getQuantity : null,
    maxApplications: action.kind === 'BUY_X_GET_Y' ? action.maxApplications : null,
  });
}

export function toPromotion(record: PromotionRecord, now = new Date()): Promotion {
  return Object.assign(new Promotion(), {
    ...record,
    conditions: record.conditions.map((condition) => toCondition(condition, record.currency)),
    actions: record.actions.map((action) => toAction(action, record.currency)),
    status: promotionStatus(record, now),
  });
}
