import { expect } from 'vitest';
import type { ApiClient } from './api';
import { eventually } from './eventually';

export interface CapturedEmail {
  subject: string | null;
  body: string;
}

/** The emails captured for `to` (development mail transport), newest first, read by a staff client. */
export async function capturedEmails(staff: ApiClient, to: string, first = 50): Promise<CapturedEmail[]> {
  const data = await staff.data<{ capturedEmails: { nodes: CapturedEmail[] } }>(
    'query($to: String, $first: Int) { capturedEmails(first: $first, to: $to) { nodes { subject body } } }',
    { to, first },
  );
  return data.capturedEmails.nodes;
}

/**
 * The token of the link to `page` (e.g. `/reset-password`) mailed to `to`, waiting until the mail arrives: the
 * link travels the way a customer gets it (users outbox → notifications → captured mailbox).
 */
export function mailedLinkToken(staff: ApiClient, to: string, page: string): Promise<string> {
  const link = new RegExp(`${page}\\?token=([\\w-]+)`);
  return eventually(async () => {
    const token = (await capturedEmails(staff, to, 10))
      .map((mail) => link.exec(mail.body)?.[1])
      .find(Boolean);
    expect(token, `a ${page} link mailed to ${to}`).toBeTruthy();
    return token!;
  });
}
