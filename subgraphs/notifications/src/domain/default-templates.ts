import type { NotificationChannel } from './notification-catalog';
import type { NotificationKind } from './notification-kinds';

export interface TemplateContent {
  /** Email subject, push title, in-app title; null for SMS. */
  subject: string | null;
  body: string;
}

type KindTemplates = Partial<Record<NotificationChannel, TemplateContent>>;

const SIGN_OFF = '\n\n— MSA-Grok Commerce';

/**
 * The templates shipped with the service. A notification kind is sent on exactly the channels it has a
 * template for here; administrators may reword a template (stored as an override) but not add channels.
 */
export const DEFAULT_TEMPLATES: Readonly<Record<NotificationKind, KindTemplates>> = {
  'account.welcome': {
    EMAIL: {
      subject: 'Welcome to MSA-Grok Commerce, {{name}}',
      body:
        'Hi {{name}},\n\nYour account is ready. Sign in any time to follow your orders and manage your addresses.' +
        SIGN_OFF,
    },
    IN_APP: { subject: 'Welcome aboard', body: 'Your account is ready, {{name}}. Happy shopping!' },
  },
  // Email only: the links are secrets, so they never go to the inbox, a push service or an SMS gateway.
  'account.password_reset': {
    EMAIL: {
      subject: 'Reset your MSA-Grok Commerce password',
      body:
        'Hi {{name}},\n\nSomeone (hopefully you) asked to reset the password of your account. Choose a new password here:\n\n{{resetUrl}}\n\nThe link works once and until {{expiresAt}}. Resetting signs you out everywhere else.\nIf you did not ask for this, ignore this email: your password stays as it is.' +
        SIGN_OFF,
    },
  },
  'account.email_verification': {
    EMAIL: {
      subject: 'Confirm your email address',
      body:
        'Hi {{name}},\n\nPlease confirm that this is your email address by opening this link:\n\n{{verifyUrl}}\n\nThe link works once and until {{expiresAt}}. If you did not ask for this, ignore this email.' +
        SIGN_OFF,
    },
  },
  'account.data_export_ready': {
    IN_APP: {
      subject: 'Your data export is ready',
      body: 'Your copy of your data is ready, {{name}}. Download it from Account → Privacy before {{expiresAt}}: {{downloadPath}}',
    },
  },
  'order.placed': {
    EMAIL: {
      subject: 'We received your order {{orderNumber}}',
      body:
        'Hi {{name}},\n\nThanks for your order {{orderNumber}} ({{total}}). We are checking stock and payment now and will tell you as soon as it is confirmed.' +
        SIGN_OFF,
    },
    PUSH: { subject: 'Order received', body: 'We received order {{orderNumber}} ({{total}}).' },
    IN_APP: { subject: 'Order {{orderNumber}} received', body: 'We are processing your order of {{total}}.' },
  },
  'order.confirmed': {
    EMAIL: {
      subject: 'Your order {{orderNumber}} is confirmed',
      body:
        'Hi {{name}},\n\nGood news: order {{orderNumber}} is confirmed and is being prepared for shipping.' +
        SIGN_OFF,
    },
    PUSH: { subject: 'Order confirmed', body: 'Order {{orderNumber}} is confirmed.' },
    IN_APP: {
      subject: 'Order {{orderNumber}} confirmed',
      body: 'Your order is being prepared for shipping.',
    },
  },
  'order.cancelled': {
    EMAIL: {
      subject: 'Your order {{orderNumber}} was cancelled',
      body:
        'Hi {{name}},\n\nOrder {{orderNumber}} was cancelled: {{reason}}.\nAny payment taken is refunded automatically.' +
        SIGN_OFF,
    },
    SMS: { subject: null, body: 'MSA-Grok: order {{orderNumber}} was cancelled ({{reason}}).' },
    PUSH: { subject: 'Order cancelled', body: 'Order {{orderNumber}} was cancelled: {{reason}}.' },
    IN_APP: { subject: 'Order {{orderNumber}} cancelled', body: 'Reason: {{reason}}.' },
  },
  'order.return_requested': {
    EMAIL: {
      subject: 'Return requested for order {{orderNumber}}',
      body:
        'Hi {{name}},\n\nWe registered your return request for order {{orderNumber}}. We will let you know once the items arrive back.' +
        SIGN_OFF,
    },
    IN_APP: { subject: 'Return requested', body: 'We registered your return for order {{orderNumber}}.' },
  },
  'order.returned': {
    EMAIL: {
      subject: 'We received your return for order {{orderNumber}}',
      body:
        'Hi {{name}},\n\nThe items you returned from order {{orderNumber}} arrived. Your refund is on its way.' +
        SIGN_OFF,
    },
    IN_APP: { subject: 'Return received', body: 'The items from order {{orderNumber}} arrived back.' },
  },
  'return.rejected': {
    EMAIL: {
      subject: 'Your return for order {{orderNumber}} was not accepted',
      body:
        'Hi {{name}},\n\nWe could not accept your return request for order {{orderNumber}}: {{reason}}.\nPlease keep the items; nothing will be refunded for this request. Reply to this email if you have questions.' +
        SIGN_OFF,
    },
    IN_APP: { subject: 'Return not accepted', body: 'Order {{orderNumber}}: {{reason}}.' },
  },
  'return.cancelled': {
    EMAIL: {
      subject: 'Return for order {{orderNumber}} withdrawn',
      body:
        'Hi {{name}},\n\nYou withdrew your return request for order {{orderNumber}}. There is nothing to send back for it.' +
        SIGN_OFF,
    },
    IN_APP: { subject: 'Return withdrawn', body: 'You withdrew the return for order {{orderNumber}}.' },
  },
  'order.shipped': {
    EMAIL: {
      subject: 'Your order {{orderNumber}} is on its way',
      body:
        'Hi {{name}},\n\nOrder {{orderNumber}} has shipped. You can follow it from your account.' + SIGN_OFF,
    },
    SMS: { subject: null, body: 'MSA-Grok: order {{orderNumber}} has shipped.' },
    PUSH: { subject: 'Order shipped', body: 'Order {{orderNumber}} is on its way.' },
    IN_APP: { subject: 'Order {{orderNumber}} shipped', body: 'Your order is on its way.' },
  },
  'order.delivered': {
    EMAIL: {
      subject: 'Your order {{orderNumber}} was delivered',
      body: 'Hi {{name}},\n\nOrder {{orderNumber}} was delivered. We hope you enjoy it!' + SIGN_OFF,
    },
    SMS: { subject: null, body: 'MSA-Grok: order {{orderNumber}} was delivered.' },
    PUSH: { subject: 'Delivered', body: 'Order {{orderNumber}} was delivered.' },
    IN_APP: { subject: 'Order {{orderNumber}} delivered', body: 'We hope you enjoy it!' },
  },
  'shipment.created': {
    EMAIL: {
      subject: 'Tracking for order {{orderNumber}}',
      body:
        'Hi {{name}},\n\nOrder {{orderNumber}} ships with {{carrier}} ({{service}}). Tracking number: {{trackingNumber}}.' +
        SIGN_OFF,
    },
    IN_APP: {
      subject: 'Tracking number ready',
      body: '{{carrier}} tracking number for order {{orderNumber}}: {{trackingNumber}}.',
    },
  },
  'shipment.out_for_delivery': {
    SMS: { subject: null, body: 'MSA-Grok: order {{orderNumber}} is out for delivery today.' },
    PUSH: { subject: 'Out for delivery', body: 'Order {{orderNumber}} arrives today.' },
    IN_APP: { subject: 'Out for delivery', body: 'Order {{orderNumber}} arrives today.' },
  },
  'shipment.exception': {
    EMAIL: {
      subject: 'A problem with the delivery of order {{orderNumber}}',
      body:
        'Hi {{name}},\n\nThe carrier reported a problem delivering order {{orderNumber}}. We are on it and will update you.' +
        SIGN_OFF,
    },
    SMS: { subject: null, body: 'MSA-Grok: the carrier reported a problem with order {{orderNumber}}.' },
    PUSH: { subject: 'Delivery problem', body: 'The carrier reported a problem with order {{orderNumber}}.' },
    IN_APP: {
      subject: 'Delivery problem',
      body: 'The carrier reported a problem with order {{orderNumber}}.',
    },
  },
  'payment.captured': {
    EMAIL: {
      subject: 'Receipt for order {{orderNumber}}',
      body: 'Hi {{name}},\n\nWe received your payment of {{amount}} for order {{orderNumber}}.' + SIGN_OFF,
    },
    IN_APP: { subject: 'Payment received', body: '{{amount}} paid for order {{orderNumber}}.' },
  },
  'payment.failed': {
    EMAIL: {
      subject: 'Payment for order {{orderNumber}} did not go through',
      body:
        'Hi {{name}},\n\nYour payment for order {{orderNumber}} was declined: {{reason}}. The order was not charged.\nYour items stay reserved for a while: pay again with another payment method from your order page, or cancel the order.' +
        SIGN_OFF,
    },
    PUSH: { subject: 'Payment declined', body: 'Payment for order {{orderNumber}} was declined.' },
    IN_APP: { subject: 'Payment declined', body: 'Order {{orderNumber}}: {{reason}}.' },
  },
  'payment.refunded': {
    EMAIL: {
      subject: 'Refund for order {{orderNumber}}',
      body:
        'Hi {{name}},\n\nWe refunded {{amount}} for order {{orderNumber}}. It may take a few days to show on your statement.' +
        SIGN_OFF,
    },
    IN_APP: { subject: 'Refund issued', body: '{{amount}} refunded for order {{orderNumber}}.' },
  },
  'inventory.low_stock': {
    EMAIL: {
      subject: 'Low stock: variant {{variantId}}',
      body:
        'Hi {{name}},\n\nVariant {{variantId}} is down to {{available}} available (threshold {{threshold}}). Time to restock.' +
        SIGN_OFF,
    },
    IN_APP: {
      subject: 'Low stock',
      body: 'Variant {{variantId}}: {{available}} left (threshold {{threshold}}).',
    },
  },
};

export function defaultTemplate(
  kind: NotificationKind,
  channel: NotificationChannel,
): TemplateContent | null {
  return DEFAULT_TEMPLATES[kind][channel] ?? null;
}

/** The channels a kind is sent on. */
export function channelsOf(kind: NotificationKind): NotificationChannel[] {
  return Object.keys(DEFAULT_TEMPLATES[kind]) as NotificationChannel[];
}
