import type { CartLine as CartLineRow } from '../__generated__/prisma/client';
import type { CartLineRecord, CartRecord } from '../domain/cart';
import type { CartTx, CartDb } from './database';

interface CartRow {
  id: string;
  customerId: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

function toLineRecord(row: CartLineRow): CartLineRecord {
  return {
    id: row.id,
    variantId: row.variantId,
    quantity: row.quantity,
    addedUnitPrice: row.addedUnitPrice,
    addedCurrency: row.addedCurrency,
    addedAt: row.addedAt.toISOString(),
  };
}

function toRecord(cart: CartRow, lines: CartLineRow[]): CartRecord {
  return {
    id: cart.id,
    customerId: cart.customerId,
    version: cart.version,
    lines: lines.map(toLineRecord),
    createdAt: cart.createdAt.toISOString(),
    updatedAt: cart.updatedAt.toISOString(),
  };
}

const LINE_ORDER = { position: 'asc' } as const;

/** The durable copy of customers' carts. Guest carts never reach Postgres. */
export class CustomerCartRepo {
  constructor(private readonly prisma: CartDb) {}

  // A cart with its lines is two statements (Prisma loads the included lines separately); run as one
  // transaction they cost one Postgres transaction instead of two.
  async findById(id: string): Promise<CartRecord | null> {
    const [cart] = await this.prisma.$transaction([
      this.prisma.cart.findUnique({ where: { id }, include: { lines: { orderBy: LINE_ORDER } } }),
    ]);
    return cart ? toRecord(cart, cart.lines) : null;
  }

  async findByCustomer(customerId: string): Promise<CartRecord | null> {
    const [cart] = await this.prisma.$transaction([
      this.prisma.cart.findUnique({ where: { customerId }, include: { lines: { orderBy: LINE_ORDER } } }),
    ]);
    return cart ? toRecord(cart, cart.lines) : null;
  }

  /**
   * Locks the customer's cart row for the rest of the transaction, creating an empty cart first if they have
   * none. Concurrent writers to the same cart queue up here, so none of their updates is lost.
   */
  async lockForCustomer(tx: CartTx, customerId: string, idIfNew: string, now: Date): Promise<CartRecord> {
    // Timestamps are passed in rather than taken from now(): the columns hold UTC without a zone.
    await tx.$executeRaw`
      INSERT INTO "carts" ("id", "customer_id", "version", "created_at", "updated_at")
      VALUES (${idIfNew}::uuid, ${customerId}, 0, ${now}, ${now})
      ON CONFLICT ("customer_id") DO NOTHING`;
    const locked = await this.lockExisting(tx, customerId);
    if (!locked) throw new Error(`Cart of customer ${customerId} vanished while being locked`);
    return locked;
  }

  /** Locks the customer's cart if they have one; never creates it. */
  async lockExisting(tx: CartTx, customerId: string): Promise<CartRecord | null> {
    const rows = await tx.$queryRaw<CartRow[]>`
      SELECT "id", "customer_id" AS "customerId", "version", "created_at" AS "createdAt", "updated_at" AS "updatedAt"
      FROM "carts" WHERE "customer_id" = ${customerId} FOR UPDATE`;
    const cart = rows[0];
    if (!cart) return null;
    const lines = await tx.cartLine.findMany({ where: { cartId: cart.id }, orderBy: LINE_ORDER });
    return toRecord(cart, lines);
  }

  /** Writes the cart's lines and bumps its version; call with the row locked. Returns the stored cart. */
  async save(tx: CartTx, cart: CartRecord): Promise<CartRecord> {
    const updated = await tx.cart.update({
      where: { id: cart.id },
      data: { version: { increment: 1 }, updatedAt: new Date(cart.updatedAt) },
    });
    await tx.cartLine.deleteMany({ where: { cartId: cart.id } });
    if (cart.lines.length) {
      await tx.cartLine.createMany({
        data: cart.lines.map((line, position) => ({
          id: line.id,
          cartId: cart.id,
          variantId: line.variantId,
          quantity: line.quantity,
          addedUnitPrice: line.addedUnitPrice,
          addedCurrency: line.addedCurrency,
          addedAt: new Date(line.addedAt),
          position,
        })),
      });
    }
    return {
      ...cart,
      version: updated.version,
      createdAt: updated.createdAt.toISOString(),
      updatedAt: updated.updatedAt.toISOString(),
    };
  }
}
