import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { expectData } from '@msa/testing';
import { registered, usersHarnessForFile } from './support/users-harness';

/** Timestamps are stored in UTC without a zone, as Prisma writes them. */
const UTC_NOW = `(now() AT TIME ZONE 'UTC')`;

describe('expired data exports are deleted by the periodic sweeper', () => {
  const h = usersHarnessForFile({ dataExportSweepIntervalMs: 100 });

  async function exportRow(
    userId: string,
    status: 'PENDING' | 'READY',
    age: string,
    expiresIn: string | null,
  ) {
    const id = randomUUID();
    await h.db.query(
      `INSERT INTO data_exports (id, user_id, status, expected, parts, file, requested_at, ready_at, expires_at)
       VALUES ($1, $2, $3::"DataExportStatus", ARRAY['users'], $4::jsonb, $5,
               ${UTC_NOW} - $6::interval, CASE WHEN $3 = 'READY' THEN ${UTC_NOW} END,
               ${UTC_NOW} + $7::interval)`,
      [
        id,
        userId,
        status,
        status === 'PENDING' ? '{"orders":{"secret":"part"}}' : '{}',
        status === 'READY' ? '{"data":{}}' : null,
        age,
        expiresIn,
      ],
    );
    return id;
  }

  const existing = async (ids: string[]) =>
    (await h.db.query<{ id: string }>('SELECT id FROM data_exports WHERE id = ANY($1::uuid[])', [ids])).rows
      .map((row) => row.id)
      .sort();

  it('removes expired files and abandoned pending exports, keeps downloadable and recent ones, and counts them', async () => {
    const [expiredOwner, freshOwner, staleOwner, pendingOwner] = await Promise.all([
      registered(h),
      registered(h),
      registered(h),
      registered(h),
    ]);
    const expired = await exportRow(expiredOwner.id, 'READY', '2 days', '-1 minute');
    const fresh = await exportRow(freshOwner.id, 'READY', '1 hour', '23 hours');
    const stale = await exportRow(staleOwner.id, 'PENDING', '2 hours', null);
    const pending = await exportRow(pendingOwner.id, 'PENDING', '1 minute', null);

    await vi.waitFor(async () => expect(await existing([expired, stale])).toEqual([]), {
      timeout: 10_000,
      interval: 50,
    });
    expect(await existing([fresh, pending])).toEqual([fresh, pending].sort());

    const latest = async (token: string) =>
      expectData(
        await h.request<{ myDataExport: { id: string } | null }>('{ myDataExport { id } }', {}, token),
      ).myDataExport;
    expect(await latest(expiredOwner.accessToken)).toBeNull();
    expect(await latest(freshOwner.accessToken)).toEqual({ id: fresh });

    const metrics = await (await fetch(`${h.baseUrl}/metrics`)).text();
    const removed = (kind: string) =>
      Number(
        new RegExp(
          `msa_sweeper_removed_total\\{[^}]*sweeper="data-exports",kind="${kind}"[^}]*\\} (\\d+)`,
        ).exec(metrics)?.[1] ?? 0,
      );
    expect(removed('expired')).toBeGreaterThanOrEqual(1);
    expect(removed('abandoned')).toBeGreaterThanOrEqual(1);
    expect(metrics).toMatch(/msa_sweeper_runs_total\{[^}]*sweeper="data-exports",outcome="ok"/);
  });
});
