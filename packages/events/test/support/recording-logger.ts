import type { EventsLogger } from '../../src';

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  data: object;
  message: string | undefined;
}

export function recordingLogger(): { logger: EventsLogger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: LogLine['level']) => (data: object, message?: string) => {
    lines.push({ level, data, message });
  };
  return { lines, logger: { info: at('info'), warn: at('warn'), error: at('error') } };
}
