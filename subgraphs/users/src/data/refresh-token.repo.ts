import type { PrismaClient } from '../__generated__/prisma/client';
import type { SessionRevocationReason } from '../domain/refresh-token-rotation';

export interface RefreshTokenRecord {
  id: string;
  familyId: string;
  expiresAt: Date;
  usedAt: Date | null;
  family: { userId: string; revokedAt: Date | null; revokedReason: SessionRevocationReason | null };
}

export class RefreshTokenRepo {
  constructor(private readonly db: PrismaClient) {}

  /** Starts a session: a new family holding its first token. */
  async startFamily(userId: string, tokenHash: string, expiresAt: Date): Promise<string> {
    const family = await this.db.refreshTokenFamily.create({
      data: { userId, tokens: { create: { tokenHash, expiresAt } } },
      select: { id: true },
    });
    return family.id;
  }

  findByHash(tokenHash: string): Promise<RefreshTokenRecord | null> {
    return this.db.refreshToken.findUnique({
      where: { tokenHash },
      select: {
        id: true,
        familyId: true,
        expiresAt: true,
        usedAt: true,
        family: { select: { userId: true, revokedAt: true, revokedReason: true } },
      },
    });
  }

  /**
   * Marks the presented token used and issues its successor, only if nobody used it first and its family is
   * still live. The conditional update is the race guard: of two concurrent rotations exactly one sees a
   * row to update; the other gets false and must treat the token as reused.
   */
  async rotate(
    presentedId: string,
    familyId: string,
    next: { tokenHash: string; expiresAt: Date },
    now: Date,
  ): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const claimed = await tx.refreshToken.updateMany({
        where: { id: presentedId, usedAt: null, family: { revokedAt: null } },
        data: { usedAt: now },
      });
      if (claimed.count !== 1) return false;
      await tx.refreshToken.create({
        data: { familyId, tokenHash: next.tokenHash, expiresAt: next.expiresAt },
      });
      return true;
    });
  }

  /** Ends a session; the first reason recorded wins, so a later logout does not hide a detected reuse. */
  async revokeFamily(familyId: string, reason: SessionRevocationReason, now: Date): Promise<void> {
    await this.db.refreshTokenFamily.updateMany({
      where: { id: familyId, revokedAt: null },
      data: { revokedAt: now, revokedReason: reason },
    });
  }

  async revokeAllForUser(userId: string, reason: SessionRevocationReason, now: Date): Promise<void> {
    await this.db.refreshTokenFamily.updateMany({
      where: { userId, revokedAt: null },
      data: { revokedAt: now, revokedReason: reason },
    });
  }
}
