export * from './database-url';
export * from './database-admin';
export * from './migrations';
export * from './runtime-adapter';
export * from './prisma-config';
