import type { FormattedExecutionResult } from 'graphql';

/**
 * The JSON of a response, written once for the requests that share one execution: in-flight deduplication
 * hands every waiting request the same result, and a large answer serialised again for each of them cost the
 * router more than sharing the execution saved. The text is kept per result `data` object (for as long as that
 * object lives) and reused when the errors and extensions are the same objects as well (none, typically);
 * anything else is written afresh. The format is Apollo Server's own: compact JSON and a newline.
 */
export function sharedResultJson(): (result: FormattedExecutionResult) => string {
  const written = new WeakMap<object, { errors: unknown; extensions: unknown; text: string }>();
  return (result) => {
    const { data, errors, extensions } = result;
    if (!data || typeof data !== 'object') return `${JSON.stringify(result)}\n`;
    const known = written.get(data);
    if (known && known.errors === errors && known.extensions === extensions) return known.text;
    const text = `${JSON.stringify(result)}\n`;
    written.set(data, { errors, extensions, text });
    return text;
  };
}
