export * from './event-catalog';
export * from './outbox-writer';
