import { PrismaPg } from '@prisma/adapter-pg';
import { createMigrationPool } from './catalog-type-shim';

type Adapter = Awaited<ReturnType<PrismaPg['connect']>>;

/**
 * @prisma/adapter-pg 6.x runs a migration script by splitting it on every ";" — which cuts PL/pgSQL function
 * bodies and comments containing semicolons into invalid statements ("syntax error at or near …"). Postgres's
 * simple query protocol runs a multi-statement script as is, so migration tooling sends it whole.
 */
function runScriptsWhole(adapter: Adapter): Adapter {
  const internals = adapter as unknown as {
    client: { query(sql: string): Promise<unknown> };
    onError(error: unknown): never;
  };
  adapter.executeScript = async (script: string) => {
    try {
      await internals.client.query(script);
    } catch (error) {
      internals.onError(error);
    }
  };
  return adapter;
}

/** The driver adapter Prisma's schema engine migrates through: both workarounds, nothing else. */
class MigrationPrismaPg extends PrismaPg {
  override async connect(): Promise<Adapter> {
    return runScriptsWhole(await super.connect());
  }
}

export function createMigrationAdapter(connectionString: string): PrismaPg {
  return new MigrationPrismaPg(createMigrationPool(connectionString), { disposeExternalPool: true });
}
