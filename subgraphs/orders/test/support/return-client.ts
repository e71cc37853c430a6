import { expectData, graphqlRequest } from '@msa/testing';
import type { ReturnView } from './order-documents';

const RETURN_FIELDS = `id status reason refundAmount { amount currency } failureReason rejectionReason
  lines { orderLineId variant { id } quantity refundAmount { amount } }
  order { id status } createdAt approvedAt receivedAt settledAt`;

export interface ReturnDetails extends ReturnView {
  failureReason: string | null;
  rejectionReason: string | null;
  order: { id: string; status: string };
  approvedAt: string | null;
  receivedAt: string | null;
  settledAt: string | null;
}

export interface ReturnPayloadView {
  return: ReturnDetails | null;
  userErrors: { code: string; field: string[] | null; message: string }[];
}

/** The return mutations and queries, as a client sends them. */
export function returnClient(url: string) {
  const mutate = (field: string, args: string, variables: Record<string, unknown>, token: string) =>
    graphqlRequest<Record<string, ReturnPayloadView>>(
      url,
      `mutation(${args}) { ${field}(${Object.keys(variables)
        .map((name) => `${name}: $${name}`)
        .join(', ')}) { return { ${RETURN_FIELDS} } userErrors { code field message } } }`,
      variables,
      { token },
    );
  return {
    request: (
      orderId: string,
      lines: { orderLineId: string; quantity: number }[],
      reason: string,
      token: string,
    ) =>
      mutate(
        'requestReturn',
        '$orderId: ID!, $lines: [ReturnLineInput!]!, $reason: String!',
        { orderId, lines, reason },
        token,
      ),
    approve: (returnId: string, token: string) =>
      mutate('approveReturn', '$returnId: ID!', { returnId }, token),
    receive: (returnId: string, token: string) =>
      mutate('receiveReturn', '$returnId: ID!', { returnId }, token),
    reject: (returnId: string, reason: string, token: string) =>
      mutate('rejectReturn', '$returnId: ID!, $reason: String!', { returnId, reason }, token),
    cancel: (returnId: string, token: string) =>
      mutate('cancelReturn', '$returnId: ID!', { returnId }, token),
    async get(id: string, token: string): Promise<ReturnDetails> {
      return expectData(
        await graphqlRequest<{ orderReturn: ReturnDetails }>(
          url,
          `query($id: ID!) { orderReturn(id: $id) { ${RETURN_FIELDS} } }`,
          { id },
          { token },
        ),
      ).orderReturn;
    },
    list: (status: string | null, token: string) =>
      graphqlRequest<{ returns: { totalCount: number; nodes: { id: string; status: string }[] } }>(
        url,
        'query($status: ReturnStatus) { returns(first: 50, filter: { status: $status }) { totalCount nodes { id status } } }',
        { status },
        { token },
      ),
  };
}
