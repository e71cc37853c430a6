/**
 * How the simulated SMS and push providers treat an address, so that tests, demos and the end-to-end suite can
 * exercise every failure mode without a real provider:
 *
 * | channel | address | behaviour |
 * |---|---|---|
 * | PUSH | token starting `sim-unregistered` | rejected for good: the device token is no longer registered |
 * | PUSH | token starting `sim-flaky` | the first attempt fails (provider unavailable), the next succeeds |
 * | SMS | number ending `0000` | rejected for good: the number cannot receive text messages |
 * | SMS | number ending `0001` | the first attempt fails (carrier timeout), the next succeeds |
 * | both | anything else | delivered |
 */
export type SimulatedBehaviour =
  | { type: 'deliver' }
  | { type: 'reject'; reason: string }
  | { type: 'failOnce'; reason: string };

export function simulatedPushBehaviour(token: string): SimulatedBehaviour {
  if (token.startsWith('sim-unregistered'))
    return { type: 'reject', reason: 'device token is no longer registered' };
  if (token.startsWith('sim-flaky'))
    return { type: 'failOnce', reason: 'push service unavailable (simulated)' };
  return { type: 'deliver' };
}

export function simulatedSmsBehaviour(phoneNumber: string): SimulatedBehaviour {
  const digits = phoneNumber.replace(/\D/g, '');
  if (digits.endsWith('0000')) return { type: 'reject', reason: 'number cannot receive text messages' };
  if (digits.endsWith('0001')) return { type: 'failOnce', reason: 'carrier timeout (simulated)' };
  return { type: 'deliver' };
}
