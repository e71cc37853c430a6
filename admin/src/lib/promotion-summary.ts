/** One-line descriptions of a promotion for the list. */

interface MoneyLike {
  formatted: string;
}

interface ActionLike {
  kind: string;
  percent?: number | null;
  amount?: MoneyLike | null;
  buyQuantity?: number | null;
  getQuantity?: number | null;
  productIds: readonly string[];
  categoryIds: readonly string[];
}

function describeAction(action: ActionLike): string {
  const scoped = action.productIds.length > 0 || action.categoryIds.length > 0 ? 'selected items' : 'items';
  switch (action.kind) {
    case 'ORDER_PERCENT_OFF':
      return `${action.percent ?? 0}% off the order`;
    case 'ORDER_AMOUNT_OFF':
      return `${action.amount?.formatted ?? ''} off the order`;
    case 'LINES_PERCENT_OFF':
      return `${action.percent ?? 0}% off ${scoped}`;
    case 'LINES_AMOUNT_OFF':
      return `${action.amount?.formatted ?? ''} off each of the ${scoped}`;
    case 'FREE_SHIPPING':
      return 'Free shipping';
    case 'BUY_X_GET_Y': {
      const off = action.percent === null || action.percent === undefined || action.percent >= 100;
      return `Buy ${action.buyQuantity ?? 0}, get ${action.getQuantity ?? 0} ${off ? 'free' : `${action.percent}% off`}`;
    }
    default:
      return action.kind;
  }
}

export function describeActions(promotion: { actions: readonly ActionLike[] }): string {
  return promotion.actions.map(describeAction).join(' + ');
}

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

export function describeWindow(promotion: { startsAt?: string | null; endsAt?: string | null }): string {
  const start = promotion.startsAt ? dateFormat.format(new Date(promotion.startsAt)) : null;
  const end = promotion.endsAt ? dateFormat.format(new Date(promotion.endsAt)) : null;
  if (start && end) return `${start} – ${end}`;
  if (start) return `From ${start}`;
  if (end) return `Until ${end}`;
  return 'Always';
}
