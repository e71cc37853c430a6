import { describe, expect, it } from 'vitest';
import { moderateEditedReview, moderateNewReview, screenReview, statusAfterDecision } from './moderation';

const body = (text: string) => screenReview({ title: null, body: text });

describe('screenReview', () => {
  it.each([
    ['clean praise', 'Great headphones, comfortable for hours. Battery lasts two days.', []],
    ['nothing written', '', []],
    ['profanity', 'This is shit.', ['PROFANITY']],
    ['profanity in capitals and plural', 'Total BASTARDS sold me this', ['PROFANITY']],
    ['disguised profanity', 'what a sh1t product', ['PROFANITY']],
    ['disguised with symbols', 'b@stard company', ['PROFANITY']],
    [
      'word boundaries: innocent words containing bad ones',
      'Classic Scunthorpe cocktail, assess the shitake? no: shiitake',
      [],
    ],
    ['link with scheme', 'Cheaper at https://example.org/deal', ['LINK']],
    ['link with www', 'see www.deals4you.net today', ['LINK']],
    ['bare domain', 'order from cheap-stuff.shop instead', ['LINK']],
    ['abbreviations are not links', 'Good value, i.e. cheaper than e.g. the rest. Node.js fans rejoice.', []],
    ['email', 'Write me at bob.smith@example.com for a discount', ['EMAIL']],
    ['phone number', 'Call +1 (555) 123-4567 now', ['PHONE_NUMBER']],
    ['phone number without separators', 'WhatsApp 5551234567', ['PHONE_NUMBER']],
    ['dates and prices are not phone numbers', 'Bought on 2024-01-15 for $129.99, 10/10', []],
    ['repeated characters', 'Sooooo good', ['REPEATED_CHARACTERS']],
    ['four repeats are fine', 'Sooo good', []],
    ['repeated words in a row', 'buy buy buy this now', ['REPEATED_WORDS']],
    [
      'one dominating word',
      'great great product great price great seller great great delivery great',
      ['REPEATED_WORDS'],
    ],
    ['all caps', 'THIS IS THE BEST PRODUCT EVER MADE', ['ALL_CAPS']],
    ['a short shouted word is fine', 'Works OK. Really GOOD sound for the money.', []],
    ['punctuation run', 'Amazing!!!!', ['EXCESSIVE_PUNCTUATION']],
    ['three exclamation marks are fine', 'Amazing!!!', []],
    [
      'many exclamation marks overall',
      'Wow! Yes! Good! Nice! Fast! Cheap! Loud! Clear! Light! Fun! Great!',
      ['EXCESSIVE_PUNCTUATION'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(body(text)).toEqual(expected);
  });

  it('reports several reasons in a fixed order', () => {
    expect(body('VISIT WWW.SPAMMY.XYZ OR CALL 555 123 4567 NOW!!!!')).toEqual([
      'LINK',
      'PHONE_NUMBER',
      'ALL_CAPS',
      'EXCESSIVE_PUNCTUATION',
    ]);
  });

  it('checks the title as well as the body', () => {
    expect(screenReview({ title: 'Fucking awful', body: 'Broke after a day.' })).toEqual(['PROFANITY']);
    expect(screenReview({ title: 'Fine', body: null })).toEqual([]);
  });
});

describe('moderation outcomes', () => {
  it('publishes clean new reviews and holds flagged ones', () => {
    expect(moderateNewReview([])).toEqual({ status: 'PUBLISHED', reasons: [] });
    expect(moderateNewReview(['LINK'])).toEqual({ status: 'PENDING', reasons: ['LINK'] });
  });

  it('screens edits again, and sends an edited rejected review back to the queue', () => {
    expect(moderateEditedReview('PUBLISHED', [])).toEqual({ status: 'PUBLISHED', reasons: [] });
    expect(moderateEditedReview('PUBLISHED', ['ALL_CAPS'])).toEqual({
      status: 'PENDING',
      reasons: ['ALL_CAPS'],
    });
    expect(moderateEditedReview('PENDING', [])).toEqual({ status: 'PUBLISHED', reasons: [] });
    expect(moderateEditedReview('REJECTED', [])).toEqual({ status: 'PENDING', reasons: ['RESUBMITTED'] });
  });

  it('maps decisions to statuses', () => {
    expect(statusAfterDecision('APPROVE')).toBe('PUBLISHED');
    expect(statusAfterDecision('REJECT')).toBe('REJECTED');
  });
});
