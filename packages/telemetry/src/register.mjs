// Preload for a service process: `node --import @msa/telemetry/register …` (or NODE_OPTIONS). It registers the
// ESM loader hook of the OpenTelemetry instrumentations before the application's modules load, so the
// instrumentations can patch modules imported as ESM (express, ioredis…). The SDK itself starts when the
// subgraph kit or the router is imported (see src/auto.ts), and only when the OTEL_* variables ask for it.
import { register } from 'node:module';

const exporters = (process.env.OTEL_TRACES_EXPORTER ?? '').toLowerCase();
const requested =
  process.env.OTEL_SDK_DISABLED?.toLowerCase() !== 'true' &&
  (exporters
    ? exporters.split(',').some((name) => name.trim() && name.trim() !== 'none')
    : Boolean(process.env.OTEL_EXPORTER_OTLP_ENDPOINT || process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT));

if (requested) register('@opentelemetry/instrumentation/hook.mjs', import.meta.url);
