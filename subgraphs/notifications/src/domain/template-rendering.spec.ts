import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from './default-templates';
import { allowedVariables, NOTIFICATION_KIND_KEYS } from './notification-kinds';
import type { NotificationChannel } from './notification-catalog';
import {
  placeholdersIn,
  renderTemplate,
  renderText,
  textToHtml,
  validateTemplate,
} from './template-rendering';

const ALLOWED = ['name', 'orderNumber'];
const codes = (channel: NotificationChannel, subject: string | null, body: string) =>
  validateTemplate({ channel, subject, body }, ALLOWED).map((problem) => `${problem.field}:${problem.code}`);

describe('template rendering', () => {
  it('fills placeholders, with or without spaces inside the braces', () => {
    expect(
      renderText('Hi {{name}}, order {{ orderNumber }} shipped.', { name: 'Ada', orderNumber: 'MSA-100001' }),
    ).toBe('Hi Ada, order MSA-100001 shipped.');
  });

  it('does not re-expand placeholders that appear inside values', () => {
    expect(renderText('Hi {{name}}', { name: '{{orderNumber}}', orderNumber: 'x' })).toBe(
      'Hi {{orderNumber}}',
    );
  });

  it('refuses to render a placeholder without a value', () => {
    expect(() => renderText('Hi {{name}}', {})).toThrow('No value for placeholder {{name}}');
  });

  it('renders subject and body, keeping a missing subject null', () => {
    expect(
      renderTemplate(
        { subject: 'About {{orderNumber}}', body: 'Hi {{name}}' },
        { name: 'A', orderNumber: '1' },
      ),
    ).toEqual({
      subject: 'About 1',
      body: 'Hi A',
    });
    expect(renderTemplate({ subject: null, body: 'Hi' }, {})).toEqual({ subject: null, body: 'Hi' });
  });

  it('lists placeholders once each, in order of use', () => {
    expect(placeholdersIn('{{b}} {{a}} {{ b }}')).toEqual(['b', 'a']);
  });

  it('escapes HTML and keeps paragraphs and line breaks', () => {
    expect(textToHtml('Hi <b>&\n"you"\n\nbye')).toBe(
      '<!doctype html><html><body><p>Hi &lt;b&gt;&amp;<br>&quot;you&quot;</p><p>bye</p></body></html>',
    );
  });
});

describe('template validation', () => {
  it('accepts a well-formed template', () => {
    expect(codes('EMAIL', 'Order {{orderNumber}}', 'Hi {{ name }}')).toEqual([]);
    expect(codes('SMS', null, 'Order {{orderNumber}} shipped')).toEqual([]);
  });

  it('names unknown placeholders and the allowed ones', () => {
    const [problem] = validateTemplate({ channel: 'EMAIL', subject: 'x', body: 'Hi {{firstName}}' }, ALLOWED);
    expect(problem).toMatchObject({ code: 'UNKNOWN_PLACEHOLDER', field: 'body' });
    expect(problem!.message).toContain('{{firstName}}');
    expect(problem!.message).toContain('{{name}}, {{orderNumber}}');
  });

  it('catches malformed braces', () => {
    expect(codes('EMAIL', 'x', 'Hi {{name')).toEqual(['body:MALFORMED_PLACEHOLDER']);
    expect(codes('EMAIL', 'x', 'Hi {{ order number }}')).toEqual(['body:MALFORMED_PLACEHOLDER']);
    expect(codes('EMAIL', 'Order }}', 'ok')).toEqual(['subject:MALFORMED_PLACEHOLDER']);
  });

  it('requires a one-line subject except for SMS, which has none', () => {
    expect(codes('EMAIL', ' ', 'body')).toEqual(['subject:SUBJECT_REQUIRED']);
    expect(codes('PUSH', null, 'body')).toEqual(['subject:SUBJECT_REQUIRED']);
    expect(codes('IN_APP', 'two\nlines', 'body')).toEqual(['subject:SUBJECT_TOO_LONG']);
    expect(codes('EMAIL', 'x'.repeat(201), 'body')).toEqual(['subject:SUBJECT_TOO_LONG']);
    expect(codes('SMS', 'Hello', 'body')).toEqual(['subject:SUBJECT_NOT_ALLOWED']);
  });

  it('requires a body within the channel limit', () => {
    expect(codes('EMAIL', 'x', '  ')).toEqual(['body:BODY_REQUIRED']);
    expect(codes('SMS', null, 'x'.repeat(481))).toEqual(['body:BODY_TOO_LONG']);
    expect(codes('EMAIL', 'x', 'x'.repeat(10_001))).toEqual(['body:BODY_TOO_LONG']);
  });

  it('accepts every template shipped by default', () => {
    for (const kind of NOTIFICATION_KIND_KEYS)
      for (const [channel, template] of Object.entries(DEFAULT_TEMPLATES[kind]))
        expect(
          validateTemplate({ channel: channel as NotificationChannel, ...template }, allowedVariables(kind)),
          `${kind} ${channel}`,
        ).toEqual([]);
  });
});
