/**
 * The slice of a pino logger this package writes to, so services pass their own logger and tests pass nothing.
 */
export interface EventsLogger {
  info(data: object, message?: string): void;
  warn(data: object, message?: string): void;
  error(data: object, message?: string): void;
}

/** Used when no logger is given: problems still reach stderr, routine progress stays quiet. */
export const stderrLogger: EventsLogger = {
  info: () => undefined,
  warn: (data, message) => console.warn(message ?? '', data),
  error: (data, message) => console.error(message ?? '', data),
};
