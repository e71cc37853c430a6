export * from './test-database';
export * from './test-keys';
export * from './graphql-client';
export * from './redis';
