import { describe, expect, it } from 'vitest';
import { emailLocalPart, normaliseEmail, parseEmail } from './email';

describe('email', () => {
  it('normalises by trimming and lower-casing', () => {
    expect(normaliseEmail('  Ann.Lee@Example.COM ')).toBe('ann.lee@example.com');
  });

  it.each(['ann@example.com', 'ann.lee+shop@mail.example.co.uk', "o'neil@example.org", 'x@xn--bcher-kva.de'])(
    'accepts %s',
    (raw) => {
      expect(parseEmail(raw, ['input', 'email'])).toEqual({ ok: true, email: raw.toLowerCase() });
    },
  );

  it.each([
    '',
    'ann',
    'ann@',
    '@example.com',
    'ann@example',
    'ann@@example.com',
    'ann lee@example.com',
    'ann..lee@example.com',
    'ann@-example.com',
    `${'a'.repeat(65)}@example.com`,
  ])('rejects %j with INVALID_EMAIL on the given field', (raw) => {
    const result = parseEmail(raw, ['input', 'email']);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problem).toMatchObject({ code: 'INVALID_EMAIL', field: ['input', 'email'] });
  });

  it('rejects addresses longer than 254 characters', () => {
    const long = `${'a'.repeat(60)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(10)}.com`;
    expect(long.length).toBeGreaterThan(254);
    expect(parseEmail(long, ['email']).ok).toBe(false);
  });

  it('extracts the local part', () => {
    expect(emailLocalPart('ann.lee@example.com')).toBe('ann.lee');
  });
});
