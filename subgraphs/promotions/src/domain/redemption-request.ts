import { z } from 'zod';

/**
 * The promotions.redeem command as this service accepts it. `orderTotal` and `currency` are optional extras
 * (what the order charges, for promotionStats' revenue): the catalog payload does not carry them yet, and an
 * order redeemed without them simply adds nothing to revenue.
 */
const requestSchema = z.object({
  orderId: z.string().min(1).max(200),
  customerId: z.string().min(1).max(200),
  redemptions: z
    .array(
      z.object({
        promotionId: z.string().min(1).max(200),
        code: z.string().max(64).nullable(),
        amount: z.number().int().min(0).max(2_147_483_647),
      }),
    )
    .max(20),
  orderTotal: z.number().int().min(0).max(2_147_483_647).optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
});

export type RedemptionRequest = z.infer<typeof requestSchema>;
export type RedemptionLine = RedemptionRequest['redemptions'][number];

export class InvalidRedemptionRequestError extends Error {
  constructor(detail: string) {
    super(`Invalid promotions.redeem command: ${detail}`);
    this.name = 'InvalidRedemptionRequestError';
  }
}

/**
 * Validates a redeem command. One order redeems a promotion at most once, so a promotion listed twice is a
 * bug in the sender, not something to guess about. Lines come back sorted by promotion id: every order
 * claims usage rows in the same order, so two orders sharing promotions cannot deadlock.
 */
export function parseRedemptionRequest(payload: unknown): RedemptionRequest {
  const parsed = requestSchema.safeParse(payload);
  if (!parsed.success)
    throw new InvalidRedemptionRequestError(
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    );
  const ids = parsed.data.redemptions.map((line) => line.promotionId);
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated) throw new InvalidRedemptionRequestError(`promotion ${repeated} is listed twice`);
  const redemptions = [...parsed.data.redemptions].sort((a, b) =>
    a.promotionId < b.promotionId ? -1 : a.promotionId > b.promotionId ? 1 : 0,
  );
  return { ...parsed.data, redemptions };
}

/** Orders that reached CONFIRMED at some point; the later statuses imply it even if that event came late. */
const CONFIRMED_OR_LATER = new Set([
  'CONFIRMED',
  'SHIPPED',
  'DELIVERED',
  'RETURN_REQUESTED',
  'RETURNED',
  'REFUNDED',
]);

export function countsAsPlacedOrder(status: string): boolean {
  return CONFIRMED_OR_LATER.has(status);
}

const unredeemSchema = z.object({ orderId: z.string().min(1).max(200), reason: z.string().max(2000) });

export type UnredeemRequest = z.infer<typeof unredeemSchema>;

export function parseUnredeemRequest(payload: unknown): UnredeemRequest {
  const parsed = unredeemSchema.safeParse(payload);
  if (!parsed.success)
    throw new InvalidRedemptionRequestError(
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    );
  return parsed.data;
}
