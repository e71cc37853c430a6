import { describe, expect, it } from 'vitest';
import {
  checkTemplate,
  placeholdersIn,
  previewParts,
  previewText,
  SMS_BODY_MAX_LENGTH,
  unknownPlaceholders,
} from './template-check';

const allowed = ['name', 'orderNumber', 'total'];

describe('placeholders', () => {
  it('finds each placeholder once, spaces inside the braces allowed', () => {
    expect(placeholdersIn('Hi {{name}}, order {{ orderNumber }} for {{total}} ({{name}})')).toEqual([
      'name',
      'orderNumber',
      'total',
    ]);
  });

  it('lists the ones the notification does not provide', () => {
    expect(unknownPlaceholders('{{name}} {{ordrNumber}} {{coupon}}', allowed)).toEqual([
      'ordrNumber',
      'coupon',
    ]);
  });
});

describe('checkTemplate', () => {
  it('accepts a template that uses only known placeholders', () => {
    expect(
      checkTemplate(
        { channel: 'EMAIL', subject: 'Order {{orderNumber}}', body: 'Thanks {{name}}!' },
        allowed,
      ),
    ).toEqual({});
  });

  it('flags unknown placeholders and malformed braces per field', () => {
    expect(
      checkTemplate({ channel: 'EMAIL', subject: 'Order {{number}}', body: 'Total {{total' }, allowed),
    ).toEqual({
      subject: 'Unknown placeholder {{number}}',
      body: 'Unbalanced or malformed braces: write placeholders as {{name}}',
    });
    expect(checkTemplate({ channel: 'PUSH', subject: 'Hi', body: '{{a}} {{b}}' }, allowed).body).toBe(
      'Unknown placeholders {{a}}, {{b}}',
    );
  });

  it('asks for a subject except on SMS, which has none, and limits SMS length', () => {
    expect(checkTemplate({ channel: 'EMAIL', subject: ' ', body: 'x' }, allowed)).toEqual({
      subject: 'Enter a subject',
    });
    expect(checkTemplate({ channel: 'SMS', subject: 'No', body: 'x' }, allowed)).toEqual({
      subject: 'Text messages have no subject',
    });
    expect(
      checkTemplate({ channel: 'SMS', subject: '', body: 'x'.repeat(SMS_BODY_MAX_LENGTH + 1) }, allowed).body,
    ).toBe(`At most ${SMS_BODY_MAX_LENGTH} characters`);
    expect(checkTemplate({ channel: 'EMAIL', subject: 'Hi', body: '  ' }, allowed)).toEqual({
      body: 'Enter the message',
    });
  });
});

describe('preview', () => {
  it('fills known placeholders with examples and leaves unknown ones as written', () => {
    expect(previewParts('Hi {{name}}, {{ coupon }}!', allowed)).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'value', text: 'Ada Lovelace', placeholder: 'name' },
      { kind: 'text', text: ', ' },
      { kind: 'unknown', text: '{{ coupon }}', placeholder: 'coupon' },
      { kind: 'text', text: '!' },
    ]);
    expect(previewText('Order {{orderNumber}}', allowed)).toBe('Order MSA-1042');
  });
});
