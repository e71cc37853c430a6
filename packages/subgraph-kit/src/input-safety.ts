import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import { badUserInput } from './errors';

/**
 * The longest text any argument may hold. The longest real texts (descriptions, review bodies, templates)
 * are a few kilobytes; a megabyte string only reaches validators, regexes and indexes that were never
 * meant for it.
 */
export const MAX_TEXT_LENGTH = 100_000;

/** NUL, or a UTF-16 surrogate without its partner: text no database column or log line can hold faithfully. */
const UNSAFE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isUnsafeText(value: string): boolean {
  return value.length > MAX_TEXT_LENGTH || UNSAFE_TEXT.test(value);
}

/** The path of the first unsafe string inside a variables value, or null when every string is fine. */
export function findUnsafeVariable(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === 'string') return isUnsafeText(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnsafeVariable(item, [...path, String(index)]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (isUnsafeText(key)) return [...path, key];
      const found = findUnsafeVariable(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** True when a string literal in the document (arguments, defaults, input objects) holds unsafe text. */
const checkedDocuments = new WeakMap<DocumentNode, boolean>();

export function documentHasUnsafeText(document: DocumentNode): boolean {
  // Apollo Server hands the same parsed document to every request with the same text: check each once.
  const checked = checkedDocuments.get(document);
  if (checked !== undefined) return checked;
  let unsafe = false;
  visit(document, {
    [Kind.STRING](node) {
      if (isUnsafeText(node.value)) unsafe = true;
    },
  });
  checkedDocuments.set(document, unsafe);
  return unsafe;
}

/** BAD_USER_INPUT answered with HTTP 400: Apollo answers 500 for errors thrown by plugins unless told. */
function refusal(message: string, field?: string[]): GraphQLError {
  const error = badUserInput(message, field);
  return new GraphQLError(error.message, {
    extensions: { ...error.extensions, http: { status: 400 } },
  });
}

/**
 * The one input rule of every GraphQL server here (router and subgraphs): a String or ID (or any other
 * text) argument or variable holding NUL or an unpaired UTF-16 surrogate, or longer than MAX_TEXT_LENGTH,
 * is refused with BAD_USER_INPUT (HTTP 400)
 * before anything resolves, instead of failing deep inside Postgres, Redis or a JSON encoder.
 */
export function inputSafetyPlugin<C extends object = object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const variablePath = findUnsafeVariable(request.variables ?? {});
          if (variablePath)
            throw refusal(
              `Variable "$${variablePath.join('.')}" is longer than ${MAX_TEXT_LENGTH} characters or contains a NUL character or an unpaired UTF-16 surrogate`,
              variablePath,
            );
          if (documentHasUnsafeText(document))
            throw refusal(
              `A string argument is longer than ${MAX_TEXT_LENGTH} characters or contains a NUL character or an unpaired UTF-16 surrogate`,
            );
        },
      };
    },
  };
}
