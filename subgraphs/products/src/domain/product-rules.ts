import { problem, type Problem } from './problem';
import { isValidSlug, MAX_SLUG_LENGTH } from './slug';

export const MAX_NAME_LENGTH = 200;
export const MAX_DESCRIPTION_LENGTH = 20_000;

/** Name, slug and description rules shared by products and categories. */
export function namingProblems(values: {
  name?: string | undefined;
  slug?: string | undefined;
  description?: string | undefined;
}): Problem[] {
  const problems: Problem[] = [];
  if (values.name !== undefined && (values.name.length < 1 || values.name.length > MAX_NAME_LENGTH)) {
    problems.push(
      problem('INVALID_NAME', `Name must be 1 to ${MAX_NAME_LENGTH} characters`, ['input', 'name']),
    );
  }
  if (values.slug !== undefined && !isValidSlug(values.slug)) {
    problems.push(
      problem(
        'INVALID_SLUG',
        `Slug must be lowercase letters and digits separated by single dashes, at most ${MAX_SLUG_LENGTH} characters`,
        ['input', 'slug'],
      ),
    );
  }
  if (values.description !== undefined && values.description.length > MAX_DESCRIPTION_LENGTH) {
    problems.push(
      problem('INVALID_DESCRIPTION', `Description must be at most ${MAX_DESCRIPTION_LENGTH} characters`, [
        'input',
        'description',
      ]),
    );
  }
  return problems;
}

/** Customers can only buy what has a variant, so a product goes live only once it has one. */
export function activationProblems(status: string, liveVariantCount: number): Problem[] {
  if (status !== 'ACTIVE' || liveVariantCount > 0) return [];
  return [
    problem('PRODUCT_HAS_NO_VARIANTS', 'A product needs at least one variant to be ACTIVE', [
      'input',
      'status',
    ]),
  ];
}
