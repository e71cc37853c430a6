/**
 * Static data of the federation benchmark workload (accounts, inventory, products, reviews): the same
 * shape and sizes as the published benchmark (6 users, 9 products, 11 reviews, every review written by the
 * first user, each user listing the first two reviews), with our own values.
 */
export interface User {
  id: string;
  name: string;
  username: string;
  birthday: number;
}

export interface Product {
  upc: string;
  name: string;
  price: number;
  weight: number;
}

export interface Review {
  id: string;
  body: string;
  productUpc: string;
}

export const USERS: User[] = [
  { id: '1', name: 'Ada Lovelace', username: 'ada', birthday: 1_234_567_890 },
  { id: '2', name: 'Grace Hopper', username: 'grace', birthday: 1_234_567_890 },
  { id: '3', name: 'Alan Turing', username: 'alan', birthday: 1_234_567_890 },
  { id: '4', name: 'Edsger Dijkstra', username: 'edsger', birthday: 1_234_567_890 },
  { id: '5', name: 'Barbara Liskov', username: 'barbara', birthday: 1_234_567_890 },
  { id: '6', name: 'Donald Knuth', username: 'donald', birthday: 1_234_567_890 },
];

export const PRODUCTS: Product[] = [
  { upc: '1', name: 'Table', price: 899, weight: 100 },
  { upc: '2', name: 'Couch', price: 1299, weight: 1000 },
  { upc: '3', name: 'Glass', price: 15, weight: 20 },
  { upc: '4', name: 'Chair', price: 499, weight: 100 },
  { upc: '5', name: 'TV', price: 1299, weight: 1000 },
  { upc: '6', name: 'Lamp', price: 6999, weight: 300 },
  { upc: '7', name: 'Grill', price: 3999, weight: 2000 },
  { upc: '8', name: 'Fridge', price: 100_000, weight: 6000 },
  { upc: '9', name: 'Sofa', price: 9999, weight: 800 },
];

export const IN_STOCK: ReadonlySet<string> = new Set(['1', '5', '6', '7', '9']);

/** Review bodies of a few hundred characters, as in the published workload (its payloads are text-heavy). */
const SENTENCE =
  'The finish held up after a year of daily use, delivery was quick, and assembly took under an hour. ';
const body = (sentences: number, id: number) => `Review ${id}. ${SENTENCE.repeat(sentences)}`.trim();

export const REVIEWS: Review[] = [
  { id: '1', body: body(4, 1), productUpc: '1' },
  { id: '2', body: body(3, 2), productUpc: '1' },
  { id: '3', body: body(3, 3), productUpc: '1' },
  { id: '4', body: body(1, 4), productUpc: '1' },
  { id: '5', body: body(4, 5), productUpc: '2' },
  { id: '6', body: body(3, 6), productUpc: '2' },
  { id: '7', body: body(3, 7), productUpc: '2' },
  { id: '8', body: body(1, 8), productUpc: '2' },
  { id: '9', body: body(1, 9), productUpc: '3' },
  { id: '10', body: body(1, 10), productUpc: '4' },
  { id: '11', body: body(8, 11), productUpc: '4' },
];

/** Every review is by the first user; every user's own list is the first two reviews. */
export const REVIEW_AUTHOR = USERS[0]!;
export const reviewsOfUser = (): Review[] => REVIEWS.slice(0, 2);
export const reviewsOfProduct = (upc: string): Review[] => REVIEWS.filter((r) => r.productUpc === upc);
export const TOP_PRODUCTS_DEFAULT = 5;

/** Free above 1000, else half the weight. */
export const shippingEstimate = (price: number, weight: number): number =>
  price > 1000 ? 0 : Math.floor(weight / 2);
