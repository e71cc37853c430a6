import { describe, expect, it } from 'vitest';
import { movementDelta, planMovement } from './stock-movement';

describe('movement planning', () => {
  it('holds units on reservation and lets them go on release and expiry', () => {
    expect(movementDelta('RESERVATION', 3)).toEqual({ onHand: 0, reserved: 3 });
    expect(movementDelta('RELEASE', 3)).toEqual({ onHand: 0, reserved: -3 });
    expect(movementDelta('EXPIRY', 2)).toEqual({ onHand: 0, reserved: -2 });
  });

  it('takes committed units off the shelf and puts restocked ones back', () => {
    expect(movementDelta('COMMIT', 4)).toEqual({ onHand: -4, reserved: -4 });
    expect(movementDelta('RESTOCK', 4)).toEqual({ onHand: 4, reserved: 0 });
  });

  it('changes only what is on hand for an adjustment, in either direction', () => {
    expect(movementDelta('ADJUSTMENT', 10)).toEqual({ onHand: 10, reserved: 0 });
    expect(movementDelta('ADJUSTMENT', -7)).toEqual({ onHand: -7, reserved: 0 });
  });

  it('keeps the cause of a movement for the ledger', () => {
    expect(planMovement('v1', 'RELEASE', 2, { reference: 'order-1', note: 'payment declined' })).toEqual({
      variantId: 'v1',
      reason: 'RELEASE',
      delta: { onHand: 0, reserved: -2 },
      reference: 'order-1',
      note: 'payment declined',
      actorId: null,
    });
  });
});
