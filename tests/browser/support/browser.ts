import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { onTestFailed } from 'vitest';

/** Debian's Chromium (apt-get install chromium); CHROMIUM_PATH overrides it. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a headless Chromium on a machine with no outside network (no background connections). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export const ARTIFACTS_DIR = join(import.meta.dirname, '..', '.artifacts');

export type Viewport = 'desktop' | 'phone';

export const VIEWPORTS: Record<Viewport, Parameters<Browser['newContext']>[0]> = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
};

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/**
 * A fresh browser context (its own storage: a new visitor) for one viewport. Console errors and failed
 * page scripts are collected so a test can assert there were none.
 */
export async function newVisitor(browser: Browser, viewport: Viewport): Promise<Visitor> {
  const context = await browser.newContext({ ...VIEWPORTS[viewport], locale: 'en-US', timezoneId: 'UTC' });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { context, page, viewport, pageErrors };
}

export interface Visitor {
  context: BrowserContext;
  page: Page;
  viewport: Viewport;
  /** Uncaught errors of the page's scripts. */
  pageErrors: string[];
}

/** Saves a full-page screenshot under tests/browser/.artifacts (kept out of git) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name.replace(/[^a-z0-9-]+/gi, '-').toLowerCase()}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Call inside a test: when it fails, the page is saved as `<name>-failed.png` with the URL in the log. */
export function screenshotOnFailure(page: Page, name: string): void {
  onTestFailed(async () => {
    if (page.isClosed()) return;
    const path = await screenshot(page, `${name}-failed`).catch(() => null);
    console.error(`browser test "${name}" failed at ${page.url()}${path ? `; screenshot: ${path}` : ''}`);
  });
}
