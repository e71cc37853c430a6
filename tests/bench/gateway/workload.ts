import {
  IN_STOCK,
  PRODUCTS,
  REVIEW_AUTHOR,
  reviewsOfProduct,
  reviewsOfUser,
  shippingEstimate,
  TOP_PRODUCTS_DEFAULT,
  USERS,
  type Product,
  type Review,
  type User,
} from './data';

/**
 * The benchmark's one operation: users and top products, each three levels of reviews deep, crossing all
 * four subgraphs several times (a dozen subgraph fetches per request, hundreds of entities).
 */
export const BENCHMARK_QUERY = `
  fragment UserFields on User { id username name }
  fragment ReviewFields on Review { id body }
  fragment ProductFields on Product { inStock name price shippingEstimate upc weight }

  query BenchmarkQuery {
    users {
      ...UserFields
      reviews {
        ...ReviewFields
        product {
          ...ProductFields
          reviews {
            ...ReviewFields
            author { ...UserFields reviews { ...ReviewFields product { ...ProductFields } } }
          }
        }
      }
    }
    topProducts {
      ...ProductFields
      reviews {
        ...ReviewFields
        author { ...UserFields reviews { ...ReviewFields product { ...ProductFields } } }
      }
    }
  }`;

const productFields = (p: Product) => ({
  inStock: IN_STOCK.has(p.upc),
  name: p.name,
  price: p.price,
  shippingEstimate: shippingEstimate(p.price, p.weight),
  upc: p.upc,
  weight: p.weight,
});
const userFields = (u: User) => ({ id: u.id, username: u.username, name: u.name });
const reviewFields = (r: Review) => ({ id: r.id, body: r.body });
const productOf = (r: Review) => PRODUCTS.find((p) => p.upc === r.productUpc)!;

const authorWithReviews = () => ({
  ...userFields(REVIEW_AUTHOR),
  reviews: reviewsOfUser().map((r) => ({ ...reviewFields(r), product: productFields(productOf(r)) })),
});
const productReviews = (p: Product) =>
  reviewsOfProduct(p.upc).map((r) => ({ ...reviewFields(r), author: authorWithReviews() }));

/** The exact response every gateway must return, built from the data rather than from any gateway. */
export function expectedResponse(): unknown {
  return {
    data: {
      users: USERS.map((u) => ({
        ...userFields(u),
        reviews: reviewsOfUser().map((r) => {
          const product = productOf(r);
          return {
            ...reviewFields(r),
            product: { ...productFields(product), reviews: productReviews(product) },
          };
        }),
      })),
      topProducts: PRODUCTS.slice(0, TOP_PRODUCTS_DEFAULT).map((p) => ({
        ...productFields(p),
        reviews: productReviews(p),
      })),
    },
  };
}
