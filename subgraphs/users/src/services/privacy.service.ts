import { DATA_EXPORT_CONTRIBUTORS, privacyEventHandlers, processOnce, type EventHandlers } from '@msa/events';
import { notFound, type Logger } from '@msa/subgraph-kit';
import type { UsersDb } from '../data/database';
import type { Prisma } from '../__generated__/prisma/client';
import type { DataExportRecord, PrivacyRepo } from '../data/privacy.repo';
import type { UserRepo } from '../data/user.repo';
import {
  assembleExport,
  EXPORT_LINK_TTL_MS,
  EXPORT_PENDING_TIMEOUT_MS,
  missingParts,
  signedExportPath,
  usersExportPart,
} from '../domain/data-export';
import { UserErrorCode } from '../domain/user-error-codes';
import type { PasswordHasher } from '../security/password-hasher';
import { failure, problem, success, type Outcome } from './outcome';
import type { SessionService } from './session.service';

type UsersTx = Prisma.TransactionClient;

/** The inbox consumer under which users records the export parts it assembled. */
export const EXPORT_ASSEMBLER_CONSUMER = 'users:data-export';

export interface DataExportView extends DataExportRecord {
  /** Signed download path while the file can be fetched; null otherwise. */
  downloadPath: string | null;
}

export interface PrivacyServiceDeps {
  prisma: UsersDb;
  privacy: PrivacyRepo;
  users: UserRepo;
  hasher: PasswordHasher;
  sessions: SessionService;
  /** Key of the download links' signatures. */
  linkSecret: string;
  logger: Logger;
  clock?: () => Date;
}

/** Data exports (requested here, assembled from every contributor's part) and account deletion. */
export class PrivacyService {
  private readonly clock: () => Date;

  constructor(private readonly deps: PrivacyServiceDeps) {
    this.clock = deps.clock ?? (() => new Date());
  }

  /** One export in progress per customer; the file arrives as a notification with a link. */
  async requestExport(userId: string): Promise<Outcome<DataExportView>> {
    const user = await this.deps.users.findById(userId);
    if (!user) throw notFound('User');
    const now = this.clock();
    const started = await this.deps.privacy.startExport(
      userId,
      DATA_EXPORT_CONTRIBUTORS,
      new Date(now.getTime() - EXPORT_PENDING_TIMEOUT_MS),
    );
    if ('inProgress' in started)
      return failure(
        problem(
          UserErrorCode.EXPORT_IN_PROGRESS,
          'Your data export is being prepared; you will be notified when it is ready.',
        ),
      );
    return success(this.view(started));
  }

  async latestExport(userId: string): Promise<DataExportView | null> {
    const latest = await this.deps.privacy.latestForUser(userId);
    return latest ? this.view(latest) : null;
  }

  /** The file, for its owner only, while its link is valid. */
  async exportFile(exportId: string, userId: string): Promise<string | null> {
    const found = await this.deps.privacy.findFile(exportId);
    if (!found || found.userId !== userId || !found.file || !found.expiresAt) return null;
    return found.expiresAt > this.clock() ? found.file : null;
  }

  /** Removes expired exports and abandoned pending ones (run by the periodic sweeper in app.ts). */
  removeExpiredExports(): Promise<{ expired: number; abandoned: number }> {
    const now = this.clock();
    return this.deps.privacy.deleteExpired(now, new Date(now.getTime() - EXPORT_PENDING_TIMEOUT_MS));
  }

  /**
   * Deletes the signed-in customer's account after checking the password again: the row is anonymised, every
   * session ends, and every subgraph erases what it keeps when `user.account_deleted` reaches it.
   */
  async deleteAccount(userId: string, password: string): Promise<Outcome<true>> {
    const account = await this.deps.users.findCredentialsById(userId);
    if (!account) throw notFound('User');
    if (!(await this.deps.hasher.verify(account.passwordHash, password)))
      return failure(
        problem(UserErrorCode.INVALID_CREDENTIALS, 'That is not your password; nothing was deleted.', [
          'password',
        ]),
      );
    await this.deps.privacy.eraseAccount(userId, this.clock());
    await this.deps.sessions.endAll(userId, 'ACCOUNT_DELETED');
    this.deps.logger.info({ userId }, 'account deleted by its owner');
    return success(true);
  }

  /** users' own part of an export, and the assembly of every part into the file. */
  eventHandlers(): EventHandlers {
    const { prisma, privacy } = this.deps;
    const own = privacyEventHandlers<UsersTx>({
      service: 'users',
      transaction: (work) => prisma.$transaction(work, { timeout: 10_000 }),
      exportPart: async (tx, userId) => {
        const { user, addresses } = await privacy.readOwnData(tx, userId);
        return user ? usersExportPart(user, addresses) : null;
      },
      // users erases in deleteAccount itself; it does not subscribe to user.account_deleted.
      eraseUser: async () => {},
    });
    return {
      'user.data_export_requested': own['user.data_export_requested'],
      'user.data_export_part_ready': (event) =>
        prisma.$transaction(
          async (tx) => {
            if (!(await processOnce(tx, EXPORT_ASSEMBLER_CONSUMER, event.id))) return;
            const { exportId, subgraph, data } = event.payload;
            const record = await privacy.addPart(tx, exportId, subgraph, data);
            if (!record || missingParts(record.expected, record.parts).length) return;
            const readyAt = this.clock();
            const expiresAt = new Date(readyAt.getTime() + EXPORT_LINK_TTL_MS);
            const file = assembleExport({
              exportId,
              userId: record.userId,
              requestedAt: record.requestedAt,
              generatedAt: readyAt,
              parts: record.parts,
            });
            const path = signedExportPath(this.deps.linkSecret, exportId, expiresAt);
            await privacy.markReady(tx, record, file, readyAt, expiresAt, path);
          },
          { timeout: 10_000 },
        ),
    };
  }

  private view(record: DataExportRecord): DataExportView {
    const downloadable =
      record.status === 'READY' && record.expiresAt !== null && record.expiresAt > this.clock();
    return {
      ...record,
      downloadPath:
        downloadable && record.expiresAt
          ? signedExportPath(this.deps.linkSecret, record.id, record.expiresAt)
          : null,
    };
  }
}
