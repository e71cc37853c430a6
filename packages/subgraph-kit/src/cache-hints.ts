/**
 * Apollo's `@cacheControl` hints (read by its cache-control plugin in subgraphs that turn `cacheHints` on):
 * types and fields declare how long a public answer stays valid, `scope: PRIVATE` marks per-user data. Not
 * composed: the subgraph turns them into its response's Cache-Control header, which the router combines.
 */
export const CACHE_CONTROL_DIRECTIVE = `enum CacheControlScope @inaccessible { PUBLIC PRIVATE }
directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION`;

/** How long catalog data (products, variants, prices, stock flags, ratings) may be served from a cache; catalog events purge it sooner. */
export const CATALOG_MAX_AGE_SECONDS = 300;
/** `@Directive(CATALOG_CACHE_HINT)` on a public catalog type or root field. */
export const CATALOG_CACHE_HINT = `@cacheControl(maxAge: ${CATALOG_MAX_AGE_SECONDS}, scope: PUBLIC)`;
/** `@Directive(INHERIT_CACHE_HINT)` on a shared shape (money, pages, connections): as cacheable as its parent. */
export const INHERIT_CACHE_HINT = '@cacheControl(inheritMaxAge: true)';
/** `@Directive(PRIVATE_CACHE_HINT)` on a field whose answer depends on who asks: nothing containing it is cached. */
export const PRIVATE_CACHE_HINT = '@cacheControl(scope: PRIVATE)';
