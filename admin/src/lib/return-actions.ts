export type ReturnAction = 'approve' | 'receive' | 'reject';

/** Return statuses, in the order a return goes through them, for the queue's filter. */
export const RETURN_STATUSES = [
  'REQUESTED',
  'APPROVED',
  'RECEIVED',
  'REFUNDED',
  'RETURNED',
  'REFUND_FAILED',
  'REJECTED',
  'CANCELLED',
] as const;

const LABELS: Record<string, string> = {
  REQUESTED: 'Requested',
  APPROVED: 'Approved',
  RECEIVED: 'Received',
  REFUNDED: 'Refunded',
  RETURNED: 'Returned',
  REFUND_FAILED: 'Refund failed',
  REJECTED: 'Rejected',
  CANCELLED: 'Withdrawn',
};

export function returnStatusLabel(status: string): string {
  return LABELS[status] ?? status;
}

/**
 * What an administrator can do with a return in `status`: approve a request, record that approved items
 * arrived, reject either before the items arrive.
 */
export function returnActions(status: string): ReturnAction[] {
  switch (status) {
    case 'REQUESTED':
      return ['approve', 'reject'];
    case 'APPROVED':
      return ['receive', 'reject'];
    default:
      return [];
  }
}

export const RETURN_ACTION_TEXT: Record<
  ReturnAction,
  { button: string; title: string; confirm: string; explain: string; done: string; destructive: boolean }
> = {
  approve: {
    button: 'Approve',
    title: 'Approve this return?',
    confirm: 'Approve',
    explain: 'The customer is told to send the items back.',
    done: 'Return approved; the customer may send the items.',
    destructive: false,
  },
  receive: {
    button: 'Receive',
    title: 'Mark the items as received?',
    confirm: 'Receive and refund',
    explain: 'The items go back into stock and the refund is paid to the customer. This cannot be undone.',
    done: 'Items received: restocked, and the refund is on its way.',
    destructive: true,
  },
  reject: {
    button: 'Reject',
    title: 'Reject this return?',
    confirm: 'Reject',
    explain: 'Nothing is refunded or restocked. The customer sees the reason you give.',
    done: 'Return rejected; the customer was told why.',
    destructive: true,
  },
};
