import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { Express } from 'express';

/**
 * What a browser gets on GET /graphql: `sandbox` is Apollo Sandbox, loaded from Apollo's CDN; `graphiql` is GraphiQL
 * bundled with the router and served from its own origin (no external request at all); `auto` serves Sandbox and
 * switches the browser to GraphiQL when the CDN cannot be reached (offline, firewalled networks).
 */
export type SchemaExplorer = 'auto' | 'sandbox' | 'graphiql';
/** Where the bundled GraphiQL is always available while an explorer is on. */
export const GRAPHIQL_PATH = '/graphiql';
const GRAPHQL_PATH = '/graphql';

let graphiqlHtml: Promise<string> | undefined;

/**
 * GraphiQL talking to /graphql, with a headers editor for tokens. The page inlines about 9 MB of scripts: the
 * module is loaded and the page rendered on first use only.
 */
export function graphiqlPage(): Promise<string> {
  graphiqlHtml ??= import('@graphql-yoga/render-graphiql').then(({ renderGraphiQL }) =>
    renderGraphiQL({
      title: 'MSA-Grok Commerce · GraphiQL',
      endpoint: GRAPHQL_PATH,
      // Paste `{"Authorization": "Bearer <access token>"}` in the headers editor to run operations as a user.
      isHeadersEditorEnabled: true,
      defaultEditorToolsVisibility: 'headers',
      shouldPersistHeaders: false,
      headers: '{}',
      subscriptionsProtocol: 'WS',
      credentials: 'same-origin',
      defaultQuery:
        '# Operations run through the router. Add an Authorization header below to act as a user.\n{\n  __typename\n}\n',
    }),
  );
  return graphiqlHtml;
}

/** GET /graphiql: the bundled GraphiQL. */
export function mountGraphiQL(app: Express): void {
  app.get(GRAPHIQL_PATH, async (_req, res) => {
    const html = await graphiqlPage();
    res
      .set({
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      })
      .send(html);
  });
}

/**
 * Sandbox's page, plus a script right after Sandbox's own (blocking) script tag: when that did not load, it sends
 * the browser to GraphiQL before the page tries to start Sandbox. It carries the page's CSP nonce, so the page's
 * own Content-Security-Policy admits it.
 */
function withGraphiQLFallback(html: string): string {
  const nonce = /nonce-([A-Za-z0-9+/=_-]+)/.exec(html)?.[1];
  const sandboxScript = /<script[^>]*\ssrc="https:\/\/embeddable-sandbox\.[^"]*"[^>]*><\/script>/.exec(html);
  if (!nonce || !sandboxScript) return html;
  const fallback = `<script nonce="${nonce}">
  if (!window.EmbeddedSandbox) {
    // Sandbox's CDN is out of reach: the GraphiQL bundled with the router needs nothing from outside.
    window.EmbeddedSandbox = function () {};
    window.location.replace(new URL('${GRAPHIQL_PATH}', window.location.href).href);
  }
</script>`;
  const end = sandboxScript.index + sandboxScript[0].length;
  return `${html.slice(0, end)}\n${fallback}${html.slice(end)}`;
}

/** The landing-page plugin for GET /graphql. */
export function schemaExplorerPlugin(explorer: SchemaExplorer): ApolloServerPlugin {
  if (explorer === 'graphiql') {
    return {
      async serverWillStart() {
        return { renderLandingPage: async () => ({ html: graphiqlPage }) };
      },
    };
  }
  const sandbox = ApolloServerPluginLandingPageLocalDefault({ embed: true });
  if (explorer === 'sandbox') return sandbox;
  return {
    async serverWillStart(service) {
      const listener = await sandbox.serverWillStart?.(service);
      const renderSandbox = listener?.renderLandingPage;
      if (!renderSandbox) return listener;
      return {
        ...listener,
        async renderLandingPage() {
          const page = await renderSandbox();
          return {
            html: async () =>
              withGraphiQLFallback(typeof page.html === 'string' ? page.html : await page.html()),
          };
        },
      };
    },
  };
}
