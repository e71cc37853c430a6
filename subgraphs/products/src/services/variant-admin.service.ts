import type { UserError } from '@msa/subgraph-kit';
import { problem, type Problem } from '../domain/problem';
import type { ProductRecord, VariantOption, VariantRecord } from '../domain/records';
import {
  normalizeVariant,
  variantProblems,
  variantSetProblems,
  variantTitle,
  type VariantDraft,
  type VariantValues,
} from '../domain/variant-rules';
import type { ProductRepo } from '../data/product.repo';
import type { VariantRepo } from '../data/variant.repo';
import { toUserErrors, uniqueViolationUserErrors } from './user-errors';

/** Absent or null leaves a field unchanged, except `compareAtPrice: null`, which removes the compare-at price. */
export interface UpdateVariantArgs {
  sku?: string | null;
  title?: string | null;
  options?: VariantOption[] | null;
  price?: number | null;
  compareAtPrice?: number | null;
  weightGrams?: number | null;
}

export interface VariantResult {
  variant: VariantRecord | null;
  product: ProductRecord | null;
  userErrors: UserError[];
}

export interface RemoveVariantResult {
  removedVariantId: string | null;
  product: ProductRecord | null;
  userErrors: UserError[];
}

const failed = (problems: Problem[]): VariantResult => ({
  variant: null,
  product: null,
  userErrors: toUserErrors(problems),
});
const variantNotFound = () => problem('VARIANT_NOT_FOUND', 'No variant has this id', ['id']);

export class VariantAdminService {
  constructor(
    private readonly products: ProductRepo,
    private readonly variants: VariantRepo,
  ) {}

  async add(productId: string, draft: VariantDraft): Promise<VariantResult> {
    if (!(await this.products.findById(productId))) {
      return failed([problem('PRODUCT_NOT_FOUND', 'No product has this id', ['productId'])]);
    }
    const values = normalizeVariant(draft);
    const problems = await this.problemsFor(productId, values, null);
    if (problems.length) return failed(problems);
    try {
      const variant = await this.variants.add(productId, values);
      return { variant, product: await this.products.findById(productId), userErrors: [] };
    } catch (error) {
      return { variant: null, product: null, userErrors: uniqueViolationUserErrors(error) };
    }
  }

  async update(id: string, args: UpdateVariantArgs): Promise<VariantResult> {
    const existing = await this.variants.findById(id);
    if (!existing || existing.removedAt) return failed([variantNotFound()]);
    // A title that was generated from the options follows them when they change; a custom title stays.
    const customTitle = existing.title === variantTitle(existing.options) ? null : existing.title;
    const values = normalizeVariant({
      sku: args.sku ?? existing.sku,
      title: args.title ?? customTitle,
      options: args.options ?? existing.options,
      price: args.price ?? existing.price,
      compareAtPrice: args.compareAtPrice === undefined ? existing.compareAtPrice : args.compareAtPrice,
      weightGrams: args.weightGrams ?? existing.weightGrams,
    });
    const problems = await this.problemsFor(existing.productId, values, existing.id);
    if (problems.length) return failed(problems);
    try {
      const variant = await this.variants.update(id, values);
      return { variant, product: await this.products.findById(existing.productId), userErrors: [] };
    } catch (error) {
      return { variant: null, product: null, userErrors: uniqueViolationUserErrors(error) };
    }
  }

  /** A live product must keep at least one variant; archive it (or add another variant) first. */
  async remove(id: string): Promise<RemoveVariantResult> {
    const existing = await this.variants.findById(id);
    if (!existing || existing.removedAt)
      return { removedVariantId: null, product: null, userErrors: toUserErrors([variantNotFound()]) };
    const product = await this.products.findById(existing.productId);
    if (product?.status === 'ACTIVE' && (await this.products.countLiveVariants(product.id)) <= 1) {
      const lastVariant = problem(
        'LAST_VARIANT',
        'An ACTIVE product needs a variant; archive the product or add another variant first',
        ['id'],
      );
      return { removedVariantId: null, product, userErrors: toUserErrors([lastVariant]) };
    }
    await this.variants.remove(id);
    return {
      removedVariantId: id,
      product: await this.products.findById(existing.productId),
      userErrors: [],
    };
  }

  private async problemsFor(
    productId: string,
    values: VariantValues,
    variantId: string | null,
  ): Promise<Problem[]> {
    const field = ['input'];
    const siblings = (await this.variants.findLiveByProductIds([productId])).filter(
      (variant) => variant.id !== variantId,
    );
    // The new values come last, so a clash with a sibling is reported against the input.
    const clashes = variantSetProblems([
      ...siblings.map((sibling) => ({ values: sibling, field: ['existing'] })),
      { values, field },
    ]).filter((p) => p.code === 'DUPLICATE_OPTIONS' && p.field[0] === 'input');
    const problems = [...variantProblems(values, field), ...clashes];
    if ((await this.variants.takenSkus([values.sku], variantId ?? undefined)).length > 0) {
      problems.push(
        problem('SKU_TAKEN', `SKU "${values.sku}" is already used by another variant`, ['input', 'sku']),
      );
    }
    return problems;
  }
}
