import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const README_SCREENSHOTS = join(import.meta.dirname, '..', '..', '..', 'docs', 'screenshots');

/**
 * Saves a screenshot for the README under docs/screenshots/ when UPDATE_SCREENSHOTS=1; otherwise does
 * nothing, so ordinary runs leave the committed images alone.
 */
export async function readmeScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  mkdirSync(README_SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(README_SCREENSHOTS, `${name}.png`), fullPage: false });
}
