import { describe, expect, it } from 'vitest';
import type { Identity } from '@msa/auth';
import { canSeeProduct, visibleStatuses } from './product-visibility';

const as = (role: Identity['role']): Identity => ({ userId: 'u1', role, kind: 'user' });

describe('visibleStatuses', () => {
  it('limits anonymous visitors and customers to ACTIVE', () => {
    expect(visibleStatuses(null, undefined)).toEqual(['ACTIVE']);
    expect(visibleStatuses(as('CUSTOMER'), 'ACTIVE')).toEqual(['ACTIVE']);
  });

  it('refuses other statuses to customers', () => {
    expect(visibleStatuses(null, 'DRAFT')).toBeNull();
    expect(visibleStatuses(as('CUSTOMER'), 'ARCHIVED')).toBeNull();
  });

  it('lets staff and admins see everything or narrow to one status', () => {
    expect(visibleStatuses(as('STAFF'), undefined)).toEqual(['DRAFT', 'ACTIVE', 'ARCHIVED']);
    expect(visibleStatuses(as('ADMIN'), 'DRAFT')).toEqual(['DRAFT']);
  });
});

describe('canSeeProduct', () => {
  it('shows drafts and archived products to staff only', () => {
    expect(canSeeProduct(null, 'ACTIVE')).toBe(true);
    expect(canSeeProduct(null, 'DRAFT')).toBe(false);
    expect(canSeeProduct(as('CUSTOMER'), 'ARCHIVED')).toBe(false);
    expect(canSeeProduct(as('STAFF'), 'ARCHIVED')).toBe(true);
  });
});
