import { money } from '@msa/subgraph-kit';
import type { ReturnRecord } from '../domain/return';
import type { ReturnOutcome } from '../services/return-outcome';
import { Return, ReturnLine, ReturnPayload } from './return.type';

export function toReturn(record: ReturnRecord): Return {
  return Object.assign(new Return(), {
    id: record.id,
    orderId: record.orderId,
    status: record.status,
    lines: record.lines.map((line) =>
      Object.assign(new ReturnLine(), {
        orderLineId: line.orderLineId,
        variant: { id: line.variantId },
        quantity: line.quantity,
        refundAmount: money(line.refundAmount, record.currency),
      }),
    ),
    reason: record.reason,
    refundAmount: money(record.refundAmount, record.currency),
    failureReason: record.failureReason,
    rejectionReason: record.rejectionReason,
    createdAt: record.createdAt,
    approvedAt: record.approvedAt,
    receivedAt: record.receivedAt,
    settledAt: record.settledAt,
  });
}

export function toReturnPayload(outcome: ReturnOutcome): ReturnPayload {
  return Object.assign(new ReturnPayload(), {
    return: outcome.entry && toReturn(outcome.entry),
    userErrors: outcome.userErrors,
  });
}
