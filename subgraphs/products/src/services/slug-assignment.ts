import { problem, type Problem } from '../domain/problem';
import { firstFreeSlug, slugify } from '../domain/slug';

export interface SlugLookup {
  findBySlug(slug: string): Promise<unknown>;
  slugsLike(base: string): Promise<string[]>;
}

/**
 * The slug for a new record: the admin's own when given (taken is a SLUG_TAKEN problem, never silently
 * changed), otherwise one made from the name and numbered when taken.
 */
export async function assignSlug(
  lookup: SlugLookup,
  requested: string | null | undefined,
  name: string,
  fallback: string,
): Promise<{ slug: string; problems: Problem[] }> {
  if (requested) {
    const taken = Boolean(await lookup.findBySlug(requested));
    return {
      slug: requested,
      problems: taken ? [problem('SLUG_TAKEN', 'This slug is already used', ['input', 'slug'])] : [],
    };
  }
  const base = slugify(name) || fallback;
  return { slug: firstFreeSlug(base, await lookup.slugsLike(base)), problems: [] };
}

/** A changed slug must be free; unchanged or absent slugs need no check. */
export async function slugChangeProblems(lookup: SlugLookup, slug: string | undefined): Promise<Problem[]> {
  if (!slug || !(await lookup.findBySlug(slug))) return [];
  return [problem('SLUG_TAKEN', 'This slug is already used', ['input', 'slug'])];
}
