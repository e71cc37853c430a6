import type { Browser, Request } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { BootedSupergraph } from '../../support/boot-supergraph';
import { launchBrowser, newVisitor, screenshot, screenshotOnFailure } from '../support/browser';
import { shopTest } from '../support/shared-shop';

const isLocal = (url: string) => {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:') return true;
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
};

/**
 * The schema explorer without the internet: every request off this machine is blocked, as behind a firewall.
 * GET /graphql (Apollo Sandbox, from its CDN) falls back to the router's bundled GraphiQL, which loads from the
 * router's own origin and runs an operation with the Authorization header typed into its headers editor.
 */
describe('schema explorer offline', () => {
  let system: BootedSupergraph;
  let browser: Browser;

  // The router of the shop the other browser files share: the explorer needs nothing of its own.
  shopTest.beforeAll(async ({ browserShops }) => {
    system = (await browserShops.shared()).system;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('falls back to the bundled GraphiQL and runs a query with an auth header', async () => {
    const visitor = await newVisitor(browser, 'desktop');
    const { page, context } = visitor;
    screenshotOnFailure(page, 'explorer-offline');
    const blocked: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (isLocal(url)) return route.continue();
      blocked.push(url);
      return route.abort('internetdisconnected');
    });
    const operations: Request[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql')
        operations.push(request);
    });

    await page.goto(system.routerUrl);
    await page.waitForURL(/\/graphiql$/, { timeout: 30_000 });
    // The only requests that left for the internet were Sandbox's, and they were refused.
    expect(blocked.length).toBeGreaterThan(0);
    expect(
      blocked.every((url) => /apollographql\.com|googleapis\.com|gstatic\.com/.test(url)),
      blocked.join('\n'),
    ).toBe(true);
    blocked.length = 0;

    const run = page.locator('.graphiql-execute-button');
    await run.waitFor({ timeout: 60_000 });
    // GraphiQL asked the router for the schema (introspection) over the same origin.
    await expect.poll(() => operations.length, { timeout: 30_000 }).toBeGreaterThan(0);

    const token = await system.mintToken('ADMIN');
    const headersEditor = page.locator('.graphiql-editor-tool .graphiql-editor').last();
    await headersEditor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${token}` }));
    // The editor closes brackets and quotes by itself: drop what it added after the cursor.
    await page.keyboard.press('Shift+End');
    await page.keyboard.press('Delete');

    const before = operations.length;
    await run.click();
    await page.getByText('"__typename": "Query"').waitFor({ timeout: 30_000 });
    const executed = operations.slice(before).find((request) => request.postData()?.includes('__typename'));
    expect(executed?.headers().authorization).toBe(`Bearer ${token}`);
    await screenshot(page, 'explorer-offline-graphiql');
    expect(blocked).toEqual([]);
    expect(visitor.pageErrors).toEqual([]);
    await context.close();
  });

  it('serves GraphiQL without any external reference', async () => {
    const response = await fetch(new URL('/graphiql', system.routerUrl));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('YogaGraphiQL');
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:/);
  });
});
