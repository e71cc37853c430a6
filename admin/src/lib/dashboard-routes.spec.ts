import { describe, expect, it } from 'vitest';
import { isActiveRoute, mayOpen, mayPerform, navigationFor, routeOf } from './dashboard-routes';

describe('dashboard routes', () => {
  it('shows administrators every area', () => {
    expect(navigationFor('ADMIN').map((route) => route.label)).toEqual([
      'Overview',
      'Orders',
      'Returns',
      'Products',
      'Categories',
      'Stock',
      'Users',
      'Promotions',
      'Reviews',
      'Notifications',
      'Tax rates',
      'Analytics',
      'Dead letters',
    ]);
  });

  it('hides admin-only areas from staff', () => {
    const labels = navigationFor('STAFF').map((route) => route.label);
    expect(labels).toContain('Orders');
    expect(labels).toContain('Returns');
    expect(labels).not.toContain('Products');
    expect(labels).not.toContain('Categories');
    expect(labels).not.toContain('Dead letters');
    expect(labels).not.toContain('Analytics');
  });

  it('shows customers nothing', () => {
    expect(navigationFor('CUSTOMER')).toEqual([]);
  });

  it('finds the area of nested pages', () => {
    expect(routeOf('/orders/abc')?.href).toBe('/orders');
    expect(routeOf('/')?.href).toBe('/');
    expect(routeOf('/nowhere')).toBeNull();
  });

  it('guards pages by the area they belong to', () => {
    expect(mayOpen('STAFF', '/orders/abc')).toBe(true);
    expect(mayOpen('STAFF', '/products/abc')).toBe(false);
    expect(mayOpen('STAFF', '/dead-letters')).toBe(false);
    expect(mayOpen('ADMIN', '/dead-letters')).toBe(true);
    expect(mayOpen('CUSTOMER', '/')).toBe(false);
    expect(mayOpen('STAFF', '/unknown')).toBe(false);
  });

  it('keeps every change for administrators', () => {
    expect(mayPerform('ADMIN', 'refundPayment')).toBe(true);
    expect(mayPerform('STAFF', 'refundPayment')).toBe(false);
    expect(mayPerform('STAFF', 'cancelOrder')).toBe(false);
    expect(mayPerform('STAFF', 'moderateReviews')).toBe(false);
    expect(mayPerform('ADMIN', 'managePromotions')).toBe(true);
  });

  it('marks the current entry', () => {
    expect(isActiveRoute('/', '/')).toBe(true);
    expect(isActiveRoute('/orders', '/')).toBe(false);
    expect(isActiveRoute('/orders/1', '/orders')).toBe(true);
    expect(isActiveRoute('/ordersx', '/orders')).toBe(false);
  });
});
