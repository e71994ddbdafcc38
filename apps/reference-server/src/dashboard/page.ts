import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Context, Env, Hono } from 'hono';
import { type Lang, type TextKey, text, toLang } from './client/i18n.js';

/** A demo persona offered on the dashboard, with its development token. */
export interface DashboardPersona {
  readonly key: string;
  readonly description: string;
  readonly token: string;
}

/** Options of {@link addDashboardPage}. */
export interface DashboardOptions {
  /**
   * Demo personas the page offers to sign in with. Only for a server on the development
   * secret, where anyone can mint tokens anyway; otherwise leave it empty and paste a token.
   */
  readonly personas?: readonly DashboardPersona[];
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Builds the page shell in one language; the browser script fills in the reports. */
function shell(lang: Lang): string {
  const t = (key: TextKey) => `data-i18n="${key}">${escapeHtml(text(lang, key))}`;
  const other = lang === 'nl' ? 'en' : 'nl';
  return `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title data-i18n="page.title">${escapeHtml(text(lang, 'page.title'))}</title>
  <link rel="stylesheet" href="/dashboard/dashboard.css">
  <script type="module" src="/dashboard/dashboard.js"></script>
</head>
<body>
  <a class="skip" href="#main" ${t('page.skip')}</a>
  <header>
    <h1 ${t('page.heading')}</h1>
    <nav>
      <button type="button" id="lang-switch" lang="${other}" aria-label="${escapeHtml(text(lang, 'page.switchLabel'))}" data-i18n-label="page.switchLabel" ${t('page.switch')}</button>
      <a href="/docs" ${t('page.docs')}</a>
    </nav>
  </header>
  <main id="main" tabindex="-1">
    <p ${t('page.intro')}</p>
    <noscript><p ${t('page.noscript')}</p></noscript>
    <section aria-labelledby="signin-heading" class="panel">
      <h2 id="signin-heading" ${t('signin.heading')}</h2>
      <form id="persona-form" hidden>
        <label for="persona" ${t('signin.persona')}</label>
        <select id="persona" aria-describedby="persona-help"></select>
        <button type="submit" ${t('signin.usePersona')}</button>
        <p id="persona-help" class="help" ${t('signin.personaHelp')}</p>
      </form>
      <form id="token-form">
        <label for="token" ${t('signin.token')}</label>
        <input id="token" type="password" autocomplete="off" spellcheck="false" aria-describedby="token-help">
        <button type="submit" ${t('signin.useToken')}</button>
        <p id="token-help" class="help" ${t('signin.tokenHelp')}</p>
      </form>
      <p id="signed-in" role="status" ${t('signin.none')}</p>
    </section>
    <form id="period-form" class="panel" aria-labelledby="period-heading">
      <h2 id="period-heading" ${t('period.heading')}</h2>
      <label for="from" ${t('period.from')}</label>
      <input id="from" type="date" required>
      <label for="to" ${t('period.to')}</label>
      <input id="to" type="date" required>
      <label for="attribution" ${t('period.attribution')}</label>
      <select id="attribution">
        <option value="workplace" ${t('period.workplace')}</option>
        <option value="residence" ${t('period.residence')}</option>
      </select>
      <button type="submit" ${t('period.apply')}</button>
    </form>
    <p id="status" role="status" aria-live="polite"></p>
    <section id="progress" aria-labelledby="progress-heading">
      <h2 id="progress-heading" ${t('progress.heading')}</h2>
      <div id="progress-body"></div>
    </section>
    <section id="lead-times" aria-labelledby="lead-times-heading">
      <h2 id="lead-times-heading" ${t('leadTimes.heading')}</h2>
      <div id="lead-times-body"></div>
    </section>
    <section id="balance" aria-labelledby="balance-heading">
      <h2 id="balance-heading" ${t('balance.heading')}</h2>
      <div id="balance-body"></div>
    </section>
    <section id="vacancies" aria-labelledby="vacancies-heading">
      <h2 id="vacancies-heading" ${t('vacancies.heading')}</h2>
      <div id="vacancies-body"></div>
    </section>
    <section id="harmonisation" aria-labelledby="harmonisation-heading">
      <h2 id="harmonisation-heading" ${t('harmonisation.heading')}</h2>
      <form id="employer-form">
        <label for="employer" ${t('harmonisation.employer')}</label>
        <input id="employer" inputmode="numeric" pattern="[0-9]{8}" maxlength="8" list="employers" autocomplete="off">
        <datalist id="employers"></datalist>
        <label for="reference" ${t('harmonisation.reference')}</label>
        <select id="reference">
          <option value="" ${t('harmonisation.referenceAuto')}</option>
        </select>
        <button type="submit" ${t('harmonisation.show')}</button>
      </form>
      <div id="harmonisation-body"></div>
    </section>
  </main>
</body>
</html>
`;
}

// The page's own script and style only: no inline script, no other origin.
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Bundles the browser script (TypeScript, type-only imports of core) into one ES module. */
async function bundleScript(): Promise<string> {
  const result = await build({
    entryPoints: [here('./client/main.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('the dashboard script did not build');
  return file.text;
}

/**
 * Adds the dashboard (`/dashboard`) and its assets, all served by this server: the report
 * endpoints as a chart and tables for the signed-in persona.
 */
export async function addDashboardPage<E extends Env>(app: Hono<E>, options: DashboardOptions = {}): Promise<void> {
  const script = await bundleScript();
  const style = readFileSync(here('./dashboard.css'), 'utf8');
  const pages = { nl: shell('nl'), en: shell('en') };
  const personas = JSON.stringify({ items: (options.personas ?? []).map(({ key, description, token }) => ({ key, description, token })) });
  const headers = {
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
  const asset = (body: string, type: string) => (c: Context<E>) =>
    c.body(body, 200, { ...headers, 'Content-Type': type, 'Cache-Control': 'no-cache' });
  app.get('/dashboard', (c) => c.html(pages[toLang(c.req.query('lang'))], 200, headers));
  app.get('/dashboard/dashboard.js', asset(script, 'text/javascript; charset=utf-8'));
  app.get('/dashboard/dashboard.css', asset(style, 'text/css; charset=utf-8'));
  // Tokens must never be cached or shared by a proxy.
  app.get('/dashboard/personas.json', (c) =>
    c.body(personas, 200, { ...headers, 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }),
  );
}
