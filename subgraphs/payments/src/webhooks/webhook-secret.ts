/** A development-only default, refused in production (see config.ts). */
export const DEV_WEBHOOK_SECRET = 'dev-payments-webhook-secret-change-me';
