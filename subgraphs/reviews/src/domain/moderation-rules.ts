import { PROFANE_WORDS } from './profanity-words';

/** Why automatic moderation held a review; stored with the review and shown to moderators. */
export const MODERATION_REASONS = [
  'PROFANITY',
  'LINK',
  'EMAIL',
  'PHONE_NUMBER',
  'REPEATED_CHARACTERS',
  'REPEATED_WORDS',
  'ALL_CAPS',
  'EXCESSIVE_PUNCTUATION',
  /** A rejected review was edited: a moderator decides again. */
  'RESUBMITTED',
] as const;
export type ModerationReason = (typeof MODERATION_REASONS)[number];

/** One check of the review text; the text is the title and body joined by a newline. */
export interface ModerationRule {
  reason: ModerationReason;
  matches(text: string): boolean;
}

const WORD = /[\p{L}\p{N}@$]+/gu;
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '@': 'a',
  $: 's',
};

/** Undoes the usual disguises ("sh1t", "b@stard") in tokens that contain a letter; plain numbers stay as they are. */
function deobfuscate(token: string): string {
  if (!/\p{L}/u.test(token)) return token;
  return token.replace(/[0-9@$]/g, (char) => LEET[char] ?? char);
}

function isProfane(word: string): boolean {
  if (PROFANE_WORDS.has(word)) return true;
  if (word.endsWith('es') && PROFANE_WORDS.has(word.slice(0, -2))) return true;
  return word.endsWith('s') && PROFANE_WORDS.has(word.slice(0, -1));
}

function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []).map((word) => word.replace(/'/g, ''));
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const URL_SCHEME = /\b(?:https?|ftp):\/\//i;
const WWW = /\bwww\.[a-z0-9-]/i;
/** A bare domain with a TLD spammers favour; short abbreviations like "e.g." or "i.e." never match. */
const BARE_DOMAIN =
  /\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|biz|io|co|shop|store|online|site|xyz|top|club|ru|cn|tk|link|click|ly|me|us|uk|de)\b/i;
/** Nine or more digits in one run, allowing the separators people put in phone numbers. */
const PHONE = /\+?\(?\d(?:[\s().-]{0,2}\d){8,}/;
const SAME_LETTER_FIVE_TIMES = /(\p{L})\1{4,}/iu;
const PUNCTUATION_RUN = /[!?]{4,}/;

export const MIN_WORDS_FOR_FREQUENCY = 10;
export const DOMINANT_WORD_SHARE = 0.4;
export const MIN_LETTERS_FOR_CAPS = 12;
export const CAPS_SHARE = 0.7;
export const MAX_EXCLAMATIONS = 10;

function hasRepeatedWords(text: string): boolean {
  const list = words(text);
  for (let i = 2; i < list.length; i += 1) {
    if (list[i] === list[i - 1] && list[i] === list[i - 2]) return true;
  }
  if (list.length < MIN_WORDS_FOR_FREQUENCY) return false;
  const counts = new Map<string, number>();
  for (const word of list) if (word.length >= 3) counts.set(word, (counts.get(word) ?? 0) + 1);
  return Math.max(0, ...counts.values()) / list.length >= DOMINANT_WORD_SHARE;
}

function isMostlyCapitals(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.filter((char) => char.toLowerCase() !== char.toUpperCase()) ?? [];
  if (letters.length < MIN_LETTERS_FOR_CAPS) return false;
  const capitals = letters.filter((char) => char === char.toUpperCase()).length;
  return capitals / letters.length >= CAPS_SHARE;
}

/** The checks in the order their reasons are reported. */
export const MODERATION_RULES: readonly ModerationRule[] = [
  {
    reason: 'PROFANITY',
    matches: (text) => (text.toLowerCase().match(WORD) ?? []).some((token) => isProfane(deobfuscate(token))),
  },
  {
    reason: 'LINK',
    // An email address contains a domain; it is reported as EMAIL, not as a link as well.
    matches: (text) => {
      const withoutEmails = text.replace(EMAIL, ' ');
      return URL_SCHEME.test(withoutEmails) || WWW.test(withoutEmails) || BARE_DOMAIN.test(withoutEmails);
    },
  },
  { reason: 'EMAIL', matches: (text) => new RegExp(EMAIL.source, 'u').test(text) },
  { reason: 'PHONE_NUMBER', matches: (text) => PHONE.test(text) },
  { reason: 'REPEATED_CHARACTERS', matches: (text) => SAME_LETTER_FIVE_TIMES.test(text) },
  { reason: 'REPEATED_WORDS', matches: hasRepeatedWords },
  { reason: 'ALL_CAPS', matches: isMostlyCapitals },
  {
    reason: 'EXCESSIVE_PUNCTUATION',
    matches: (text) => PUNCTUATION_RUN.test(text) || (text.match(/[!?]/g)?.length ?? 0) > MAX_EXCLAMATIONS,
  },
];
