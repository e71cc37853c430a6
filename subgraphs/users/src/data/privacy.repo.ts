import { publishEvent } from '@msa/events';
import type { Prisma, PrismaClient } from '../__generated__/prisma/client';
import { anonymisedAccount } from '../domain/data-export';
import { isUniqueViolation, isUuid } from './database';

export type DataExportStatusName = 'PENDING' | 'READY';

export interface DataExportRecord {
  id: string;
  userId: string;
  status: DataExportStatusName;
  expected: string[];
  parts: Record<string, unknown>;
  requestedAt: Date;
  readyAt: Date | null;
  expiresAt: Date | null;
}

const SUMMARY = {
  id: true,
  userId: true,
  status: true,
  expected: true,
  parts: true,
  requestedAt: true,
  readyAt: true,
  expiresAt: true,
} satisfies Prisma.DataExportSelect;

type Tx = Prisma.TransactionClient;

function toRecord(row: Prisma.DataExportGetPayload<{ select: typeof SUMMARY }>): DataExportRecord {
  const parts = row.parts && typeof row.parts === 'object' && !Array.isArray(row.parts) ? row.parts : {};
  return { ...row, parts: parts as Record<string, unknown> };
}

export type ExportInProgress = { inProgress: true };

/** Data exports and account erasure: the users subgraph's side of the privacy requests. */
export class PrivacyRepo {
  constructor(private readonly db: PrismaClient) {}

  /**
   * Starts an export and its request event atomically. A pending export older than `staleBefore` (a
   * contributor never answered) is dropped first; a fresher one wins on the one-pending-per-user index.
   */
  async startExport(
    userId: string,
    expected: readonly string[],
    staleBefore: Date,
  ): Promise<DataExportRecord | ExportInProgress> {
    try {
      return await this.db.$transaction(async (tx) => {
        await tx.dataExport.deleteMany({
          where: { userId, status: 'PENDING', requestedAt: { lt: staleBefore } },
        });
        const row = await tx.dataExport.create({
          data: { userId, expected: [...expected] },
          select: SUMMARY,
        });
        await publishEvent(tx, 'user.data_export_requested', { exportId: row.id, userId });
        return toRecord(row);
      });
    } catch (error) {
      if (isUniqueViolation(error)) return { inProgress: true };
      throw error;
    }
  }

  async latestForUser(userId: string): Promise<DataExportRecord | null> {
    const row = await this.db.dataExport.findFirst({
      where: { userId },
      orderBy: { requestedAt: 'desc' },
      select: SUMMARY,
    });
    return row ? toRecord(row) : null;
  }

  async findFile(
    exportId: string,
  ): Promise<{ userId: string; file: string | null; expiresAt: Date | null } | null> {
    if (!isUuid(exportId)) return null;
    return this.db.dataExport.findUnique({
      where: { id: exportId },
      select: { userId: true, file: true, expiresAt: true },
    });
  }

  /**
   * Deletes exports nobody may download any more: ready ones whose link expired (the file goes with them) and
   * pending ones older than `staleBefore`, whose parts would otherwise wait for a contributor forever.
   */
  async deleteExpired(now: Date, staleBefore: Date): Promise<{ expired: number; abandoned: number }> {
    const [expired, abandoned] = await this.db.$transaction([
      this.db.dataExport.deleteMany({ where: { status: 'READY', expiresAt: { lte: now } } }),
      this.db.dataExport.deleteMany({ where: { status: 'PENDING', requestedAt: { lt: staleBefore } } }),
    ]);
    return { expired: expired.count, abandoned: abandoned.count };
  }

  /** Locks a pending export and adds one subgraph's part; null when the export is gone or already ready. */
  async addPart(tx: Tx, exportId: string, subgraph: string, data: unknown): Promise<DataExportRecord | null> {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM data_exports WHERE id = ${exportId}::uuid AND status = 'PENDING' FOR UPDATE`;
    if (!locked.length) return null;
    await tx.$executeRaw`
      UPDATE data_exports SET parts = parts || jsonb_build_object(${subgraph}::text, ${JSON.stringify(data ?? null)}::jsonb)
      WHERE id = ${exportId}::uuid`;
    const row = await tx.dataExport.findUniqueOrThrow({ where: { id: exportId }, select: SUMMARY });
    return toRecord(row);
  }

  /** Stores the assembled file and announces the signed link, in the caller's transaction. */
  async markReady(
    tx: Tx,
    record: DataExportRecord,
    file: string,
    readyAt: Date,
    expiresAt: Date,
    downloadPath: string,
  ): Promise<void> {
    await tx.dataExport.update({
      where: { id: record.id },
      // The parts are in the file now; keeping one copy is enough.
      data: { status: 'READY', file, parts: {}, readyAt, expiresAt },
    });
    await publishEvent(tx, 'user.data_export_ready', {
      exportId: record.id,
      userId: record.userId,
      downloadPath,
      expiresAt: expiresAt.toISOString(),
    });
  }

  /** The users part of an export: profile and address book, read in the handler's transaction. */
  async readOwnData(tx: Tx, userId: string) {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, email: true, name: true, role: true, createdAt: true },
    });
    const addresses = await tx.address.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } });
    return { user, addresses };
  }

  /**
   * Erases the account: the row is kept (orders keep a customer id) with an address nobody owns, no name and a
   * password nothing matches; its addresses and exports go, and `user.account_deleted` tells every subgraph.
   */
  async eraseAccount(userId: string, now: Date): Promise<void> {
    await this.db.$transaction(async (tx) => {
      await tx.user.update({
        where: { id: userId },
        data: {
          ...anonymisedAccount(userId),
          passwordHash: '!deleted',
          deletedAt: now,
          disabledAt: now,
          disabledReason: 'Deleted by its owner',
        },
      });
      await tx.address.deleteMany({ where: { userId } });
      await tx.dataExport.deleteMany({ where: { userId } });
      await publishEvent(tx, 'user.account_deleted', { userId });
    });
  }
}
