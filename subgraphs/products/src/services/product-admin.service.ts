import type { UserError } from '@msa/subgraph-kit';
import { problem, type Problem } from '../domain/problem';
import { activationProblems, namingProblems } from '../domain/product-rules';
import type { ProductRecord, ProductStatus } from '../domain/records';
import {
  normalizeVariant,
  variantProblems,
  variantSetProblems,
  type VariantDraft,
} from '../domain/variant-rules';
import type { CategoryRepo } from '../data/category.repo';
import type { ProductRepo, ProductValues } from '../data/product.repo';
import type { VariantRepo } from '../data/variant.repo';
import { assignSlug, slugChangeProblems } from './slug-assignment';
import { toUserErrors, uniqueViolationUserErrors } from './user-errors';

export interface CreateProductArgs {
  name: string;
  slug?: string | null;
  description?: string | null;
  categoryId?: string | null;
  status?: ProductStatus | null;
  variants?: VariantDraft[] | null;
}

/** Null or absent leaves a field unchanged, except `categoryId: null`, which removes the category. */
export interface UpdateProductArgs {
  name?: string | null;
  slug?: string | null;
  description?: string | null;
  categoryId?: string | null;
  status?: ProductStatus | null;
}

export interface ProductResult {
  product: ProductRecord | null;
  userErrors: UserError[];
}

export class ProductAdminService {
  constructor(
    private readonly products: ProductRepo,
    private readonly variants: VariantRepo,
    private readonly categories: CategoryRepo,
  ) {}

  async create(args: CreateProductArgs): Promise<ProductResult> {
    const name = args.name.trim();
    const description = args.description?.trim() ?? '';
    const status = args.status ?? 'DRAFT';
    const drafts = (args.variants ?? []).map((draft, index) => ({
      values: normalizeVariant(draft),
      field: ['input', 'variants', String(index)],
    }));
    const problems: Problem[] = [
      ...namingProblems({ name, description, slug: args.slug ?? undefined }),
      ...drafts.flatMap(({ values, field }) => variantProblems(values, field)),
      ...variantSetProblems(drafts),
      ...activationProblems(status, drafts.length),
      ...(await this.categoryProblems(args.categoryId)),
      ...(await this.skuProblems(drafts)),
    ];
    const { slug, problems: slugProblems } = await assignSlug(this.products, args.slug, name, 'product');
    problems.push(...slugProblems);
    if (problems.length) return { product: null, userErrors: toUserErrors(problems) };
    try {
      const values: ProductValues = { slug, name, description, status, categoryId: args.categoryId ?? null };
      return {
        product: await this.products.create(
          values,
          drafts.map((draft) => draft.values),
        ),
        userErrors: [],
      };
    } catch (error) {
      return { product: null, userErrors: uniqueViolationUserErrors(error, ['input', 'variants']) };
    }
  }

  async update(id: string, args: UpdateProductArgs): Promise<ProductResult> {
    const existing = await this.products.findById(id);
    if (!existing)
      return {
        product: null,
        userErrors: toUserErrors([problem('PRODUCT_NOT_FOUND', 'No product has this id', ['id'])]),
      };
    const changes: Partial<ProductValues> = {};
    if (args.name != null) changes.name = args.name.trim();
    if (args.description != null) changes.description = args.description.trim();
    if (args.slug != null && args.slug !== existing.slug) changes.slug = args.slug;
    if (args.status != null && args.status !== existing.status) changes.status = args.status;
    if (args.categoryId !== undefined && args.categoryId !== existing.categoryId)
      changes.categoryId = args.categoryId;

    const problems: Problem[] = [
      ...namingProblems(changes),
      ...(await this.categoryProblems(changes.categoryId)),
    ];
    problems.push(...(await slugChangeProblems(this.products, changes.slug)));
    if (changes.status === 'ACTIVE')
      problems.push(...activationProblems('ACTIVE', await this.products.countLiveVariants(id)));
    if (problems.length) return { product: null, userErrors: toUserErrors(problems) };
    if (Object.keys(changes).length === 0) return { product: existing, userErrors: [] };
    try {
      return { product: await this.products.update(id, changes), userErrors: [] };
    } catch (error) {
      return { product: null, userErrors: uniqueViolationUserErrors(error) };
    }
  }

  /** Takes the product off sale but keeps it, so orders and reviews that mention it still resolve. */
  archive(id: string): Promise<ProductResult> {
    return this.update(id, { status: 'ARCHIVED' });
  }

  private async categoryProblems(categoryId: string | null | undefined): Promise<Problem[]> {
    // Only null and absent mean "no category"; an empty id is looked up like any other and not found.
    if (categoryId == null || (await this.categories.findById(categoryId))) return [];
    return [problem('CATEGORY_NOT_FOUND', 'No category has this id', ['input', 'categoryId'])];
  }

  private async skuProblems(drafts: { values: { sku: string }; field: string[] }[]): Promise<Problem[]> {
    if (drafts.length === 0) return [];
    const taken = new Set(await this.variants.takenSkus(drafts.map((draft) => draft.values.sku)));
    return drafts
      .filter((draft) => taken.has(draft.values.sku))
      .map((draft) =>
        problem('SKU_TAKEN', `SKU "${draft.values.sku}" is already used by another variant`, [
          ...draft.field,
          'sku',
        ]),
      );
  }
}
