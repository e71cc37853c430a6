/** The GraphQL documents and result shapes the orders tests share. */
export const ADDRESS = {
  name: 'Ada Lovelace',
  line1: '12 St James Sq',
  city: 'London',
  postalCode: 'SW1Y 4JH',
  country: 'GB',
};

export const ORDER_FIELDS = `id number status cancellationReason paymentFailureCode refundedTotal { amount }
  lines { id variant { id } quantity unitPrice { amount currency } lineTotal { amount } }
  subtotal { amount currency formatted } discounts { code label amount { amount } } discountTotal { amount }
  shippingTotal { amount } total { amount }
  shippingAddress { name line1 line2 city region postalCode country phone }
  statusHistory { status at note } customer { id } createdAt updatedAt
  returns { id status reason refundAmount { amount } lines { orderLineId quantity refundAmount { amount } } }`;

export const CHECKOUT = `mutation($input: CheckoutInput!) {
  checkout(input: $input) {
    order { ${ORDER_FIELDS} guestEmail } userErrors { code field message } orderAccessToken
  }
}`;

export const ORDER = `query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`;

export interface ReturnView {
  id: string;
  status: string;
  reason: string;
  refundAmount: { amount: number };
  lines: { orderLineId: string; quantity: number; refundAmount: { amount: number } }[];
}

export interface OrderView {
  id: string;
  number: string;
  status: string;
  cancellationReason: string | null;
  paymentFailureCode: string | null;
  refundedTotal: { amount: number };
  lines: {
    id: string;
    variant: { id: string };
    quantity: number;
    unitPrice: { amount: number; currency: string };
    lineTotal: { amount: number };
  }[];
  subtotal: { amount: number; currency: string; formatted: string };
  discounts: { code: string | null; label: string; amount: { amount: number } }[];
  discountTotal: { amount: number };
  shippingTotal: { amount: number };
  total: { amount: number };
  shippingAddress: Record<string, string | null>;
  statusHistory: { status: string; at: string; note: string | null }[];
  customer: { id: string } | null;
  guestEmail?: string | null;
  returns: ReturnView[];
}

export const RETRY_PAYMENT = `mutation($orderId: ID!, $paymentToken: String!) {
  retryPayment(orderId: $orderId, paymentToken: $paymentToken) {
    order { ${ORDER_FIELDS} } userErrors { code field message }
  }
}`;

export interface RetryPaymentResult {
  retryPayment: {
    order: OrderView | null;
    userErrors: { code: string; field: string[] | null; message: string }[];
  };
}

export interface CheckoutResult {
  checkout: {
    order: OrderView | null;
    userErrors: { code: string; field: string[] | null; message: string }[];
    orderAccessToken: string | null;
  };
}
