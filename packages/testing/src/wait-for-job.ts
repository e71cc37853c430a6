import { Job, type Queue } from 'bullmq';

/**
 * Waits until a worker completed the job. A failed job fails the test with its reason, and so does a delayed
 * one: it is waiting for a retry because its handler threw, which no test that waits for it expects.
 */
export async function waitForJob(
  queue: Queue,
  job: Job,
  { timeoutMs = 10_000, intervalMs = 20 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const state = await job.getState();
    if (state === 'completed') return;
    if (state === 'failed' || state === 'delayed') {
      const failed = await Job.fromId(queue, job.id!);
      throw new Error(`event ${job.name} failed: ${failed?.failedReason}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`event ${job.name} was not processed in time`);
}

/** How a job ended (completed or failed), or undefined while it may still run: for `eventually`. */
export async function jobOutcome(queue: Queue, jobId: string): Promise<'completed' | 'failed' | undefined> {
  const state = await queue.getJobState(jobId);
  return state === 'completed' || state === 'failed' ? state : undefined;
}
