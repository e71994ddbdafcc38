import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Context, Env, Hono } from 'hono';

const require = createRequire(import.meta.url);

/** Path of Scalar's self-contained browser bundle inside node_modules (no CDN). */
export function scalarBundlePath(): string {
  const entry = require.resolve('@scalar/api-reference');
  return join(dirname(entry), 'browser', 'standalone.js');
}

const PAGE = `<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Banenafspraak API – referentieserver</title>
</head>
<body>
  <div id="app"></div>
  <noscript>De API-documentatie heeft JavaScript nodig. Het OpenAPI-document staat op <a href="/v1/openapi.json">/v1/openapi.json</a>.</noscript>
  <script src="/docs/scalar.js"></script>
  <script src="/docs/init.js"></script>
</body>
</html>
`;

// Configuration in a separate file, so the page's CSP needs no inline scripts. No default
// fonts, no telemetry and no proxy: everything comes from this server.
const INIT = `Scalar.createApiReference('#app', {
  url: '/v1/openapi.json',
  withDefaultFonts: false,
  telemetry: false,
  hideClientButton: true,
  showDeveloperTools: 'never',
  agent: { disabled: true },
  mcp: { disabled: true },
  metaData: { title: 'Banenafspraak API' },
});
`;

const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Adds the API docs page (`/` and `/docs`) and its assets, all served by this server. */
export function addDocsPage<E extends Env>(app: Hono<E>): void {
  const bundle = readFileSync(scalarBundlePath());
  const headers = { 'Content-Security-Policy': DOCS_CSP, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };
  const page = (c: Context<E>) => c.html(PAGE, 200, headers);
  app.get('/', page);
  app.get('/docs', page);
  app.get('/docs/scalar.js', (c) =>
    c.body(bundle, 200, { ...headers, 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=86400' }),
  );
  app.get('/docs/init.js', (c) => c.body(INIT, 200, { ...headers, 'Content-Type': 'text/javascript; charset=utf-8' }));
}
