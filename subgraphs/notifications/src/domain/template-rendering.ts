import type { NotificationChannel } from './notification-catalog';

/** `{{name}}`, with optional spaces inside the braces. */
const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

export const SUBJECT_MAX_LENGTH = 200;
export const BODY_MAX_LENGTH = 10_000;
/** Three SMS segments; longer texts get split or refused by carriers. */
export const SMS_BODY_MAX_LENGTH = 480;

export interface TemplateText {
  channel: NotificationChannel;
  subject: string | null;
  body: string;
}

export interface TemplateProblem {
  code:
    | 'UNKNOWN_PLACEHOLDER'
    | 'MALFORMED_PLACEHOLDER'
    | 'SUBJECT_REQUIRED'
    | 'SUBJECT_NOT_ALLOWED'
    | 'SUBJECT_TOO_LONG'
    | 'BODY_REQUIRED'
    | 'BODY_TOO_LONG';
  field: 'subject' | 'body';
  message: string;
}

/** The placeholder names used in a text, in order of first use. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!))];
}

/** Braces left over once every well-formed placeholder is removed: `{{ order number }}`, `{{total`, `}}`. */
function hasMalformedBraces(text: string): boolean {
  const rest = text.replace(PLACEHOLDER, '');
  return rest.includes('{{') || rest.includes('}}');
}

function checkText(
  text: string,
  field: TemplateProblem['field'],
  allowed: readonly string[],
): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (hasMalformedBraces(text))
    problems.push({
      code: 'MALFORMED_PLACEHOLDER',
      field,
      message: `The ${field} has unbalanced or malformed braces; write placeholders as {{name}}.`,
    });
  const unknown = placeholdersIn(text).filter((name) => !allowed.includes(name));
  if (unknown.length)
    problems.push({
      code: 'UNKNOWN_PLACEHOLDER',
      field,
      message: `Unknown placeholder${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `{{${n}}}`).join(', ')} in the ${field}; this template may use ${allowed.map((n) => `{{${n}}}`).join(', ')}.`,
    });
  return problems;
}

/**
 * Checks an edited template: SMS has no subject and a short body, the other channels need a one-line subject,
 * and every placeholder must be one the notification kind provides.
 */
export function validateTemplate(template: TemplateText, allowed: readonly string[]): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const subject = template.subject?.trim() ?? '';
  if (template.channel === 'SMS') {
    if (subject)
      problems.push({
        code: 'SUBJECT_NOT_ALLOWED',
        field: 'subject',
        message: 'Text messages have no subject.',
      });
  } else if (!subject) {
    problems.push({
      code: 'SUBJECT_REQUIRED',
      field: 'subject',
      message: `A ${template.channel} template needs a subject.`,
    });
  } else {
    if (subject.length > SUBJECT_MAX_LENGTH || /[\r\n]/.test(subject))
      problems.push({
        code: 'SUBJECT_TOO_LONG',
        field: 'subject',
        message: `The subject must be one line of at most ${SUBJECT_MAX_LENGTH} characters.`,
      });
    problems.push(...checkText(subject, 'subject', allowed));
  }

  const body = template.body.trim();
  const maxBody = template.channel === 'SMS' ? SMS_BODY_MAX_LENGTH : BODY_MAX_LENGTH;
  if (!body) problems.push({ code: 'BODY_REQUIRED', field: 'body', message: 'The body must not be empty.' });
  else if (body.length > maxBody)
    problems.push({
      code: 'BODY_TOO_LONG',
      field: 'body',
      message: `A ${template.channel} body may have at most ${maxBody} characters.`,
    });
  problems.push(...checkText(body, 'body', allowed));
  return problems;
}

/**
 * Fills placeholders with their values. Templates are validated when saved, so a placeholder without a value
 * is a bug in the caller, not something to paper over with an empty string.
 */
export function renderText(text: string, variables: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (_match, name: string) => {
    const value = variables[name];
    if (value === undefined) throw new Error(`No value for placeholder {{${name}}}`);
    return value;
  });
}

export interface RenderedMessage {
  subject: string | null;
  body: string;
}

export function renderTemplate(
  template: Pick<TemplateText, 'subject' | 'body'>,
  variables: Readonly<Record<string, string>>,
): RenderedMessage {
  return {
    subject: template.subject ? renderText(template.subject, variables) : null,
    body: renderText(template.body, variables),
  };
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** The HTML part of an email: the text body escaped, paragraphs on blank lines, line breaks kept. */
export function textToHtml(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
  const paragraphs = escaped.split(/\n{2,}/).map((paragraph) => `<p>${paragraph.replace(/\n/g, '<br>')}</p>`);
  return `<!doctype html><html><body>${paragraphs.join('')}</body></html>`;
}
