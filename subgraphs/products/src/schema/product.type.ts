import { ConnectionType, Money, CATALOG_CACHE_HINT, INHERIT_CACHE_HINT } from '@msa/subgraph-kit';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PRODUCT_SORTS, type ProductSort } from '../domain/product-sort';
import { PRODUCT_STATUSES, type ProductStatus } from '../domain/records';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

export const ProductStatusEnum = enumOf<ProductStatus>(PRODUCT_STATUSES);
registerEnumType(ProductStatusEnum, {
  name: 'ProductStatus',
  description: 'Lifecycle of a product; only ACTIVE products are shown to customers and can be bought.',
  valuesConfig: {
    DRAFT: { description: 'Being prepared; visible to staff only.' },
    ACTIVE: { description: 'On sale and visible to everyone.' },
    ARCHIVED: {
      description: 'No longer sold; kept so orders and reviews still resolve it. Visible to staff only.',
    },
  },
});

export const ProductSortEnum = enumOf<ProductSort>(PRODUCT_SORTS);
registerEnumType(ProductSortEnum, {
  name: 'ProductSort',
  description: 'Order of a product list.',
  valuesConfig: {
    NEWEST: { description: 'Most recently created first.' },
    NAME_ASC: { description: 'By name, A to Z.' },
    PRICE_ASC: { description: 'By lowest variant price, cheapest first; products without variants last.' },
    PRICE_DESC: {
      description: 'By lowest variant price, most expensive first; products without variants last.',
    },
  },
});

@Directive('@key(fields: "id")')
@Directive(CATALOG_CACHE_HINT)
@ObjectType({ description: 'Something the shop sells, in one or more variants (e.g. sizes and colours).' })
export class Product {
  @Field(() => ID, { description: 'Opaque product id.' })
  id!: string;

  @Field(() => String, { description: 'Unique, URL-friendly name, e.g. "studio-headphones".' })
  slug!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => String, { description: 'Long description shown on the product page (plain text).' })
  description!: string;

  @Field(() => ProductStatusEnum, {
    description: 'Lifecycle state; customers only ever see ACTIVE products.',
  })
  status!: ProductStatus;

  @Field(() => Date, { description: 'When the product was created.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the product or its price range last changed.' })
  updatedAt!: Date;
}

// Shareable: search results carry the same price range for their hits.
@Directive('@shareable')
@Directive(INHERIT_CACHE_HINT)
@ObjectType({ description: 'Lowest and highest price among the variants a shopper can pick.' })
export class PriceRange {
  @Field(() => Money, { description: 'Price of the cheapest variant.' })
  min!: Money;

  @Field(() => Money, { description: 'Price of the most expensive variant.' })
  max!: Money;
}

export const ProductConnection = ConnectionType(Product, 'Product', 'A page of products.');
