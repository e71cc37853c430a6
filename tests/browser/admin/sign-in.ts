import type { Page } from 'playwright-core';
import { DEMO_ADMIN } from '../support/shop';

/** Signs the demo administrator in through the dashboard's sign-in page and waits for the overview. */
export async function signInToDashboard(page: Page, adminUrl: string): Promise<void> {
  await page.goto(`${adminUrl}/sign-in`);
  await page.getByLabel('Email').fill(DEMO_ADMIN.email);
  await page.getByLabel('Password').fill(DEMO_ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
}
