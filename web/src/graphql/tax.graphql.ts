import { graphql } from '@/__generated__';

export const CheckoutSummaryQuery = graphql(`
  query CheckoutSummary($input: CheckoutSummaryInput!) {
    checkoutSummary(input: $input) {
      subtotal {
        amount
        currency
        formatted
      }
      discountTotal {
        formatted
      }
      shippingTotal {
        amount
        formatted
      }
      taxTotal {
        amount
        formatted
      }
      taxLines {
        name
        rate
        amount {
          amount
          formatted
        }
      }
      total {
        amount
        formatted
      }
    }
  }
`);
