/**
 * How to stop the tracing SDK this process started, kept apart from sdk.ts so that a graceful shutdown can
 * flush the last spans without loading the SDK when tracing is off.
 */
let stopRunning: (() => Promise<void>) | undefined;

/** Called by startTelemetry with the SDK's shutdown (undefined once it has stopped). */
export function setTelemetryShutdown(stop: (() => Promise<void>) | undefined): void {
  stopRunning = stop;
}

/**
 * Exports the spans still buffered and stops the SDK; nothing when tracing is off. A graceful shutdown calls
 * it last, before the process exits (process.exit skips `beforeExit`, so nothing else would flush them).
 */
export async function shutdownTelemetry(): Promise<void> {
  const stop = stopRunning;
  stopRunning = undefined;
  await stop?.();
}
