import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeliveryError } from '../src/channels/delivery-error';
import { createSmtpEmailTransport } from '../src/channels/smtp-email.transport';
import { startSmtpSink } from './support/smtp-sink';

const MESSAGE = {
  subject: 'Your order MSA-100001 shipped',
  text: 'Hi Ada',
  html: '<p>Hi Ada</p>',
  deliveryId: 'd-1',
};

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('SMTP email transport', () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(() => sink?.close());

  it('hands the mail to the server with both parts and the delivery id', async () => {
    const transport = createSmtpEmailTransport({ smtpUrl: sink.url, from: 'Shop <no-reply@shop.test>' });
    try {
      const sent = await transport.send({ ...MESSAGE, to: 'ada@example.com' });
      expect(sent.messageId).toMatch(/@/);
      expect(sink.received).toHaveLength(1);
      const [mail] = sink.received;
      expect(mail!.from).toBe('no-reply@shop.test');
      expect(mail!.to).toEqual(['ada@example.com']);
      expect(mail!.data).toContain('Subject: Your order MSA-100001 shipped');
      expect(mail!.data).toMatch(/^X-Delivery-Id: d-1$/im);
      expect(mail!.data).toContain('Hi Ada');
      expect(mail!.data).toContain('text/html');
    } finally {
      await transport.close();
    }
  });

  it('reports a refused mailbox as a permanent failure', async () => {
    const transport = createSmtpEmailTransport({ smtpUrl: sink.url, from: 'no-reply@shop.test' });
    try {
      const failure = await transport
        .send({ ...MESSAGE, to: 'reject-me@example.com' })
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(DeliveryError);
      expect(failure).toMatchObject({ permanent: true });
      expect((failure as Error).message).toMatch(/^SMTP: .*550/);
    } finally {
      await transport.close();
    }
  });

  it('reports an unreachable server as a transient failure', async () => {
    const transport = createSmtpEmailTransport({
      smtpUrl: `smtp://127.0.0.1:${await closedPort()}`,
      from: 'no-reply@shop.test',
    });
    try {
      const failure = await transport
        .send({ ...MESSAGE, to: 'ada@example.com' })
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(DeliveryError);
      expect(failure).toMatchObject({ permanent: false });
    } finally {
      await transport.close();
    }
  });
});
