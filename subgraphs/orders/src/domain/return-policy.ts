import type { Problem } from './checkout-problems';
import type { OrderStatus } from './order-status';
import { paidPerLine, unitsRefund } from './return-refund';

/** Expected return failures, reported as userErrors with these stable codes. */
export const ReturnErrorCode = {
  ORDER_NOT_DELIVERED: 'ORDER_NOT_DELIVERED',
  RETURN_WINDOW_CLOSED: 'RETURN_WINDOW_CLOSED',
  UNKNOWN_ORDER_LINE: 'UNKNOWN_ORDER_LINE',
  INVALID_RETURN_QUANTITY: 'INVALID_RETURN_QUANTITY',
  RETURN_NOT_REQUESTED: 'RETURN_NOT_REQUESTED',
  RETURN_NOT_APPROVED: 'RETURN_NOT_APPROVED',
  /** Rejecting or withdrawing a return whose items already arrived (or that already ended). */
  RETURN_NOT_PENDING: 'RETURN_NOT_PENDING',
  NOT_FOUND: 'NOT_FOUND',
  INVALID_REASON: 'INVALID_REASON',
} as const;

/** Orders that were delivered at some point: a further return of other units is allowed after a first one. */
const RETURNABLE_STATUSES: readonly OrderStatus[] = ['DELIVERED', 'RETURN_REQUESTED', 'RETURNED', 'REFUNDED'];

export const MAX_RETURN_LINES = 100;
export const MAX_RETURN_REASON = 1000;

export interface RequestedReturnLine {
  orderLineId: string;
  quantity: number;
}

/** A malformed request (BAD_USER_INPUT), as opposed to one the order's state refuses (userErrors). */
export function returnInputProblem(lines: readonly RequestedReturnLine[], reason: string): Problem | null {
  if (lines.length === 0)
    return { code: 'BAD_USER_INPUT', message: 'lines must name at least one order line', field: ['lines'] };
  if (lines.length > MAX_RETURN_LINES)
    return {
      code: 'BAD_USER_INPUT',
      message: `lines may name at most ${MAX_RETURN_LINES} order lines`,
      field: ['lines'],
    };
  if (new Set(lines.map((line) => line.orderLineId)).size !== lines.length)
    return { code: 'BAD_USER_INPUT', message: 'each order line may appear once in lines', field: ['lines'] };
  const trimmed = reason.trim();
  if (trimmed === '' || trimmed.length > MAX_RETURN_REASON)
    return {
      code: 'BAD_USER_INPUT',
      message: `reason must be 1 to ${MAX_RETURN_REASON} characters`,
      field: ['reason'],
    };
  return null;
}

export interface ReturnableOrder {
  status: OrderStatus;
  deliveredAt: Date | null;
  discountTotal: number;
  lines: readonly {
    id: string;
    variantId: string;
    quantity: number;
    lineTotal: number;
    /** The line's tax share, refunded with it; 0 when absent. */
    taxAmount?: number;
  }[];
}

export interface PlannedReturnLine {
  orderLineId: string;
  variantId: string;
  quantity: number;
  refundAmount: number;
}

export type ReturnPlan =
  | { ok: true; lines: PlannedReturnLine[]; refundAmount: number }
  | { ok: false; problems: Problem[] };

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReturnRequestFacts {
  order: ReturnableOrder;
  /** Units of each order line already in earlier returns, by order line id. */
  alreadyReturned: ReadonlyMap<string, number>;
  requested: readonly RequestedReturnLine[];
  now: Date;
  windowDays: number;
}

/**
 * Whether these units may be returned now, and what each refunds: the order was delivered, the window
 * (`windowDays` from delivery) is open, and no line returns more units than were bought and not yet returned.
 */
export function planReturn(facts: ReturnRequestFacts): ReturnPlan {
  const { order, requested, now, windowDays } = facts;
  if (!RETURNABLE_STATUSES.includes(order.status) || !order.deliveredAt) {
    return problem(ReturnErrorCode.ORDER_NOT_DELIVERED, 'Only delivered orders can be returned.', [
      'orderId',
    ]);
  }
  const closesAt = new Date(order.deliveredAt.getTime() + windowDays * DAY_MS);
  if (now.getTime() > closesAt.getTime()) {
    return problem(
      ReturnErrorCode.RETURN_WINDOW_CLOSED,
      `Returns are accepted for ${windowDays} days after delivery; the window closed on ${closesAt.toISOString().slice(0, 10)}.`,
      ['orderId'],
    );
  }
  const paid = paidPerLine(order.lines, order.discountTotal);
  const byId = new Map(order.lines.map((line) => [line.id, line]));
  const problems: Problem[] = [];
  const lines: PlannedReturnLine[] = [];
  requested.forEach((request, index) => {
    const line = byId.get(request.orderLineId);
    if (!line) {
      problems.push({
        code: ReturnErrorCode.UNKNOWN_ORDER_LINE,
        message: 'This line is not part of the order.',
        field: ['lines', String(index), 'orderLineId'],
      });
      return;
    }
    const already = facts.alreadyReturned.get(line.id) ?? 0;
    const returnable = line.quantity - already;
    if (!Number.isInteger(request.quantity) || request.quantity < 1 || request.quantity > returnable) {
      problems.push({
        code: ReturnErrorCode.INVALID_RETURN_QUANTITY,
        message:
          returnable === 0
            ? 'Every unit of this line has already been returned.'
            : `Return between 1 and ${returnable} of this item.`,
        field: ['lines', String(index), 'quantity'],
      });
      return;
    }
    lines.push({
      orderLineId: line.id,
      variantId: line.variantId,
      quantity: request.quantity,
      refundAmount: unitsRefund(paid.get(line.id)!, line.quantity, already, request.quantity),
    });
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, lines, refundAmount: lines.reduce((sum, line) => sum + line.refundAmount, 0) };
}

function problem(code: string, message: string, field: string[]): ReturnPlan {
  return { ok: false, problems: [{ code, message, field }] };
}
