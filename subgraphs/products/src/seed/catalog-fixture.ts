import { APPAREL_PRODUCTS } from './fixtures/apparel';
import { ELECTRONICS_PRODUCTS } from './fixtures/electronics';
import { HOME_PRODUCTS } from './fixtures/home';
import { OUTDOORS_PRODUCTS } from './fixtures/outdoors';
import type { FixtureCategory, FixtureProduct } from './fixture-types';

export type { FixtureCategory, FixtureProduct };

/**
 * The demo catalog: a category tree and products with realistic options and prices (in cents), enough to
 * browse, filter, search and check out against.
 */
export const FIXTURE_CATEGORIES: FixtureCategory[] = [
  { slug: 'electronics', name: 'Electronics', description: 'Gadgets, audio and computing.' },
  {
    slug: 'audio',
    name: 'Audio',
    description: 'Listen better at home and on the go.',
    parent: 'electronics',
  },
  {
    slug: 'headphones',
    name: 'Headphones',
    description: 'Over-ear, on-ear and in-ear headphones.',
    parent: 'audio',
  },
  { slug: 'speakers', name: 'Speakers', description: 'Portable and home speakers.', parent: 'audio' },
  { slug: 'computers', name: 'Computers', description: 'Laptops and desktops.', parent: 'electronics' },
  {
    slug: 'computer-accessories',
    name: 'Computer Accessories',
    description: 'Keyboards, mice and more.',
    parent: 'computers',
  },
  { slug: 'cameras', name: 'Cameras', description: 'Cameras and lenses.', parent: 'electronics' },
  { slug: 'apparel', name: 'Apparel', description: 'Clothing for every day.' },
  {
    slug: 'apparel-men',
    name: 'Men',
    description: 'Shirts, trousers and outerwear for men.',
    parent: 'apparel',
  },
  {
    slug: 'apparel-women',
    name: 'Women',
    description: 'Tops, dresses and outerwear for women.',
    parent: 'apparel',
  },
  { slug: 'home', name: 'Home', description: 'Everything for the home.' },
  { slug: 'kitchen', name: 'Kitchen', description: 'Cookware, knives and tools.', parent: 'home' },
  { slug: 'furniture', name: 'Furniture', description: 'Chairs, desks and shelving.', parent: 'home' },
  { slug: 'decor', name: 'Decor', description: 'Lighting, textiles and accents.', parent: 'home' },
  { slug: 'outdoors', name: 'Outdoors', description: 'Gear for camping and sport.' },
  { slug: 'camping', name: 'Camping', description: 'Tents, sleeping bags and stoves.', parent: 'outdoors' },
  { slug: 'fitness', name: 'Fitness', description: 'Train at home or in the gym.', parent: 'outdoors' },
];

/** Every demo product, department by department. */
export const FIXTURE_PRODUCTS: FixtureProduct[] = [
  ...ELECTRONICS_PRODUCTS,
  ...APPAREL_PRODUCTS,
  ...HOME_PRODUCTS,
  ...OUTDOORS_PRODUCTS,
];
