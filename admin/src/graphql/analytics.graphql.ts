import { graphql } from '@/__generated__';

export const SalesSeriesQuery = graphql(`
  query SalesSeries($from: DateTime!, $to: DateTime!, $interval: SalesInterval!) {
    salesStats(from: $from, to: $to, interval: $interval) {
      from
      to
      series {
        periodStart
        orders
        revenue {
          amount
          currency
          formatted
        }
        refunds {
          amount
          currency
          formatted
        }
        averageOrderValue {
          amount
          currency
          formatted
        }
      }
    }
  }
`);

export const OrdersByStatusQuery = graphql(`
  query OrdersByStatus($from: DateTime!, $to: DateTime!) {
    pending: orders(first: 1, filter: { status: PENDING, from: $from, to: $to }) {
      totalCount
    }
    paymentFailed: orders(first: 1, filter: { status: PAYMENT_FAILED, from: $from, to: $to }) {
      totalCount
    }
    confirmed: orders(first: 1, filter: { status: CONFIRMED, from: $from, to: $to }) {
      totalCount
    }
    shipped: orders(first: 1, filter: { status: SHIPPED, from: $from, to: $to }) {
      totalCount
    }
    delivered: orders(first: 1, filter: { status: DELIVERED, from: $from, to: $to }) {
      totalCount
    }
    cancelled: orders(first: 1, filter: { status: CANCELLED, from: $from, to: $to }) {
      totalCount
    }
    returnRequested: orders(first: 1, filter: { status: RETURN_REQUESTED, from: $from, to: $to }) {
      totalCount
    }
    returned: orders(first: 1, filter: { status: RETURNED, from: $from, to: $to }) {
      totalCount
    }
    refunded: orders(first: 1, filter: { status: REFUNDED, from: $from, to: $to }) {
      totalCount
    }
  }
`);

export const PeriodOrderLinesQuery = graphql(`
  query PeriodOrderLines($from: DateTime!, $to: DateTime!, $first: Int!) {
    orders(first: $first, filter: { from: $from, to: $to }) {
      totalCount
      nodes {
        status
        lines {
          quantity
          lineTotal {
            amount
            currency
          }
          variant {
            product {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const SearchAnalyticsQuery = graphql(`
  query SearchAnalyticsReport($from: DateTime!, $to: DateTime!) {
    searchAnalytics(from: $from, to: $to, first: 10) {
      totalSearches
      totalClicks
      clickThroughRate
      topQueries {
        query
        count
      }
      zeroResultQueries {
        query
        count
      }
    }
  }
`);

export const LowStockSummaryQuery = graphql(`
  query LowStockSummary {
    lowStock(first: 5) {
      totalCount
      nodes {
        variantId
        available
        lowStockThreshold
        variant {
          id
          sku
          product {
            id
            name
          }
        }
      }
    }
  }
`);
