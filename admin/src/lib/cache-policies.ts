import type { TypePolicies } from '@apollo/client';

export const adminTypePolicies: TypePolicies = {
  // A stock level has no id of its own; it belongs to one variant.
  StockLevel: { keyFields: ['variantId'] },
};
