import { describe, expect, it } from 'vitest';
import { dashboardAccess } from './dashboard-access';

describe('dashboardAccess', () => {
  it('lets administrators in', () => {
    expect(dashboardAccess('ADMIN')).toEqual({ allowed: true });
  });

  it('tells customers and staff why they cannot use it', () => {
    const customer = dashboardAccess('CUSTOMER');
    const staff = dashboardAccess('STAFF');
    expect(customer.allowed).toBe(false);
    expect(!customer.allowed && customer.message).toMatch(/customer account/);
    expect(!staff.allowed && staff.message).toMatch(/staff account/);
  });
});
