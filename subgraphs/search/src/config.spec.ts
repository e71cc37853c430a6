import { describe, expect, it } from 'vitest';
import { DEFAULT_CACHE_TTL_SECONDS } from './cache/search-cache';
import { loadSearchConfig } from './config';

describe('loadSearchConfig', () => {
  it('defaults to the Postgres engine, port 4010 and a short cache TTL', () => {
    const config = loadSearchConfig({ DATABASE_URL: 'postgresql://postgres@db:5432' });
    expect(config.PORT).toBe(4010);
    expect(config.ELASTICSEARCH_URL).toBeUndefined();
    expect(config.ELASTICSEARCH_INDEX).toBe('msa-products');
    expect(config.SEARCH_CACHE_TTL_SECONDS).toBe(DEFAULT_CACHE_TTL_SECONDS);
    expect(config.SEARCH_DATABASE_URL).toBe('postgresql://postgres@db:5432/msa_search');
  });

  it('reads Elasticsearch and cache settings, treating an empty URL as unset', () => {
    const config = loadSearchConfig({
      ELASTICSEARCH_URL: 'http://es:9200',
      SEARCH_CACHE_TTL_SECONDS: '0',
      PORT: '5000',
    });
    expect(config).toMatchObject({
      ELASTICSEARCH_URL: 'http://es:9200',
      SEARCH_CACHE_TTL_SECONDS: 0,
      PORT: 5000,
    });
    expect(loadSearchConfig({ ELASTICSEARCH_URL: '' }).ELASTICSEARCH_URL).toBeUndefined();
  });

  it('names every bad value', () => {
    expect(() => loadSearchConfig({ ELASTICSEARCH_URL: 'nope', SEARCH_CACHE_TTL_SECONDS: '-1' })).toThrow(
      /ELASTICSEARCH_URL[\s\S]*SEARCH_CACHE_TTL_SECONDS/,
    );
  });
});
