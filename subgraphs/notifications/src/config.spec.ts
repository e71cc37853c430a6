import { describe, expect, it } from 'vitest';
import { DEFAULT_EMAIL_FROM, loadNotificationsConfig } from './config';

describe('notifications config', () => {
  it('runs with defaults: captured email, Postgres delivery log, local router and users', () => {
    const config = loadNotificationsConfig({ NODE_ENV: 'development' });
    expect(config).toMatchObject({
      port: 4011,
      databaseUrl: 'postgresql://postgres@127.0.0.1:5432/msa_notifications',
      routerUrl: 'http://localhost:4000/graphql',
      usersBaseUrl: 'http://localhost:4001',
      smtpUrl: undefined,
      mongodbUrl: undefined,
      emailFrom: DEFAULT_EMAIL_FROM,
      adminNotificationEmail: undefined,
      deliveryRetry: { attempts: 5, backoffMs: 2_000 },
    });
  });

  it('reads the optional adapters and the admin mailbox', () => {
    const config = loadNotificationsConfig({
      NODE_ENV: 'development',
      SMTP_URL: 'smtp://mail:25',
      MONGODB_URL: 'mongodb://mongo:27017/msa_notifications',
      ADMIN_NOTIFICATION_EMAIL: 'ops@example.com',
      DELIVERY_MAX_ATTEMPTS: '3',
      INTERNAL_SERVICE_SECRET: 's3cret',
    });
    expect(config).toMatchObject({
      smtpUrl: 'smtp://mail:25',
      mongodbUrl: 'mongodb://mongo:27017/msa_notifications',
      adminNotificationEmail: 'ops@example.com',
      internalServiceSecret: 's3cret',
      deliveryRetry: { attempts: 3, backoffMs: 2_000 },
    });
  });

  it('names every bad value', () => {
    expect(() =>
      loadNotificationsConfig({
        SMTP_URL: 'http://mail',
        MONGODB_URL: 'postgres://x',
        ADMIN_NOTIFICATION_EMAIL: 'nope',
      }),
    ).toThrow(/SMTP_URL[\s\S]*MONGODB_URL[\s\S]*ADMIN_NOTIFICATION_EMAIL/);
  });

  it('refuses to run in production without the internal service secret', () => {
    expect(() => loadNotificationsConfig({ NODE_ENV: 'production' })).toThrow('INTERNAL_SERVICE_SECRET');
  });
});
