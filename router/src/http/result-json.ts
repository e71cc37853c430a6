import type { FormattedExecutionResult } from 'graphql';

/** Data objects that stand for JSON already written (a cached response), with that JSON. */
const preWritten = new WeakMap<object, string>();

/**
 * A response's `data` whose JSON is already at hand, such as a response read from the cache: the router's
 * stringifier sends that text as it is instead of parsing it only to write it again. The object itself is
 * empty, so use it only for a response Apollo Server sends over HTTP (through `stringifyResult`); anything
 * that reads the data itself needs `JSON.parse(json)` instead.
 */
export function preWrittenData(json: string): Record<string, unknown> {
  const data = Object.freeze({});
  preWritten.set(data, json);
  return data;
}

/**
 * The JSON of a response, written once for the requests that share one execution: in-flight deduplication
 * hands every waiting request the same result, and a large answer serialised again for each of them cost the
 * router more than sharing the execution saved. The text is kept per result `data` object (for as long as that
 * object lives) and reused when the errors and extensions are the same objects as well (none, typically);
 * anything else is written afresh. Data made by `preWrittenData` is sent as the text it stands for. The format
 * is Apollo Server's own: compact JSON and a newline.
 */
export function sharedResultJson(): (result: FormattedExecutionResult) => string {
  const written = new WeakMap<object, { errors: unknown; extensions: unknown; text: string }>();
  return (result) => {
    const { data, errors, extensions } = result;
    if (!data || typeof data !== 'object') return `${JSON.stringify(result)}\n`;
    const json = preWritten.get(data);
    if (json !== undefined) {
      if (errors === undefined && extensions === undefined) return `{"data":${json}}\n`;
      return `${JSON.stringify({ ...result, data: JSON.parse(json) as unknown })}\n`;
    }
    const known = written.get(data);
    if (known && known.errors === errors && known.extensions === extensions) return known.text;
    const text = `${JSON.stringify(result)}\n`;
    written.set(data, { errors, extensions, text });
    return text;
  };
}
