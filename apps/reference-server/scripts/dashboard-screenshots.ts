// Renders the dashboard with the demo data in headless Debian chromium and writes the
// screenshots of docs/guides/dashboard.md: `pnpm --filter @banenafspraak/reference-server screenshots`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { silentLogger } from '@banenafspraak/server';
import { loadConfig } from '../src/config.js';
import { startServer } from '../src/server.js';
import { launchChromium } from '../test/browser.js';
import { demoYear } from '../test/demo-period.js';

const out = fileURLToPath(new URL('../../../docs/guides/images/', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'banenafspraak-screens-'));
// The development secret: the dashboard offers the demo personas.
const server = await startServer(
  loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, PRINT_DEV_TOKENS: 'false' }),
  silentLogger,
  () => {},
);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1000 }, locale: 'nl-NL' });
  await page.goto(`${server.url}/dashboard`);
  await page.locator('#persona-form').waitFor({ state: 'visible' });
  const year = demoYear();
  await page.fill('#from', `${year}-01-01`);
  await page.fill('#to', `${year}-12-31`);
  await page.selectOption('#persona', 'werkgever');
  await page.click('#persona-form button');
  await page.locator('#harmonisation-table').waitFor();
  await page.locator('#progress-table').waitFor();
  // The top of the page (sign-in, period, progress), then each report section on its own.
  await page.screenshot({ path: join(out, 'dashboard-nl.png') });
  for (const section of ['progress', 'lead-times', 'balance', 'vacancies', 'harmonisation']) {
    await page.locator(`#${section}`).screenshot({ path: join(out, `dashboard-${section}-nl.png`) });
  }
  await page.click('#lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.screenshot({ path: join(out, 'dashboard-en.png') });
  process.stdout.write(`screenshots written to ${out}\n`);
} finally {
  await browser.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
