import type { CommandName, CommandPayloads } from '@msa/events';

/** A command a saga step asks the orders service to send, typed by the shared command catalog. */
export type SagaCommand = { [C in CommandName]: { name: C; payload: CommandPayloads[C] } }[CommandName];

export function command<C extends CommandName>(name: C, payload: CommandPayloads[C]): SagaCommand {
  return { name, payload } as SagaCommand;
}
