import pg from 'pg';

type ConnectCallback = (
  error: Error | undefined,
  client: pg.PoolClient | undefined,
  done: (release?: Error | boolean) => void,
) => void;

/**
 * Makes a checked-out client give its pool slot back as soon as its connection is lost (the client emits
 * `error` or `end`): it is released with that error, so pg-pool closes it and forgets it. Whatever release its
 * holder makes later is ignored instead of throwing pg-pool's "release called twice".
 */
function releaseOnConnectionLoss(client: pg.PoolClient): pg.PoolClient {
  const releaseToPool = client.release;
  let released = false;
  const release = (error?: Error | boolean) => {
    if (released) return;
    released = true;
    client.removeListener('error', onLoss);
    client.removeListener('end', onLoss);
    releaseToPool(error);
  };
  const onLoss = (error?: Error) => release(error ?? new Error('Connection ended while checked out'));
  client.on('error', onLoss);
  client.on('end', onLoss);
  client.release = release;
  return client;
}

function ignoreLostIdleConnection(): void {}

/**
 * A pg pool that never counts a dead connection against its size.
 *
 * @prisma/adapter-pg hands a client back to the pool only from a transaction's commit() or rollback(), and
 * Prisma's transaction manager calls those only after its COMMIT or ROLLBACK statement succeeded. When the
 * session ends inside an interactive transaction (a Postgres restart, pg_terminate_backend, a network cut)
 * that statement fails, so the client is never released; pg-pool watches only idle clients for errors and keeps
 * counting it. Once `max` transactions have lost their connection this way every later query waits forever.
 * Here each checked-out client releases itself, with the error, when its connection is lost.
 */
export class ConnectionLossPool extends pg.Pool {
  constructor(config?: pg.PoolConfig) {
    super(config);
    // An idle connection that dies (a Postgres restart, a dropped database) is already closed and forgotten by
    // pg-pool, and the next query opens a fresh one; the pool then re-emits the error, which would crash the
    // process while nothing listens. Prisma listens only once it has connected, and hand-written reads
    // (SqlReader) may use the pool before that.
    this.on('error', ignoreLostIdleConnection);
  }

  override connect(): Promise<pg.PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    // The guard goes on in pg-pool's callback, never in a later `.then`: a client handed over by a release is
    // already without pg-pool's idle listener, and an error in the rest of the same socket read (a session
    // ended just after its last answer) would otherwise reach a client nobody listens to and end the process.
    if (!callback)
      return new Promise((resolve, reject) => {
        super.connect((error, client) => {
          if (error || !client) reject(error);
          else resolve(releaseOnConnectionLoss(client));
        });
      });
    super.connect((error, client, done) => {
      if (error || !client) return callback(error, client, done);
      const guarded = releaseOnConnectionLoss(client);
      callback(undefined, guarded, guarded.release);
    });
  }
}
