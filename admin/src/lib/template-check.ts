/**
 * The notification template editor's checks and preview. Placeholders are written `{{name}}` (spaces inside
 * the braces allowed), as the notifications service reads them; a placeholder the template's notification
 * does not provide, or stray braces, are flagged before anything is saved.
 */

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

export const SUBJECT_MAX_LENGTH = 200;
export const BODY_MAX_LENGTH = 10_000;
export const SMS_BODY_MAX_LENGTH = 480;

export interface TemplateDraft {
  channel: string;
  subject: string;
  body: string;
}

export type TemplateErrors = Partial<Record<'subject' | 'body', string>>;

/** Example values for the preview, as a customer would see them. */
const SAMPLE_VALUES: Record<string, string> = {
  name: 'Ada Lovelace',
  orderNumber: 'MSA-1042',
  total: '$84.50',
  amount: '$19.99',
  reason: 'The item arrived damaged',
  trackingNumber: 'TRK123456789',
  carrier: 'DHL',
  service: 'Express',
  variantId: 'MUG-BLUE-350',
  available: '3',
  threshold: '5',
  link: 'https://shop.example.com/account',
  url: 'https://shop.example.com/account',
  email: 'ada@example.com',
};

/** The placeholder names a text uses, in order of first use. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!))];
}

/** Placeholders the text uses that the notification does not provide. */
export function unknownPlaceholders(text: string, allowed: readonly string[]): string[] {
  return placeholdersIn(text).filter((name) => !allowed.includes(name));
}

function hasMalformedBraces(text: string): boolean {
  const rest = text.replace(PLACEHOLDER, '');
  return rest.includes('{{') || rest.includes('}}');
}

function checkText(text: string, allowed: readonly string[]): string | null {
  if (hasMalformedBraces(text)) return 'Unbalanced or malformed braces: write placeholders as {{name}}';
  const unknown = unknownPlaceholders(text, allowed);
  if (unknown.length === 0) return null;
  const list = unknown.map((name) => `{{${name}}}`).join(', ');
  return `Unknown placeholder${unknown.length > 1 ? 's' : ''} ${list}`;
}

/** A message per field the notifications service would refuse; empty when the template can be saved. */
export function checkTemplate(draft: TemplateDraft, allowed: readonly string[]): TemplateErrors {
  const errors: TemplateErrors = {};
  const subject = draft.subject.trim();
  if (draft.channel === 'SMS') {
    if (subject) errors.subject = 'Text messages have no subject';
  } else if (!subject) {
    errors.subject = 'Enter a subject';
  } else if (subject.length > SUBJECT_MAX_LENGTH || /[\r\n]/.test(subject)) {
    errors.subject = `One line of at most ${SUBJECT_MAX_LENGTH} characters`;
  } else {
    const problem = checkText(subject, allowed);
    if (problem) errors.subject = problem;
  }

  const body = draft.body.trim();
  const maxBody = draft.channel === 'SMS' ? SMS_BODY_MAX_LENGTH : BODY_MAX_LENGTH;
  if (!body) errors.body = 'Enter the message';
  else if (body.length > maxBody) errors.body = `At most ${maxBody} characters`;
  else {
    const problem = checkText(body, allowed);
    if (problem) errors.body = problem;
  }
  return errors;
}

export type PreviewPart =
  | { kind: 'text'; text: string }
  | { kind: 'value'; text: string; placeholder: string }
  | { kind: 'unknown'; text: string; placeholder: string };

/**
 * The text with each placeholder filled with an example value, in parts so the preview can mark filled
 * values and unknown placeholders (left as written).
 */
export function previewParts(text: string, allowed: readonly string[]): PreviewPart[] {
  const parts: PreviewPart[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const index = match.index;
    if (index > last) parts.push({ kind: 'text', text: text.slice(last, index) });
    const placeholder = match[1]!;
    parts.push(
      allowed.includes(placeholder)
        ? { kind: 'value', text: SAMPLE_VALUES[placeholder] ?? `[${placeholder}]`, placeholder }
        : { kind: 'unknown', text: match[0], placeholder },
    );
    last = index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** The preview as plain text. */
export function previewText(text: string, allowed: readonly string[]): string {
  return previewParts(text, allowed)
    .map((part) => part.text)
    .join('');
}
