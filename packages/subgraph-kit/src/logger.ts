import { pino, type Logger, type LevelWithSilent } from 'pino';
import { ecsLoggerOptions } from '@msa/telemetry';

export type { Logger };

/**
 * JSON logs to stdout in Elastic Common Schema: every line carries `service.name`, request lines also
 * `http.request.id`, and lines written inside a traced span its `trace.id` and `span.id`.
 */
export function createLogger(service: string, level: LevelWithSilent = 'info'): Logger {
  return pino({
    ...ecsLoggerOptions(service),
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        'http.request.headers.authorization',
        '*.password',
        '*.refreshToken',
        '*.accessToken',
      ],
      censor: '[redacted]',
    },
  });
}
