import { describe, expect, it } from 'vitest';
import { simulatedPushBehaviour, simulatedSmsBehaviour } from './simulated-behaviour';

describe('simulated provider behaviour', () => {
  it('rejects dead push tokens and fails flaky ones once', () => {
    expect(simulatedPushBehaviour('sim-unregistered-1').type).toBe('reject');
    expect(simulatedPushBehaviour('sim-flaky-1').type).toBe('failOnce');
    expect(simulatedPushBehaviour('device-abc').type).toBe('deliver');
  });

  it('judges phone numbers by their last digits, ignoring formatting', () => {
    expect(simulatedSmsBehaviour('+1 (555) 010-0000').type).toBe('reject');
    expect(simulatedSmsBehaviour('+44 20 7946 0001').type).toBe('failOnce');
    expect(simulatedSmsBehaviour('+44 20 7946 0958').type).toBe('deliver');
  });
});
