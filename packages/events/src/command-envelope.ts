import type { CommandName, CommandPayloads } from './command-catalog';

/** What a command job carries on its owner's queue; same shape as a DomainEvent. */
export interface CommandEnvelope<C extends CommandName = CommandName> {
  /** Unique message id (the outbox row id); the owner de-duplicates on it. */
  id: string;
  name: C;
  payload: CommandPayloads[C];
  /** When the sender committed the command (the outbox row's creation time). */
  occurredAt: string;
}
