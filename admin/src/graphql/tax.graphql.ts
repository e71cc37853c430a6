import { graphql } from '@/__generated__';

export const TaxRateFields = graphql(`
  fragment TaxRateFields on TaxRate {
    id
    country
    region
    rate
    taxShipping
    updatedAt
  }
`);

export const TaxRatesQuery = graphql(`
  query TaxRates($first: Int, $after: String) {
    taxRates(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...TaxRateFields
        }
      }
    }
  }
`);

export const SetTaxRateMutation = graphql(`
  mutation SetTaxRate($input: SetTaxRateInput!) {
    setTaxRate(input: $input) {
      taxRate {
        ...TaxRateFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RemoveTaxRateMutation = graphql(`
  mutation RemoveTaxRate($id: ID!) {
    removeTaxRate(id: $id) {
      taxRate {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
