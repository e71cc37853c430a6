import net from 'node:net';

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 2_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** Fails early with a helpful message when Postgres or Redis is not running. */
export async function checkBackingServices(env: NodeJS.ProcessEnv): Promise<void> {
  const postgres = new URL(env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres');
  const redis = new URL(env.REDIS_URL || 'redis://127.0.0.1:6379');
  const problems: string[] = [];
  if (!(await canConnect(postgres.hostname, Number(postgres.port || 5432)))) {
    problems.push(
      `PostgreSQL is not reachable at ${postgres.hostname}:${postgres.port || 5432} (start it, or: docker compose up -d postgres)`,
    );
  }
  if (!(await canConnect(redis.hostname, Number(redis.port || 6379)))) {
    problems.push(
      `Redis is not reachable at ${redis.hostname}:${redis.port || 6379} (start it, or: docker compose up -d redis)`,
    );
  }
  if (problems.length) throw new Error(problems.join('\n'));
}
