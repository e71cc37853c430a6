import type { SearchDocument } from '../../src/domain/search-document';

/**
 * The catalog every engine is tested against. Prices are cents; `listedAt` grows with the product's number,
 * so NEWEST is the reverse of this list.
 */
export const CATEGORY = {
  electronics: { id: 'cat-electronics', name: 'Electronics' },
  audio: { id: 'cat-audio', name: 'Audio' },
  headphones: { id: 'cat-headphones', name: 'Headphones' },
  speakers: { id: 'cat-speakers', name: 'Speakers' },
  home: { id: 'cat-home', name: 'Home' },
  kitchen: { id: 'cat-kitchen', name: 'Kitchen' },
  decor: { id: 'cat-decor', name: 'Decor' },
} as const;

type CategoryKey = keyof typeof CATEGORY;

const PATHS: Record<string, CategoryKey[]> = {
  headphones: ['electronics', 'audio', 'headphones'],
  speakers: ['electronics', 'audio', 'speakers'],
  kitchen: ['home', 'kitchen'],
  decor: ['home', 'decor'],
};

interface Row {
  id: string;
  name: string;
  category: keyof typeof PATHS;
  description: string;
  price: [number, number];
  inStock: boolean;
  /** [average, bayesian, count] or null before any review. */
  rating: [number, number, number] | null;
}

const ROWS: Row[] = [
  {
    id: 'p-studio',
    name: 'Studio Headphones',
    category: 'headphones',
    description: 'Closed-back headphones with a flat sound for mixing.',
    price: [19999, 21999],
    inStock: true,
    rating: [4.6, 4.4, 25],
  },
  {
    id: 'p-wireless',
    name: 'Wireless Noise-Cancelling Headphones',
    category: 'headphones',
    description: 'Adaptive noise cancelling and 30 hours of battery.',
    price: [29999, 29999],
    inStock: true,
    rating: [4.2, 4.1, 40],
  },
  {
    id: 'p-kids',
    name: 'Kids Headphones',
    category: 'headphones',
    description: 'Volume-limited and sized for children.',
    price: [2999, 2999],
    inStock: false,
    rating: [3.5, 3.6, 8],
  },
  {
    id: 'p-earbuds',
    name: 'Sport Earbuds',
    category: 'headphones',
    description: 'Sweat-proof earbuds with secure ear hooks.',
    price: [7999, 7999],
    inStock: true,
    rating: null,
  },
  {
    id: 'p-speaker',
    name: 'Portable Speaker',
    category: 'speakers',
    description: 'Waterproof speaker that also pairs with your headphones.',
    price: [4999, 4999],
    inStock: true,
    rating: [4.8, 4.3, 10],
  },
  {
    id: 'p-soundbar',
    name: 'Soundbar',
    category: 'speakers',
    description: 'Cinema sound for the living room.',
    price: [24999, 24999],
    inStock: true,
    rating: [3.9, 3.9, 30],
  },
  {
    id: 'p-knife',
    name: 'Chef Knife',
    category: 'kitchen',
    description: 'Forged steel knife for everyday cooking.',
    price: [8900, 9900],
    inStock: true,
    rating: [4.9, 4.7, 60],
  },
  {
    id: 'p-board',
    name: 'Cutting Board',
    category: 'kitchen',
    description: 'End-grain walnut board.',
    price: [4500, 4500],
    inStock: false,
    rating: [4.0, 3.9, 5],
  },
  {
    id: 'p-kettle',
    name: 'Electric Kettle',
    category: 'kitchen',
    description: 'Boils a litre in three minutes.',
    price: [3900, 3900],
    inStock: true,
    rating: [2.5, 3.0, 12],
  },
  {
    id: 'p-lamp',
    name: 'Desk Lamp',
    category: 'decor',
    description: 'Warm light with a brass finish.',
    price: [6900, 6900],
    inStock: true,
    rating: [4.4, 4.0, 6],
  },
  {
    id: 'p-vase',
    name: 'Glass Vase',
    category: 'decor',
    description: 'Hand-blown glass.',
    price: [1500, 1500],
    inStock: true,
    rating: null,
  },
];

const DAY = 24 * 60 * 60 * 1000;
const START = Date.parse('2026-01-01T00:00:00Z');

export function contractDocument(row: Row, index: number, version = 1): SearchDocument {
  const path = PATHS[row.category]!.map((key) => CATEGORY[key]);
  return {
    productId: row.id,
    version,
    slug: row.id.slice(2),
    name: row.name,
    description: row.description,
    categoryIds: path.map((category) => category.id),
    categoryPath: path.map((category) => category.name),
    minPrice: row.price[0],
    maxPrice: row.price[1],
    currency: 'USD',
    inStock: row.inStock,
    rating: row.rating?.[0] ?? null,
    bayesianRating: row.rating?.[1] ?? null,
    ratingCount: row.rating?.[2] ?? 0,
    listedAt: new Date(START + index * DAY),
  };
}

export const CONTRACT_DOCUMENTS: SearchDocument[] = ROWS.map((row, index) => contractDocument(row, index));

/** A product that was indexed and then archived: it must never be found. */
export const HIDDEN_DOCUMENT: SearchDocument = {
  ...contractDocument(
    {
      id: 'p-hidden',
      name: 'Hidden Headphones',
      category: 'headphones',
      description: 'Archived.',
      price: [100, 100],
      inStock: true,
      rating: null,
    },
    ROWS.length,
  ),
};

export const ALL_IDS = CONTRACT_DOCUMENTS.map((document) => document.productId);

export function byId(id: string): SearchDocument {
  return CONTRACT_DOCUMENTS.find((document) => document.productId === id)!;
}
