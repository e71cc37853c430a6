import type { MovementReason } from '../domain/stock-movement';
import type { InventoryDb, InventoryTx } from './database';

export interface MovementRow {
  id: string;
  variantId: string;
  onHandDelta: number;
  reservedDelta: number;
  onHandAfter: number;
  reservedAfter: number;
  reason: MovementReason;
  note: string | null;
  reference: string | null;
  actorId: string | null;
  createdAt: Date;
}

export type NewMovement = Omit<MovementRow, 'id' | 'createdAt'>;

export function recordMovement(tx: InventoryTx, movement: NewMovement): Promise<MovementRow> {
  return tx.stockMovement.create({ data: movement });
}

export interface MovementCursor {
  createdAt: string;
  id: string;
}

/** Newest first; ties on the timestamp are broken by id so pages never skip or repeat a row. */
export function findMovementPage(
  db: InventoryDb,
  filter: { variantId: string | null },
  after: MovementCursor | null,
  take: number,
): Promise<MovementRow[]> {
  const before = after
    ? {
        OR: [
          { createdAt: { lt: new Date(after.createdAt) } },
          { createdAt: new Date(after.createdAt), id: { lt: after.id } },
        ],
      }
    : {};
  return db.stockMovement.findMany({
    where: { ...(filter.variantId ? { variantId: filter.variantId } : {}), ...before },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take,
  });
}

export function countMovements(db: InventoryDb, filter: { variantId: string | null }): Promise<number> {
  return db.stockMovement.count({ where: filter.variantId ? { variantId: filter.variantId } : {} });
}
