import { describe, expect, it } from 'vitest';
import { DEFAULT_CACHE_TTL_SECONDS } from './cache/search-cache';
import { loadSearchConfig } from './config';

describe('loadSearchConfig', () => {
  it('defaults to the Postgres engine, port 4010 and a short cache TTL', () => {
    const config = loadSearchConfig({ DATABASE_URL: 'postgresql://postgres@db:5432' });
    expect(config.port).toBe(4010);
    expect(config.elasticsearchUrl).toBeUndefined();
    expect(config.elasticsearchIndex).toBe('msa-products');
    expect(config.cacheTtlSeconds).toBe(DEFAULT_CACHE_TTL_SECONDS);
    expect(config.databaseUrl).toBe('postgresql://postgres@db:5432/msa_search');
  });

  it('reads Elasticsearch and cache settings, treating an empty URL as unset', () => {
    const config = loadSearchConfig({
      ELASTICSEARCH_URL: 'http://es:9200',
      SEARCH_CACHE_TTL_SECONDS: '0',
      PORT: '5000',
    });
    expect(config).toMatchObject({
      elasticsearchUrl: 'http://es:9200',
      cacheTtlSeconds: 0,
      port: 5000,
    });
    expect(loadSearchConfig({ ELASTICSEARCH_URL: '' }).elasticsearchUrl).toBeUndefined();
  });

  it('names every bad value', () => {
    expect(() => loadSearchConfig({ ELASTICSEARCH_URL: 'nope', SEARCH_CACHE_TTL_SECONDS: '-1' })).toThrow(
      /ELASTICSEARCH_URL[\s\S]*SEARCH_CACHE_TTL_SECONDS/,
    );
  });
});
