/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const DOCS_SCREENSHOTS = join(import.meta.dirname, '..', '..', '..', 'docs', 'screenshots');

/**
 * With UPDATE_SCREENSHOTS=1, saves the page as docs/screenshots/<name>.png for the README tour (the viewport
 * from the top of the page, unless `fullPage`); otherwise does nothing.
 */
export async function readmeScreenshot(page: Page, name: string, { fullPage = false } = {}): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(DOCS_SCREENSHOTS, `${name}.png`), fullPage });
}
