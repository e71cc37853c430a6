export * from './event-catalog';
export * from './command-catalog';
export * from './command-envelope';
export * from './guest-customer';
export * from './outbox-writer';
export * from './queues';
export * from './fan-out';
export * from './outbox-notify';
export * from './outbox-relay';
export { outboxCommitHandOff, type OutboxCommitHandOff } from './outbox-handoff';
export { DEFAULT_REDRIVE_WINDOW_MS, queuesMarkerKey, resolveRedriveWindowMs } from './outbox-redrive';
export * from './inbox';
export * from './workers';
export * from './permanent-failures';
export * from './dead-letters';
export type { EventsLogger } from './logger';
export { coalescingRunner, type CoalescingRunner } from './coalescing-runner';
export {
  watchQueue,
  watchOutbox,
  recordWatchdogAction,
  SAGA_STEP_COMMANDS,
  SAGA_STEP_REPLIES,
} from './metrics';
export * from './privacy';
export * from './secret-links';
