import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchRequest } from '../../src/domain/search-request';
import type { SearchEngine } from '../../src/engine/search-engine';
import { ALL_IDS, byId, CATEGORY, CONTRACT_DOCUMENTS, HIDDEN_DOCUMENT } from './contract-catalog';

export interface EngineUnderTest {
  engine: SearchEngine;
  /** Removes whatever the engine created (database, index). */
  cleanup(): Promise<void>;
}

const request = (overrides: Partial<SearchRequest> = {}): SearchRequest => ({
  text: '',
  filter: {},
  sort: 'RELEVANCE',
  offset: 0,
  limit: 50,
  ...overrides,
});

const HEADPHONE_MATCHES = ['p-studio', 'p-wireless', 'p-kids', 'p-earbuds', 'p-speaker'];

/**
 * What every search engine adapter must do, on one small catalog. Relevance is checked by properties
 * (name above category above description) rather than exact scores, which differ between engines.
 */
export function describeSearchEngineContract(name: string, create: () => Promise<EngineUnderTest>): void {
  describe(name, () => {
    let subject: EngineUnderTest | undefined;
    let engine: SearchEngine;
    const ids = async (overrides: Partial<SearchRequest>) =>
      (await engine.search(request(overrides))).hits.map((hit) => hit.productId);

    beforeAll(async () => {
      subject = await create();
      engine = subject.engine;
      await engine.ensureIndex();
      await engine.upsertProducts([...CONTRACT_DOCUMENTS, HIDDEN_DOCUMENT]);
      await engine.removeProducts([{ productId: HIDDEN_DOCUMENT.productId, version: 2 }]);
      await engine.refresh();
    });
    afterAll(async () => {
      await subject?.engine.close();
      await subject?.cleanup();
    });

    describe('relevance', () => {
      it('finds headphones for the misspelled "hedphones" and says what it searched for', async () => {
        const result = await engine.search(request({ text: 'hedphones' }));
        expect(result.correctedQuery).toBe('headphones');
        expect(new Set(result.hits.map((hit) => hit.productId))).toEqual(new Set(HEADPHONE_MATCHES));
        expect(result.totalCount).toBe(5);
      });

      it('ranks name matches above category matches above description matches', async () => {
        const order = await ids({ text: 'headphones' });
        expect(new Set(order.slice(0, 3))).toEqual(new Set(['p-studio', 'p-wireless', 'p-kids']));
        expect(order.indexOf('p-earbuds')).toBeLessThan(order.indexOf('p-speaker'));
        expect(order).toHaveLength(5);
      });

      it('corrects only the misspelled word of a longer query', async () => {
        const result = await engine.search(request({ text: 'wireless hedphones' }));
        expect(result.correctedQuery).toBe('wireless headphones');
        expect(result.hits.map((hit) => hit.productId)).toEqual(['p-wireless']);
      });

      it('needs every word and matches stems and the last word as a prefix', async () => {
        expect(await ids({ text: 'kids headphones' })).toEqual(['p-kids']);
        const lamps = await engine.search(request({ text: 'lamps' }));
        expect(lamps.hits.map((hit) => hit.productId)).toEqual(['p-lamp']);
        expect(lamps.correctedQuery).toBeNull();
        // "elec" starts the name "Electric Kettle" and the category "Electronics" of six more products.
        const elec = await ids({ text: 'elec' });
        expect(elec[0]).toBe('p-kettle');
        expect(elec).toHaveLength(7);
      });

      it('reports no correction for a correct query and nothing for gibberish', async () => {
        expect((await engine.search(request({ text: 'headphones' }))).correctedQuery).toBeNull();
        const nothing = await engine.search(request({ text: 'qqxzvvk' }));
        expect(nothing).toMatchObject({ hits: [], totalCount: 0 });
        expect(nothing.facets.categories).toEqual([]);
      });

      it('never finds a removed product', async () => {
        expect(await ids({ text: 'hidden' })).toEqual([]);
        expect(await ids({ text: '' })).not.toContain(HIDDEN_DOCUMENT.productId);
      });
    });

    describe('facets', () => {
      it('count categories (ancestors included), price ranges by lowest price and rating thresholds', async () => {
        const { facets } = await engine.search(request({ text: 'headphones' }));
        expect(facets.categories).toEqual([
          { value: CATEGORY.audio.id, label: 'Audio', count: 5 },
          { value: CATEGORY.electronics.id, label: 'Electronics', count: 5 },
          { value: CATEGORY.headphones.id, label: 'Headphones', count: 4 },
          { value: CATEGORY.speakers.id, label: 'Speakers', count: 1 },
        ]);
        expect(facets.priceRanges).toEqual([
          { min: 2500, max: 5000, count: 2 },
          { min: 5000, max: 10000, count: 1 },
          { min: 10000, max: 20000, count: 1 },
          { min: 20000, max: 50000, count: 1 },
        ]);
        expect(facets.ratings).toEqual([
          { value: 4, count: 3 },
          { value: 3, count: 4 },
          { value: 2, count: 4 },
          { value: 1, count: 4 },
        ]);
      });

      it('leave out only their own filter', async () => {
        const result = await engine.search(
          request({ text: 'headphones', filter: { categoryIds: [CATEGORY.speakers.id] } }),
        );
        expect(result.hits.map((hit) => hit.productId)).toEqual(['p-speaker']);
        expect(result.totalCount).toBe(1);
        expect(result.facets.categories.find((facet) => facet.value === CATEGORY.headphones.id)?.count).toBe(
          4,
        );
        expect(result.facets.priceRanges).toEqual([{ min: 2500, max: 5000, count: 1 }]);
        expect(result.facets.ratings).toEqual([
          { value: 4, count: 1 },
          { value: 3, count: 1 },
          { value: 2, count: 1 },
          { value: 1, count: 1 },
        ]);
      });

      it('cover the whole catalog without a query', async () => {
        const result = await engine.search(request());
        expect(result.totalCount).toBe(ALL_IDS.length);
        expect(result.facets.categories.find((facet) => facet.value === CATEGORY.home.id)?.count).toBe(5);
      });
    });

    describe('filters', () => {
      it('by category, including everything below it', async () => {
        expect(new Set(await ids({ filter: { categoryIds: [CATEGORY.home.id] } }))).toEqual(
          new Set(['p-knife', 'p-board', 'p-kettle', 'p-lamp', 'p-vase']),
        );
        expect(
          new Set(await ids({ filter: { categoryIds: [CATEGORY.kitchen.id, CATEGORY.speakers.id] } })),
        ).toEqual(new Set(['p-knife', 'p-board', 'p-kettle', 'p-speaker', 'p-soundbar']));
      });

      it('by price: a variant within the range', async () => {
        expect(new Set(await ids({ filter: { minPrice: 5000, maxPrice: 10000 } }))).toEqual(
          new Set(['p-earbuds', 'p-knife', 'p-lamp']),
        );
        expect(new Set(await ids({ filter: { minPrice: 21000 } }))).toEqual(
          new Set(['p-studio', 'p-wireless', 'p-soundbar']),
        );
      });

      it('by stock and rating, combined with text', async () => {
        expect(new Set(await ids({ text: 'headphones', filter: { inStock: true } }))).toEqual(
          new Set(['p-studio', 'p-wireless', 'p-earbuds', 'p-speaker']),
        );
        expect(new Set(await ids({ filter: { minRating: 4.5 } }))).toEqual(
          new Set(['p-studio', 'p-speaker', 'p-knife']),
        );
        const result = await engine.search(
          request({ text: 'headphones', filter: { inStock: true, minRating: 4.5 } }),
        );
        expect(new Set(result.hits.map((hit) => hit.productId))).toEqual(new Set(['p-studio', 'p-speaker']));
        expect(result.totalCount).toBe(2);
      });
    });

    describe('sorts', () => {
      const byPrice = [...CONTRACT_DOCUMENTS]
        .sort((a, b) => a.minPrice! - b.minPrice!)
        .map((doc) => doc.productId);

      it('by price both ways', async () => {
        expect(await ids({ sort: 'PRICE_ASC' })).toEqual(byPrice);
        expect(await ids({ sort: 'PRICE_DESC' })).toEqual([...byPrice].reverse());
      });

      it('newest first, also without a query under RELEVANCE', async () => {
        const newest = [...ALL_IDS].reverse();
        expect(await ids({ sort: 'NEWEST' })).toEqual(newest);
        expect(await ids({ sort: 'RELEVANCE' })).toEqual(newest);
      });

      it('by rating: adjusted rating, then number of reviews, unrated last', async () => {
        expect(await ids({ sort: 'RATING' })).toEqual([
          'p-knife',
          'p-studio',
          'p-speaker',
          'p-wireless',
          'p-lamp',
          'p-soundbar',
          'p-board',
          'p-kids',
          'p-kettle',
          'p-earbuds',
          'p-vase',
        ]);
      });

      it('combine with text', async () => {
        expect(await ids({ text: 'headphones', sort: 'PRICE_ASC' })).toEqual([
          'p-kids',
          'p-speaker',
          'p-earbuds',
          'p-studio',
          'p-wireless',
        ]);
      });
    });

    it('pages without overlap or gaps', async () => {
      const pages: string[][] = [];
      for (let offset = 0; offset < ALL_IDS.length; offset += 4) {
        const page = await engine.search(request({ sort: 'PRICE_ASC', offset, limit: 4 }));
        expect(page.totalCount).toBe(ALL_IDS.length);
        pages.push(page.hits.map((hit) => hit.productId));
      }
      expect(pages.map((page) => page.length)).toEqual([4, 4, 3]);
      expect(pages.flat()).toEqual(await ids({ sort: 'PRICE_ASC' }));
    });

    describe('suggest', () => {
      it('offers categories first, then products with a word starting with the prefix', async () => {
        const suggestions = await engine.suggest('head', 10);
        expect(suggestions[0]).toEqual({
          text: 'Headphones',
          kind: 'CATEGORY',
          productId: null,
          categoryId: CATEGORY.headphones.id,
        });
        expect(new Set(suggestions.filter((s) => s.kind === 'PRODUCT').map((s) => s.productId))).toEqual(
          new Set(['p-studio', 'p-wireless', 'p-kids']),
        );
        expect(suggestions.find((s) => s.productId === 'p-studio')?.text).toBe('Studio Headphones');
      });

      it('matches several words, respects the limit and ignores case and accents', async () => {
        expect((await engine.suggest('Stúdio HEAD', 10)).map((s) => s.productId)).toEqual(['p-studio']);
        expect(await engine.suggest('kitch', 10)).toEqual([
          { text: 'Kitchen', kind: 'CATEGORY', productId: null, categoryId: CATEGORY.kitchen.id },
        ]);
        expect(await engine.suggest('head', 2)).toHaveLength(2);
        expect(await engine.suggest('qqxz', 10)).toEqual([]);
        expect(await engine.suggest('hidden', 10)).toEqual([]);
      });
    });

    describe('index writes', () => {
      it('ignore a document older than the indexed one and apply newer ones', async () => {
        const lamp = byId('p-lamp');
        await engine.upsertProducts([{ ...lamp, version: 3, name: 'Reading Lamp' }]);
        await engine.upsertProducts([{ ...lamp, version: 2, name: 'Obsolete Lamp' }]);
        await engine.refresh();
        expect(await ids({ text: 'obsolete' })).toEqual([]);
        expect(await ids({ text: 'reading lamp' })).toEqual(['p-lamp']);
        expect((await engine.search(request({ text: 'redaing' }))).correctedQuery).toBe('reading');
      });

      it('bring a removed product back with a newer version, and not with an older one', async () => {
        await engine.upsertProducts([{ ...HIDDEN_DOCUMENT, version: 1 }]);
        await engine.refresh();
        expect(await ids({ text: 'hidden' })).toEqual([]);
        await engine.upsertProducts([{ ...HIDDEN_DOCUMENT, version: 3, name: 'Restored Headphones' }]);
        await engine.refresh();
        expect(await ids({ text: 'restored' })).toEqual(['p-hidden']);
        await engine.removeProducts([{ productId: 'p-hidden', version: 4 }]);
        await engine.refresh();
        expect(await ids({ text: 'restored' })).toEqual([]);
      });
    });
  });
}
