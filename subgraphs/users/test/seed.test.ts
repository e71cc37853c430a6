import { describe, expect, it } from 'vitest';
import { seed } from '../prisma/seed';
import { createPasswordHasher } from '../src/security/password-hasher';
import { usersDatabaseForFile } from './support/users-harness';

describe('users: demo seed', () => {
  const database = usersDatabaseForFile();
  const hasher = createPasswordHasher();
  const run = async (env: NodeJS.ProcessEnv) => {
    const lines: string[] = [];
    await seed({ databaseUrl: database.url, log: (line) => lines.push(line), env });
    return lines;
  };
  const accounts = async () =>
    (
      await database.client.query<{
        email: string;
        role: string;
        password_hash: string;
        addresses: number;
        defaults: number;
      }>(
        `SELECT u.email, u.role, u.password_hash, count(a.id)::int AS addresses, count(a.id) FILTER (WHERE a.is_default)::int AS defaults
         FROM users u LEFT JOIN addresses a ON a.user_id = u.id GROUP BY u.id ORDER BY u.email`,
      )
    ).rows;

  it('refuses the public default passwords in production, before writing anything', async () => {
    await expect(
      run({ NODE_ENV: 'production', DEMO_CUSTOMER_PASSWORD: 'a strong customer pass' }),
    ).rejects.toThrow(/DEMO_ADMIN_PASSWORD must be set/);
    await expect(run({ NODE_ENV: 'development', DEMO_ADMIN_PASSWORD: 'password123' })).rejects.toThrow(
      /too weak/,
    );
    expect(await accounts()).toEqual([]);
  });

  it('creates an admin and a customer with one default address, idempotently', async () => {
    const first = await run({ NODE_ENV: 'development' });
    expect(first).toEqual([
      'users: admin@example.com (ADMIN) created',
      'users: admin@example.com marked verified',
      'users: customer@example.com (CUSTOMER) created',
      'users: customer@example.com marked verified',
      'users: default address added for customer@example.com',
    ]);
    const { rows: verified } = await database.client.query<{ verified: boolean }>(
      'SELECT email_verified_at IS NOT NULL AS verified FROM users ORDER BY email',
    );
    expect(verified).toEqual([{ verified: true }, { verified: true }]);
    const created = await accounts();
    expect(created.map(({ password_hash: _hash, ...rest }) => rest)).toEqual([
      { email: 'admin@example.com', role: 'ADMIN', addresses: 0, defaults: 0 },
      { email: 'customer@example.com', role: 'CUSTOMER', addresses: 1, defaults: 1 },
    ]);
    expect(await hasher.verify(created[0]!.password_hash, 'admin-dev-password')).toBe(true);
    expect(await hasher.verify(created[1]!.password_hash, 'customer-dev-password')).toBe(true);

    const again = await run({ NODE_ENV: 'development' });
    expect(again).toEqual([
      'users: admin@example.com (ADMIN) up to date',
      'users: customer@example.com (CUSTOMER) up to date',
    ]);
    expect(await accounts()).toEqual(created);
  });

  it('applies passwords from the environment and repairs a changed role', async () => {
    await database.client.query(`UPDATE users SET role = 'CUSTOMER' WHERE email = 'admin@example.com'`);
    const lines = await run({
      NODE_ENV: 'production',
      DEMO_ADMIN_PASSWORD: 'an admin passphrase',
      DEMO_CUSTOMER_PASSWORD: 'a customer passphrase',
    });
    expect(lines).toEqual([
      'users: admin@example.com (ADMIN) role set to ADMIN, password updated',
      'users: customer@example.com (CUSTOMER) password updated',
    ]);
    const [admin, customer] = await accounts();
    expect(admin!.role).toBe('ADMIN');
    expect(await hasher.verify(admin!.password_hash, 'an admin passphrase')).toBe(true);
    expect(await hasher.verify(customer!.password_hash, 'a customer passphrase')).toBe(true);
    const { rows } = await database.client.query(
      `SELECT count(*)::int AS n FROM outbox WHERE name = 'user.registered'`,
    );
    expect(rows[0].n).toBe(2);
  });
});
