import { createHash } from 'node:crypto';
import { slugify } from '../domain/slug';

/**
 * Generated products for load tests and benchmarks: thousands of ACTIVE products spread over the demo
 * categories, with names and descriptions made of real catalog words so search has something to rank.
 * Everything derives from the product's number, so two runs (or two machines) produce the same catalog.
 */

interface ExtraCategoryWords {
  nouns: string[];
  /** Price of the cheapest product of the category, in cents; the generator spreads prices above it. */
  basePrice: number;
  features: string[];
}

/** Leaf categories of the demo catalog (by slug) and the words their generated products are made of. */
export const EXTRA_CATEGORY_WORDS: Record<string, ExtraCategoryWords> = {
  headphones: {
    nouns: ['Headphones', 'Earbuds', 'Headset', 'Earphones'],
    basePrice: 2500,
    features: [
      'noise cancelling',
      'long battery life',
      'a detachable cable',
      'deep bass',
      'a built-in microphone',
    ],
  },
  speakers: {
    nouns: ['Speaker', 'Soundbar', 'Subwoofer', 'Bookshelf Speakers'],
    basePrice: 3500,
    features: ['room-filling sound', 'a waterproof body', 'multi-room streaming', 'a twelve hour battery'],
  },
  'computer-accessories': {
    nouns: ['Keyboard', 'Mouse', 'Webcam', 'Monitor Stand', 'USB Hub'],
    basePrice: 1500,
    features: ['a braided cable', 'low-profile keys', 'an ergonomic shape', 'plug-and-play setup'],
  },
  cameras: {
    nouns: ['Camera', 'Lens', 'Tripod', 'Camera Bag'],
    basePrice: 4500,
    features: ['image stabilisation', 'weather sealing', 'fast autofocus', 'a compact build'],
  },
  'apparel-men': {
    nouns: ['Shirt', 'Jacket', 'Chinos', 'Hoodie', 'Sweater'],
    basePrice: 2000,
    features: ['organic cotton', 'a relaxed fit', 'reinforced seams', 'a water-repellent finish'],
  },
  'apparel-women': {
    nouns: ['Dress', 'Blouse', 'Cardigan', 'Trench Coat', 'Leggings'],
    basePrice: 2000,
    features: ['soft merino wool', 'a tailored fit', 'hidden pockets', 'breathable fabric'],
  },
  kitchen: {
    nouns: ['Knife', 'Frying Pan', 'Saucepan', 'Cutting Board', 'Kettle'],
    basePrice: 1200,
    features: ['forged steel', 'a non-stick coating', 'an induction-ready base', 'a comfortable handle'],
  },
  furniture: {
    nouns: ['Desk', 'Chair', 'Bookshelf', 'Side Table', 'Stool'],
    basePrice: 6000,
    features: ['solid oak', 'adjustable height', 'tool-free assembly', 'a powder-coated frame'],
  },
  decor: {
    nouns: ['Lamp', 'Vase', 'Throw Blanket', 'Mirror', 'Candle'],
    basePrice: 1000,
    features: ['warm light', 'hand-blown glass', 'a linen texture', 'a brass finish'],
  },
  camping: {
    nouns: ['Tent', 'Sleeping Bag', 'Camping Stove', 'Backpack', 'Lantern'],
    basePrice: 2500,
    features: ['ultralight materials', 'a three-season rating', 'a quick pitch design', 'taped seams'],
  },
  fitness: {
    nouns: ['Yoga Mat', 'Dumbbells', 'Kettlebell', 'Resistance Bands', 'Jump Rope'],
    basePrice: 1500,
    features: ['a non-slip surface', 'adjustable weight', 'a compact design', 'a lifetime warranty'],
  },
};

const SERIES = [
  'Aurora',
  'Nimbus',
  'Vertex',
  'Orion',
  'Summit',
  'Harbor',
  'Cobalt',
  'Juniper',
  'Atlas',
  'Ember',
  'Solstice',
  'Tundra',
];
const ADJECTIVES = [
  'Wireless',
  'Compact',
  'Classic',
  'Premium',
  'Travel',
  'Studio',
  'Everyday',
  'Pro',
  'Lightweight',
  'Deluxe',
];
const COLORS = ['Black', 'White', 'Navy', 'Olive', 'Sand', 'Red'];

export interface ExtraProduct {
  /** Stable across runs, so seeding again finds the rows it wrote and adds nothing. */
  id: string;
  slug: string;
  name: string;
  description: string;
  categorySlug: string;
  variants: ExtraVariant[];
}

export interface ExtraVariant {
  id: string;
  sku: string;
  title: string;
  options: { name: string; value: string }[];
  price: number;
  weightGrams: number;
}

/** A UUID (version 5 layout) derived from a name, so generated rows keep their ids across runs. */
export function stableUuid(name: string): string {
  const bytes = createHash('sha1').update(`msa-extra-products:${name}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const pick = <T>(values: readonly T[], n: number): T => values[n % values.length]!;

/**
 * Product number `n` (0-based). Categories rotate fastest, so any prefix of the sequence covers all of them;
 * every fourth product comes in two colours.
 */
export function extraProduct(
  n: number,
  categorySlugs: readonly string[] = Object.keys(EXTRA_CATEGORY_WORDS),
): ExtraProduct {
  const categorySlug = pick(categorySlugs, n);
  const words = EXTRA_CATEGORY_WORDS[categorySlug];
  if (!words) throw new Error(`No generator words for category "${categorySlug}"`);
  const round = Math.floor(n / categorySlugs.length);
  const noun = pick(words.nouns, round);
  const adjective = pick(ADJECTIVES, Math.floor(round / words.nouns.length));
  const series = pick(SERIES, Math.floor(round / (words.nouns.length * ADJECTIVES.length)));
  const name = `${series} ${adjective} ${noun}`;
  const number = String(n + 1).padStart(5, '0');
  const id = stableUuid(`product-${n}`);
  const price = words.basePrice + ((n * 7919) % 40) * 250 - 1;
  const colors = n % 4 === 0 ? [pick(COLORS, n), pick(COLORS, n + 1)] : [];
  const variants: ExtraVariant[] = (colors.length ? colors : [null]).map((color, index) => ({
    id: stableUuid(`variant-${n}-${index}`),
    sku: `X${number}${color ? `-${color.toUpperCase()}` : ''}`,
    title: color ?? 'Default',
    options: color ? [{ name: 'Color', value: color }] : [],
    price: price + index * 500,
    weightGrams: 100 + ((n * 31) % 20) * 50,
  }));
  return {
    id,
    slug: `${slugify(name)}-x${number}`,
    name,
    description: `${adjective} ${noun.toLowerCase()} from the ${series} line, with ${pick(words.features, n)} and ${pick(words.features, n + 1)}.`,
    categorySlug,
    variants,
  };
}

/** Products `from` … `from + count - 1`. */
export function extraProducts(
  from: number,
  count: number,
  categorySlugs?: readonly string[],
): ExtraProduct[] {
  return Array.from({ length: count }, (_, index) => extraProduct(from + index, categorySlugs));
}
