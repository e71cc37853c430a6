export * from './event-catalog';
export * from './command-catalog';
export * from './outbox-writer';
