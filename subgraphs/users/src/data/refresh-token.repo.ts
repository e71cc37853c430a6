import { randomUUID } from 'node:crypto';
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
   * Marks the presented token used and stores its successor `next`, if the token is unused and its family
   * live. A token used at or after `reusableSince` may be exchanged again while the successor it was last
   * exchanged for is unused: that successor is retired unseen (its answer was lost) and `next` replaces it.
   * Conditional updates are the race guard: of two concurrent exchanges of an unused token the first
   * rotates it and the second finds it used moments ago; of two that would retire the same successor
   * exactly one does, and the other gets false and must treat the token as reused.
   */
  async exchange(
    presentedId: string,
    familyId: string,
    next: { tokenHash: string; expiresAt: Date },
    now: Date,
    reusableSince: Date,
  ): Promise<boolean> {
    const nextId = randomUUID();
    return this.db.$transaction(async (tx) => {
      const live = { revokedAt: null };
      const claimed = await tx.refreshToken.updateMany({
        where: { id: presentedId, usedAt: null, family: live },
        data: { usedAt: now, replacedById: nextId },
      });
      if (claimed.count !== 1) {
        const presented = await tx.refreshToken.findUnique({
          where: { id: presentedId },
          select: { usedAt: true, replacedById: true },
        });
        if (!presented?.usedAt || presented.usedAt < reusableSince || !presented.replacedById) return false;
        const retired = await tx.refreshToken.updateMany({
          where: { id: presented.replacedById, usedAt: null, family: live },
          data: { usedAt: now },
        });
        if (retired.count !== 1) return false;
        await tx.refreshToken.update({ where: { id: presentedId }, data: { replacedById: nextId } });
      }
      await tx.refreshToken.create({
        data: { id: nextId, familyId, tokenHash: next.tokenHash, expiresAt: next.expiresAt },
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
