/** An event as a saga reads it. */
export interface ReplyEvent {
  readonly name: string;
  readonly payload: unknown;
}

/** Turns a failure reply's payload into the reason the saga records (typed by the step that declares it). */
export type ReplyReason = (payload: never) => string;

/**
 * The events that answer one step, declared with the step. Each event answers at most one step of a saga.
 *
 * - `succeeded`: the step is done; its payload goes to the step's `result`.
 * - `failed`: the step failed and the saga fails with `reason(payload)` (onStepFailed).
 * - `held`: the step failed in a way the caller may retry; the saga holds (onStepHeld).
 * - `compensated`: the step's compensation is done (onCompensationSucceeded).
 * - `compensationFailed`: the compensation failed and is asked for again, at most `maxAttempts` times in all;
 *   after that the saga stays compensating for an administrator.
 * - `undone`: the step's effect is gone, whether by its compensation or outside the saga (onStepUndone). With
 *   `abortsWith`, an undo while the saga still runs and needs the effect (the step in flight or succeeded)
 *   aborts the saga with that reason.
 */
export interface StepReplies {
  readonly succeeded?: string;
  readonly failed?: { readonly event: string; readonly reason: ReplyReason };
  readonly held?: { readonly event: string; readonly reason: ReplyReason };
  readonly compensated?: string;
  readonly compensationFailed?: {
    readonly event: string;
    readonly reason: ReplyReason;
    readonly maxAttempts?: number;
  };
  readonly undone?: { readonly event: string; readonly abortsWith?: string };
}

export type ReplyRole = keyof StepReplies;

/** Which step an event answers, and what it means for that step. */
export interface ReplyRoute {
  readonly step: string;
  readonly role: ReplyRole;
}

function eventOf(replies: StepReplies, role: ReplyRole): string | undefined {
  const declared = replies[role];
  return typeof declared === 'string' ? declared : declared?.event;
}

const ROLES: readonly ReplyRole[] = [
  'succeeded',
  'failed',
  'held',
  'compensated',
  'compensationFailed',
  'undone',
];

/** What the routing reads of a saga: its name and its steps' declared replies. */
export interface RepliedSaga {
  readonly name: string;
  readonly steps: readonly { readonly name: string; readonly replies?: StepReplies }[];
}

function routesOf(sagaName: string, steps: RepliedSaga['steps']): Map<string, ReplyRoute> {
  const routes = new Map<string, ReplyRoute>();
  for (const step of steps) {
    for (const role of ROLES) {
      const event = step.replies ? eventOf(step.replies, role) : undefined;
      if (event === undefined) continue;
      const taken = routes.get(event);
      if (taken)
        throw new Error(
          `Saga "${sagaName}": "${event}" answers both step "${taken.step}" and step "${step.name}"`,
        );
      routes.set(event, { step: step.name, role });
    }
  }
  return routes;
}

/** Checks at load time that every event answers one step at most (defineSaga calls it). */
export function checkReplies(sagaName: string, steps: RepliedSaga['steps']): void {
  routesOf(sagaName, steps);
}

const routeCache = new WeakMap<object, Map<string, ReplyRoute>>();

/** The reply routing of a saga: event name → the step it answers and what it means. */
export function replyRoutes(definition: RepliedSaga): ReadonlyMap<string, ReplyRoute> {
  let routes = routeCache.get(definition);
  if (!routes) {
    routes = routesOf(definition.name, definition.steps);
    routeCache.set(definition, routes);
  }
  return routes;
}

/** Every event that answers a step of these sagas, each once, in step order: what their owner subscribes to. */
export function replyEventNames(...definitions: RepliedSaga[]): string[] {
  return [...new Set(definitions.flatMap((definition) => [...replyRoutes(definition).keys()]))];
}
