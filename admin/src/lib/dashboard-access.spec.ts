import { describe, expect, it } from 'vitest';
import { dashboardAccess } from './dashboard-access';

describe('dashboardAccess', () => {
  it('lets administrators and staff in', () => {
    expect(dashboardAccess('ADMIN')).toEqual({ allowed: true });
    expect(dashboardAccess('STAFF')).toEqual({ allowed: true });
  });

  it('tells customers why they cannot use it', () => {
    const customer = dashboardAccess('CUSTOMER');
    expect(customer.allowed).toBe(false);
    expect(!customer.allowed && customer.message).toMatch(/customer account/);
  });
});
