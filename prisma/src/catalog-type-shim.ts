import pg from 'pg';

/**
 * Migration-only workaround for prisma/orm#27403: Prisma's WASM schema engine reads catalog columns of
 * Postgres type `name` (OID 19), which @prisma/adapter-pg 6.x cannot deserialize ("Column type 'name' could not
 * be deserialized"). Reporting those columns as `text` (OID 25) is lossless. Runtime clients never use this.
 */
const NAME_OID = 19;
const TEXT_OID = 25;

function retypeNameColumns<R extends { fields?: { dataTypeID: number }[] }>(result: R): R {
  for (const field of result?.fields ?? []) {
    if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
  }
  return result;
}

class CatalogTypeShimClient extends pg.Client {
  // pg-pool calls query with a callback; adapter-pg awaits the promise form: both must be rewritten.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      args[args.length - 1] = (error: Error | null, result: never) =>
        last(error, error ? result : retypeNameColumns(result));
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (super.query as any)(...args);
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const returned = (super.query as any)(...args);
    return returned && typeof returned.then === 'function' ? returned.then(retypeNameColumns) : returned;
  }
}

export function createMigrationPool(connectionString: string): pg.Pool {
  return new pg.Pool({
    connectionString,
    Client: CatalogTypeShimClient,
    max: 2,
    allowExitOnIdle: true,
    idleTimeoutMillis: 200,
  });
}
