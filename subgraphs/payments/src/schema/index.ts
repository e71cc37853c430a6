import { buildFederatedSchema } from '@msa/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import type { PaymentsContext } from './context';
import { OrderPaymentResolver } from './order-payment.resolver';
import { PaymentResolver, resolvePaymentReference } from './payment.resolver';
import { RefundPaymentResolver } from './refund-payment.resolver';

export function buildPaymentsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<PaymentsContext>({
    resolvers: [PaymentResolver, OrderPaymentResolver, RefundPaymentResolver],
    referenceResolvers: { Payment: resolvePaymentReference },
  });
}
