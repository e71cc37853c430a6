import { describe, expect, it } from 'vitest';
import { checkDestination } from './destination';

describe('checkDestination', () => {
  it('normalises a good destination', () => {
    expect(
      checkDestination({ country: ' gb ', postalCode: 'sw1y 4jh', city: ' London ', region: '' }),
    ).toEqual({
      ok: true,
      destination: { country: 'GB', postalCode: 'SW1Y 4JH', city: 'London', region: null },
    });
  });

  it('needs no city or region', () => {
    expect(checkDestination({ country: 'US', postalCode: '10001' })).toEqual({
      ok: true,
      destination: { country: 'US', postalCode: '10001', city: null, region: null },
    });
  });

  it.each([
    [{ country: 'USA', postalCode: '10001' }, ['country']],
    [{ country: '', postalCode: '10001' }, ['country']],
    [{ country: 'US', postalCode: '  ' }, ['postalCode']],
    [{ country: 'US', postalCode: '1'.repeat(21) }, ['postalCode']],
    [{ country: 'US', postalCode: '10001;DROP' }, ['postalCode']],
    [{ country: 'US', postalCode: '10001', city: 'x'.repeat(101) }, ['city']],
    [{ country: 'US', postalCode: '10001', region: 'New\u0000York' }, ['region']],
    [{ country: '1', postalCode: '' }, ['country', 'postalCode']],
  ])('reports %o at %j', (draft, fields) => {
    const check = checkDestination(draft);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problems.map((problem) => problem.field)).toEqual(fields);
  });
});
