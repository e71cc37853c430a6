import { describe, expect, it } from 'vitest';
import {
  assertTransition,
  canTransition,
  decideAuthorize,
  decideCapture,
  decideVoid,
  IllegalPaymentTransitionError,
  isCaptured,
  PAYMENT_STATUSES,
} from './payment-status';

describe('payment state machine', () => {
  it('allows the happy path and both ways out of an authorization', () => {
    expect(canTransition('PENDING', 'AUTHORIZED')).toBe(true);
    expect(canTransition('AUTHORIZED', 'CAPTURED')).toBe(true);
    expect(canTransition('AUTHORIZED', 'VOIDED')).toBe(true);
    expect(canTransition('CAPTURED', 'PARTIALLY_REFUNDED')).toBe(true);
    expect(canTransition('PARTIALLY_REFUNDED', 'PARTIALLY_REFUNDED')).toBe(true);
    expect(canTransition('PARTIALLY_REFUNDED', 'REFUNDED')).toBe(true);
    expect(canTransition('CAPTURED', 'REFUNDED')).toBe(true);
  });

  it('never captures twice, voids captured money or revives a terminal payment', () => {
    expect(canTransition('CAPTURED', 'CAPTURED')).toBe(false);
    expect(canTransition('CAPTURED', 'VOIDED')).toBe(false);
    expect(canTransition('PENDING', 'CAPTURED')).toBe(false);
    for (const terminal of ['VOIDED', 'REFUNDED', 'FAILED'] as const) {
      for (const to of PAYMENT_STATUSES) expect(canTransition(terminal, to)).toBe(false);
    }
    expect(() => assertTransition('REFUNDED', 'CAPTURED')).toThrow(IllegalPaymentTransitionError);
    expect(() => assertTransition('AUTHORIZED', 'CAPTURED')).not.toThrow();
  });

  it('knows when money has been taken', () => {
    expect(PAYMENT_STATUSES.filter(isCaptured)).toEqual(['CAPTURED', 'PARTIALLY_REFUNDED', 'REFUNDED']);
  });

  it('authorizes only a pending payment and answers the earlier outcome otherwise', () => {
    expect(decideAuthorize('PENDING')).toEqual({ kind: 'authorize' });
    expect(decideAuthorize('AUTHORIZED')).toEqual({ kind: 'already-authorized' });
    expect(decideAuthorize('REFUNDED')).toEqual({ kind: 'already-authorized' });
    expect(decideAuthorize('VOIDED')).toEqual({ kind: 'already-authorized' });
    expect(decideAuthorize('FAILED')).toEqual({ kind: 'already-failed' });
  });

  it('captures only an authorized payment', () => {
    expect(decideCapture('AUTHORIZED')).toEqual({ kind: 'capture' });
    expect(decideCapture('CAPTURED')).toEqual({ kind: 'already-captured' });
    expect(decideCapture('PARTIALLY_REFUNDED')).toEqual({ kind: 'already-captured' });
    expect(decideCapture('PENDING')).toEqual({ kind: 'not-yet-authorized' });
    expect(decideCapture('VOIDED')).toMatchObject({
      kind: 'cannot-capture',
      reason: 'The payment was voided',
    });
    expect(decideCapture('FAILED')).toMatchObject({ kind: 'cannot-capture', reason: 'The payment failed' });
  });

  it('voids only a held authorization and refuses to void captured money', () => {
    expect(decideVoid('AUTHORIZED')).toEqual({ kind: 'void' });
    expect(decideVoid('PENDING')).toEqual({ kind: 'not-yet-authorized' });
    expect(decideVoid('CAPTURED')).toEqual({ kind: 'captured' });
    expect(decideVoid('PARTIALLY_REFUNDED')).toEqual({ kind: 'captured' });
    for (const status of ['FAILED', 'VOIDED', 'REFUNDED'] as const) {
      expect(decideVoid(status)).toEqual({ kind: 'nothing-held' });
    }
  });
});
