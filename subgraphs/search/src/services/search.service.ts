import { randomUUID } from 'node:crypto';
import type { Identity } from '@msa/auth';
import { badUserInput, decodeCursor, pageSize, type Logger } from '@msa/subgraph-kit';
import type { SearchCache } from '../cache/search-cache';
import type { SearchLogRepo } from '../data/search-log.repo';
import { searchCacheKey, suggestCacheKey } from '../domain/search-cache-key';
import {
  isSearchPageCursor,
  searchInputProblems,
  toSearchRequest,
  type SearchInput,
  type SearchRequest,
} from '../domain/search-request';
import { queryWords } from '../domain/search-text';
import type { SearchEngine, SearchResponse, Suggestion } from '../engine/search-engine';

export interface SearchArgs {
  query?: string | null;
  filter?: SearchInput['filter'];
  sort?: SearchInput['sort'];
  first?: number | null;
  after?: string | null;
}

export interface SearchOutcome {
  /** Identifies this search in the analytics; later pages keep it. */
  searchId: string;
  request: SearchRequest;
  response: SearchResponse;
}

export const DEFAULT_SUGGESTIONS = 8;
export const MAX_SUGGESTIONS = 20;
export const MAX_PREFIX_LENGTH = 100;

export interface SearchServiceDeps {
  engine: SearchEngine;
  cache: SearchCache;
  searchLog: SearchLogRepo;
  logger: Logger;
}

/**
 * Search and autocomplete for everyone: validate, answer from the cache or the engine, and log the first
 * page of every search for the analytics (a failure to log never fails the search).
 */
export class SearchService {
  constructor(private readonly deps: SearchServiceDeps) {}

  private warn = (error: unknown) => this.deps.logger.warn({ err: error }, 'search cache or log unavailable');

  async search(args: SearchArgs, identity: Identity | null): Promise<SearchOutcome> {
    const limit = pageSize(args.first);
    const cursor = args.after ? decodeCursor(args.after, isSearchPageCursor) : null;
    const input: SearchInput = {
      query: args.query ?? null,
      filter: args.filter ?? null,
      sort: args.sort ?? null,
      offset: cursor?.offset ?? 0,
      limit,
    };
    const problems = searchInputProblems(input);
    if (problems.length)
      throw badUserInput(problems.map((problem) => problem.message).join('; '), problems[0]!.field);

    const request = toSearchRequest(input);
    const response = await this.deps.cache.getOrCompute(
      'results',
      searchCacheKey(request),
      () => this.deps.engine.search(request),
      this.warn,
    );
    const searchId = cursor?.searchId ?? randomUUID();
    if (!cursor) {
      await this.deps.searchLog
        .record({
          id: searchId,
          query: (args.query ?? '').slice(0, 200),
          normalized: request.text,
          resultCount: response.totalCount,
          userId: identity?.kind === 'user' ? identity.userId : null,
        })
        .catch(this.warn);
    }
    return { searchId, request, response };
  }

  async suggest(prefix: string, first: number | null | undefined): Promise<Suggestion[]> {
    const limit = pageSize(first ?? DEFAULT_SUGGESTIONS, MAX_SUGGESTIONS);
    if (prefix.length > MAX_PREFIX_LENGTH) {
      throw badUserInput(`"prefix" must be at most ${MAX_PREFIX_LENGTH} characters`, ['prefix']);
    }
    const words = queryWords(prefix);
    if (!words.length) return [];
    return this.deps.cache.getOrCompute(
      'suggest',
      suggestCacheKey(words, limit),
      () => this.deps.engine.suggest(words.join(' '), limit),
      this.warn,
    );
  }
}
