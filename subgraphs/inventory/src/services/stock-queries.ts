import {
  byKeys,
  decodeCursor,
  encodeCursor,
  pageSize,
  toConnection,
  type Connection,
  type LoaderRegistry,
} from '@msa/subgraph-kit';
import { isUuid, type InventoryDb } from '../data/database';
import {
  countLowStock,
  findLowStockPage,
  findStockLevels,
  type LowStockCursor,
} from '../data/stock-level.repo';
import { countMovements, findMovementPage, type MovementCursor } from '../data/stock-movement.repo';
import {
  emptyStockLevelView,
  toStockLevelView,
  toStockMovementView,
  type StockLevelView,
  type StockMovementView,
} from './stock-views';

/** Stock of a variant, batched: every variant of one request is read with one query. */
export function loadStockLevel(
  db: InventoryDb,
  loaders: LoaderRegistry,
  variantId: string,
): Promise<StockLevelView> {
  return loaders
    .get<string, StockLevelView>('StockLevel', async (variantIds) => {
      const rows = byKeys(variantIds, await findStockLevels(db, variantIds), (row) => row.variantId);
      return rows.map((row, index) =>
        row ? toStockLevelView(row) : emptyStockLevelView(variantIds[index]!),
      );
    })
    .load(variantId);
}

const isLowStockCursor = (value: unknown): value is LowStockCursor =>
  typeof value === 'object' &&
  value !== null &&
  Number.isInteger((value as LowStockCursor).available) &&
  typeof (value as LowStockCursor).variantId === 'string';

export async function lowStockConnection(
  db: InventoryDb,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<StockLevelView>> {
  const size = pageSize(args.first);
  const after = args.after ? decodeCursor(args.after, isLowStockCursor) : null;
  const [rows, total] = await Promise.all([findLowStockPage(db, after, size + 1), countLowStock(db)]);
  return toConnection(rows.map(toStockLevelView), size, total, (view) =>
    encodeCursor({ available: view.available, variantId: view.variantId } satisfies LowStockCursor),
  );
}

const isMovementCursor = (value: unknown): value is MovementCursor =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as MovementCursor).id === 'string' &&
  isUuid((value as MovementCursor).id) &&
  typeof (value as MovementCursor).createdAt === 'string' &&
  !Number.isNaN(Date.parse((value as MovementCursor).createdAt));

export async function stockMovementConnection(
  db: InventoryDb,
  args: { variantId?: string | null; first?: number | null; after?: string | null },
): Promise<Connection<StockMovementView>> {
  const size = pageSize(args.first);
  const after = args.after ? decodeCursor(args.after, isMovementCursor) : null;
  const filter = { variantId: args.variantId?.trim() || null };
  const [rows, total] = await Promise.all([
    findMovementPage(db, filter, after, size + 1),
    countMovements(db, filter),
  ]);
  return toConnection(rows.map(toStockMovementView), size, total, (view) =>
    encodeCursor({ createdAt: view.createdAt.toISOString(), id: view.id } satisfies MovementCursor),
  );
}
