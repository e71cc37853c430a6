import { badUserInput, userError, type UserError } from '@msa/subgraph-kit';
import { wouldCreateCycle } from '../domain/category-tree';
import { problem, type Problem } from '../domain/problem';
import { namingProblems } from '../domain/product-rules';
import type { CategoryRecord } from '../domain/records';
import type { CategoryRepo, CategoryValues } from '../data/category.repo';
import { assignSlug, slugChangeProblems } from './slug-assignment';
import { toUserErrors, uniqueViolationUserErrors } from './user-errors';

export interface CreateCategoryArgs {
  name: string;
  slug?: string | null;
  description?: string | null;
  parentId?: string | null;
}

/** `parentId: null` moves the category to the root; undefined leaves it where it is. */
export interface UpdateCategoryArgs {
  name?: string | null;
  slug?: string | null;
  description?: string | null;
  parentId?: string | null;
}

export interface CategoryResult {
  category: CategoryRecord | null;
  userErrors: UserError[];
}

export interface DeleteCategoryResult {
  deletedCategoryId: string | null;
  userErrors: UserError[];
}

const notFound = (field: string[]) => userError('CATEGORY_NOT_FOUND', 'No category has this id', field);

export class CategoryService {
  constructor(private readonly categories: CategoryRepo) {}

  roots(): Promise<CategoryRecord[]> {
    return this.categories.findRoots();
  }

  findOne(by: { id?: string | null; slug?: string | null }): Promise<CategoryRecord | null> {
    if (Boolean(by.id) === Boolean(by.slug)) throw badUserInput('Give exactly one of "id" or "slug"');
    return by.id ? this.categories.findById(by.id) : this.categories.findBySlug(by.slug!);
  }

  async create(args: CreateCategoryArgs): Promise<CategoryResult> {
    const name = args.name.trim();
    const description = args.description?.trim() ?? '';
    const problems: Problem[] = namingProblems({ name, description, slug: args.slug ?? undefined });
    // An empty id names no category: it is looked up (and not found) rather than taken for "no parent".
    if (args.parentId != null && !(await this.categories.findById(args.parentId))) {
      problems.push(
        problem('CATEGORY_NOT_FOUND', 'The parent category does not exist', ['input', 'parentId']),
      );
    }
    const { slug, problems: slugProblems } = await assignSlug(this.categories, args.slug, name, 'category');
    problems.push(...slugProblems);
    if (problems.length) return { category: null, userErrors: toUserErrors(problems) };
    try {
      const category = await this.categories.create({
        slug,
        name,
        description,
        parentId: args.parentId ?? null,
      });
      return { category, userErrors: [] };
    } catch (error) {
      return { category: null, userErrors: uniqueViolationUserErrors(error) };
    }
  }

  async update(id: string, args: UpdateCategoryArgs): Promise<CategoryResult> {
    const existing = await this.categories.findById(id);
    if (!existing) return { category: null, userErrors: [notFound(['id'])] };
    const changes: Partial<CategoryValues> = {};
    if (args.name != null) changes.name = args.name.trim();
    if (args.description != null) changes.description = args.description.trim();
    if (args.slug != null && args.slug !== existing.slug) changes.slug = args.slug;
    const problems: Problem[] = namingProblems(changes);
    problems.push(...(await slugChangeProblems(this.categories, changes.slug)));
    if (args.parentId !== undefined && args.parentId !== existing.parentId) {
      problems.push(...(await this.parentProblems(id, args.parentId)));
      changes.parentId = args.parentId;
    }
    if (problems.length) return { category: null, userErrors: toUserErrors(problems) };
    if (Object.keys(changes).length === 0) return { category: existing, userErrors: [] };
    try {
      return { category: await this.categories.update(id, changes), userErrors: [] };
    } catch (error) {
      return { category: null, userErrors: uniqueViolationUserErrors(error) };
    }
  }

  /** Refuses while products or child categories still belong to it: nothing is orphaned or deleted with it. */
  async delete(id: string): Promise<DeleteCategoryResult> {
    if (!(await this.categories.findById(id)))
      return { deletedCategoryId: null, userErrors: [notFound(['id'])] };
    const usage = await this.categories.usage(id);
    const userErrors: UserError[] = [];
    if (usage.children > 0) {
      userErrors.push(
        userError('CATEGORY_HAS_CHILDREN', `Move or delete its ${usage.children} subcategories first`, [
          'id',
        ]),
      );
    }
    if (usage.products > 0) {
      userErrors.push(
        userError('CATEGORY_HAS_PRODUCTS', `Move its ${usage.products} products to another category first`, [
          'id',
        ]),
      );
    }
    if (userErrors.length) return { deletedCategoryId: null, userErrors };
    if (!(await this.categories.delete(id))) {
      return {
        deletedCategoryId: null,
        userErrors: [
          userError('CATEGORY_IN_USE', 'Something was just added to this category; try again', ['id']),
        ],
      };
    }
    return { deletedCategoryId: id, userErrors: [] };
  }

  private async parentProblems(id: string, parentId: string | null): Promise<Problem[]> {
    if (parentId === null) return [];
    const tree = await this.categories.findAll();
    if (!tree.some((category) => category.id === parentId)) {
      return [problem('CATEGORY_NOT_FOUND', 'The parent category does not exist', ['input', 'parentId'])];
    }
    if (wouldCreateCycle(tree, id, parentId)) {
      return [
        problem('CATEGORY_CYCLE', 'A category cannot be moved under itself or one of its subcategories', [
          'input',
          'parentId',
        ]),
      ];
    }
    return [];
  }
}
