import type { PromotionDefinition } from '../domain/promotion-input';
import { parseRules, type PromotionRule } from '../domain/promotion-rules';
import type { Prisma, Promotion as PromotionRow } from '../__generated__/prisma/client';
import { isUuid, type PromotionsDb, type PromotionsTx } from './database';

export interface PromotionRecord extends PromotionRule {
  createdAt: Date;
  updatedAt: Date;
}

/** Promotion ids are UUIDs; anything else cannot name one (and would make Postgres reject the query). */
export function isPromotionId(id: string): boolean {
  return isUuid(id);
}

export function toPromotionRecord(row: PromotionRow): PromotionRecord {
  return {
    id: row.id,
    name: row.name,
    code: row.code,
    currency: row.currency,
    ...parseRules(row.id, row.conditions, row.actions),
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    usageLimit: row.usageLimit,
    perCustomerLimit: row.perCustomerLimit,
    usageCount: row.usageCount,
    stackable: row.stackable,
    priority: row.priority,
    active: row.active,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function columnsOf(definition: PromotionDefinition) {
  return {
    ...definition,
    conditions: definition.conditions as unknown as Prisma.InputJsonValue,
    actions: definition.actions as unknown as Prisma.InputJsonValue,
  };
}

/** Throws Prisma's P2002 when the code is taken (see isUniqueViolation). */
export async function insertPromotion(
  db: PromotionsDb | PromotionsTx,
  definition: PromotionDefinition,
): Promise<PromotionRecord> {
  return toPromotionRecord(await db.promotion.create({ data: columnsOf(definition) }));
}

/** The row, locked until the transaction ends, so usage cannot move while an update is checked against it. */
export async function lockPromotion(tx: PromotionsTx, id: string): Promise<PromotionRecord | null> {
  if (!isPromotionId(id)) return null;
  const locked = await tx.$queryRaw<
    { id: string }[]
  >`SELECT "id" FROM "promotions" WHERE "id" = ${id}::uuid FOR UPDATE`;
  if (locked.length === 0) return null;
  return toPromotionRecord(await tx.promotion.findUniqueOrThrow({ where: { id } }));
}

export async function writePromotion(
  tx: PromotionsTx,
  id: string,
  definition: PromotionDefinition,
  active: boolean,
): Promise<PromotionRecord> {
  return toPromotionRecord(
    await tx.promotion.update({ where: { id }, data: { ...columnsOf(definition), active } }),
  );
}

export async function setPromotionActive(
  db: PromotionsDb,
  id: string,
  active: boolean,
): Promise<PromotionRecord | null> {
  if (!isPromotionId(id)) return null;
  const rows = await db.promotion.updateManyAndReturn({ where: { id }, data: { active } });
  return rows[0] ? toPromotionRecord(rows[0]) : null;
}

export async function findPromotion(db: PromotionsDb, id: string): Promise<PromotionRecord | null> {
  if (!isPromotionId(id)) return null;
  const row = await db.promotion.findUnique({ where: { id } });
  return row ? toPromotionRecord(row) : null;
}

export async function findPromotionsByCodes(
  db: PromotionsDb,
  codes: readonly string[],
): Promise<PromotionRecord[]> {
  if (codes.length === 0) return [];
  const rows = await db.promotion.findMany({ where: { code: { in: [...codes] } } });
  return rows.map(toPromotionRecord);
}

/** Automatic promotions that are switched on and not over; the engine checks the rest of the window. */
export async function findAutomaticPromotions(db: PromotionsDb, now: Date): Promise<PromotionRecord[]> {
  const rows = await db.promotion.findMany({
    where: { code: null, active: true, OR: [{ endsAt: null }, { endsAt: { gt: now } }] },
    orderBy: [{ priority: 'desc' }, { id: 'asc' }],
  });
  return rows.map(toPromotionRecord);
}

export interface PromotionListFilter {
  active?: boolean | null;
  /** Part of the name or code, any case. */
  search?: string | null;
}

export interface PromotionCursor {
  createdAt: string;
  id: string;
}

function listWhere(filter: PromotionListFilter): Prisma.PromotionWhereInput {
  const search = filter.search?.trim();
  return {
    ...(typeof filter.active === 'boolean' ? { active: filter.active } : {}),
    ...(search
      ? {
          OR: [
            { name: { contains: search, mode: 'insensitive' } },
            { code: { contains: search.toUpperCase() } },
          ],
        }
      : {}),
  };
}

/** Newest first; `take` rows after the cursor (callers ask for one more than a page to see if another follows). */
export async function listPromotions(
  db: PromotionsDb,
  filter: PromotionListFilter,
  after: PromotionCursor | null,
  take: number,
): Promise<{ rows: PromotionRecord[]; totalCount: number }> {
  const where = listWhere(filter);
  const afterCursor: Prisma.PromotionWhereInput = after
    ? {
        OR: [
          { createdAt: { lt: new Date(after.createdAt) } },
          { createdAt: new Date(after.createdAt), id: { lt: after.id } },
        ],
      }
    : {};
  const [rows, totalCount] = await Promise.all([
    db.promotion.findMany({
      where: { AND: [where, afterCursor] },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take,
    }),
    db.promotion.count({ where }),
  ]);
  return { rows: rows.map(toPromotionRecord), totalCount };
}
