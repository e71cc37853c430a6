import type { TypePolicies } from '@apollo/client';

export const adminTypePolicies: TypePolicies = {
  // A stock level has no id of its own; it belongs to one variant.
  StockLevel: { keyFields: ['variantId'] },
  // A template is one wording per notification kind and channel.
  NotificationTemplate: { keyFields: ['key', 'channel'] },
};
