import { promotionDraft, type PromotionDraft } from '../domain/promotion-input';
import type { PromotionPatch } from '../services/promotion-admin.service';
import type { CreatePromotionInput, UpdatePromotionInput } from './promotion-inputs';

/** Drops members left out or null, so the draft's defaults apply to them. */
function given<T extends object>(fields: T): Partial<{ [K in keyof T]: NonNullable<T[K]> }> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== null && value !== undefined),
  ) as Partial<{
    [K in keyof T]: NonNullable<T[K]>;
  }>;
}

export function draftFromCreateInput(input: CreatePromotionInput): PromotionDraft {
  const { name, actions, ...optional } = input;
  return promotionDraft({ name, actions, ...given(optional) });
}

/** null clears the optional fields (code, dates, limits); for the others it means "unchanged", like omitting them. */
export function patchFromUpdateInput(input: UpdatePromotionInput): PromotionPatch {
  const keep = <T>(value: T | null | undefined): T | undefined => value ?? undefined;
  return {
    name: keep(input.name),
    code: input.code,
    currency: keep(input.currency),
    conditions: keep(input.conditions),
    actions: keep(input.actions),
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    usageLimit: input.usageLimit,
    perCustomerLimit: input.perCustomerLimit,
    stackable: keep(input.stackable),
    priority: keep(input.priority),
    active: keep(input.active),
  };
}
