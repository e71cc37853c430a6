export * from './database-url';
export * from './database-admin';
export * from './migrations';
export * from './migrated-template';
export * from './runtime-adapter';
export * from './sql-reader';
export * from './prisma-config';
