import type { Logger } from '@msa/subgraph-kit';
import type { FaultPoint } from './domain/fault-points';

/** Called at each crash point; does nothing unless the point was enabled. */
export type CrashPoint = (point: FaultPoint) => void;

/**
 * Kills this process with SIGKILL at the enabled points: no graceful shutdown, no finally blocks, no queue
 * acknowledgement, exactly like the machine losing power there. For crash tests only (see FAULT_INJECT).
 */
export function crashAtPoints(points: readonly FaultPoint[], logger: Logger): CrashPoint | undefined {
  if (points.length === 0) return undefined;
  const enabled = new Set(points);
  return (point) => {
    if (!enabled.has(point)) return;
    logger.warn({ point }, 'fault injection: killing the process');
    process.kill(process.pid, 'SIGKILL');
  };
}
