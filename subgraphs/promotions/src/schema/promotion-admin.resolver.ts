import {
  decodeCursor,
  encodeCursor,
  money,
  notFound,
  pageSize,
  requireAdmin,
  requireStaff,
  toConnection,
  UserError,
  userError,
} from '@msa/subgraph-kit';
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { findPromotion, isPromotionId, listPromotions, type PromotionCursor } from '../data/promotion.repo';
import {
  createPromotion,
  deactivatePromotion,
  statsOf,
  updatePromotion,
  type AdminOutcome,
} from '../services/promotion-admin.service';
import type { PromotionsContext } from './context';
import { draftFromCreateInput, patchFromUpdateInput } from './promotion-input.mapper';
import { CreatePromotionInput, PromotionFilter, UpdatePromotionInput } from './promotion-inputs';
import { toPromotion } from './promotion.mapper';
import { Promotion, PromotionConnection, PromotionStats } from './promotion.types';

@ObjectType('PromotionPayload', { description: 'Result of a promotion mutation.' })
export class PromotionPayload {
  @Field(() => Promotion, {
    nullable: true,
    description: 'The promotion after the change; as it stands when the change was refused.',
  })
  promotion!: Promotion | null;

  @Field(() => [UserError], {
    description:
      'Why the change was refused, e.g. INVALID_ACTION, CODE_TAKEN, INVALID_WINDOW, PROMOTION_NOT_FOUND; empty on success.',
  })
  userErrors!: UserError[];
}

function toPayload(outcome: AdminOutcome): PromotionPayload {
  return Object.assign(new PromotionPayload(), {
    promotion: outcome.promotion ? toPromotion(outcome.promotion) : null,
    userErrors: outcome.problems.map((problem) => userError(problem.code, problem.message, problem.field)),
  });
}

const isCursor = (value: unknown): value is PromotionCursor =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as PromotionCursor).createdAt === 'string' &&
  !Number.isNaN(Date.parse((value as PromotionCursor).createdAt)) &&
  typeof (value as PromotionCursor).id === 'string' &&
  isPromotionId((value as PromotionCursor).id);

/** Staff read promotions; only administrators change them. */
@Resolver()
export class PromotionAdminResolver {
  @Query(() => PromotionConnection, { description: 'Staff: promotions, newest first.' })
  async promotions(
    @Ctx() ctx: PromotionsContext,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 100 (default 20).' })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor of the last promotion of the previous page.',
    })
    after: string | null,
    @Arg('filter', () => PromotionFilter, { nullable: true, description: 'Only promotions matching this.' })
    filter: PromotionFilter | null,
  ) {
    requireStaff(ctx);
    const size = pageSize(first);
    const cursor = after ? decodeCursor(after, isCursor) : null;
    const { rows, totalCount } = await listPromotions(ctx.db, filter ?? {}, cursor, size + 1);
    return toConnection(
      rows.map((row) => toPromotion(row)),
      size,
      totalCount,
      (p) => encodeCursor({ createdAt: p.createdAt.toISOString(), id: p.id }),
    );
  }

  @Query(() => Promotion, { nullable: true, description: 'Staff: one promotion; null when there is none.' })
  async promotion(
    @Ctx() ctx: PromotionsContext,
    @Arg('id', () => ID, { description: 'Promotion id.' }) id: string,
  ): Promise<Promotion | null> {
    requireStaff(ctx);
    const record = await findPromotion(ctx.db, id);
    return record ? toPromotion(record) : null;
  }

  @Query(() => PromotionStats, {
    description: 'Staff: redemptions, discount total and revenue of a promotion.',
  })
  async promotionStats(
    @Ctx() ctx: PromotionsContext,
    @Arg('id', () => ID, { description: 'Promotion id.' }) id: string,
  ): Promise<PromotionStats> {
    requireStaff(ctx);
    const stats = await statsOf(ctx.db, id);
    if (!stats) throw notFound('Promotion');
    const currency = stats.promotion.currency;
    return Object.assign(new PromotionStats(), {
      promotion: toPromotion(stats.promotion),
      redemptions: stats.redemptions,
      customers: stats.customers,
      discountTotal: money(stats.discountTotal, currency),
      revenue: money(stats.revenue, currency),
    });
  }

  @Mutation(() => PromotionPayload, { description: 'Admin: creates a promotion.' })
  async createPromotion(
    @Ctx() ctx: PromotionsContext,
    @Arg('input', () => CreatePromotionInput, { description: 'The promotion.' }) input: CreatePromotionInput,
  ): Promise<PromotionPayload> {
    requireAdmin(ctx);
    return toPayload(await createPromotion(ctx.db, draftFromCreateInput(input)));
  }

  @Mutation(() => PromotionPayload, {
    description: 'Admin: changes a promotion; it is validated again as a whole.',
  })
  async updatePromotion(
    @Ctx() ctx: PromotionsContext,
    @Arg('id', () => ID, { description: 'Promotion id.' }) id: string,
    @Arg('input', () => UpdatePromotionInput, { description: 'What changes.' }) input: UpdatePromotionInput,
  ): Promise<PromotionPayload> {
    requireAdmin(ctx);
    return toPayload(await updatePromotion(ctx.db, id, patchFromUpdateInput(input)));
  }

  @Mutation(() => PromotionPayload, {
    description: 'Admin: switches a promotion off; carts stop showing it and checkouts stop redeeming it.',
  })
  async deactivatePromotion(
    @Ctx() ctx: PromotionsContext,
    @Arg('id', () => ID, { description: 'Promotion id.' }) id: string,
  ): Promise<PromotionPayload> {
    requireAdmin(ctx);
    return toPayload(await deactivatePromotion(ctx.db, id));
  }
}
