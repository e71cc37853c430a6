import { PrismaPg } from '@prisma/adapter-pg';

export interface RuntimeAdapterOptions {
  /** Pool size per process; Prisma's own default is small for a server. */
  max?: number;
}

/** The driver adapter a subgraph's PrismaClient runs on at runtime. */
export function createRuntimeAdapter(
  connectionString: string,
  options: RuntimeAdapterOptions = {},
): PrismaPg {
  return new PrismaPg({ connectionString, max: options.max ?? 10 });
}
