// The dashboard in headless Debian chromium against the reference server as a process: the
// figures it shows are the JSON reports' figures for the signed-in persona, it is usable from
// the keyboard, it switches to English, and another tenant sees none of the first one's figures.
// biome-ignore-all lint/performance/useDomNodeTextContent: the rendered text is what a user sees

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BalanceReport, HarmonisationReport, LeadTimeReport, ProgressReport, ReportColumn, VacancyReport } from '@banenafspraak/core';
import { demoFlowSteps, demoInstruction, demoPersonas, demoRecords, signToken } from '@banenafspraak/server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium } from './browser.js';
import { demoYear } from './demo-period.js';
import { freePort } from './free-port.js';
import { type Proc, startServerProcess } from './server-process.js';

const SECRET = 'dashboard-secret-that-is-long-enough-0123';
// Waits are for content, never fixed sleeps; this only bounds a hang.
const WAIT = 120_000;

const nl = (n: number, digits = 2) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: digits }).format(n);
const en = (n: number, digits = 2) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits }).format(n);

async function tokenOf(key: string): Promise<string> {
  const p = demoPersonas.find((x) => x.key === key);
  if (!p) throw new Error(`no demo persona ${key}`);
  return signToken(p.principal, SECRET);
}

/** Every string under the privacy-restricted parts of the demo data: BSNs, identities, instruction texts. */
function restrictedStrings(): string[] {
  const found: string[] = [];
  const walk = (v: unknown, inside: boolean) => {
    if (typeof v === 'string' && inside && v.length >= 6) found.push(v);
    else if (Array.isArray(v)) for (const x of v) walk(x, inside);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v))
        walk(x, inside || ['identity', 'bsn', 'text', 'instructionTips', 'workImpacts', 'adjustments'].includes(k));
  };
  for (const r of [...demoRecords(), ...demoFlowSteps()]) walk(r.document, false);
  walk(demoInstruction(), false);
  return found;
}

/** The table of each region against the reference says what the report says, in Dutch. */
async function expectReferenceOn(page: Page, report: HarmonisationReport): Promise<void> {
  const reference = report.reference;
  expect(reference, 'the demo employer has arrangements in force').toBeDefined();
  if (!reference) return;
  expect(await page.locator('#reference-table caption').innerText()).toContain(reference.region);
  for (const r of reference.regions) {
    const [, hasArrangements, differs] = await rowTexts(page, `#reference-table tr[data-region="${r.region}"]`);
    expect(hasArrangements).toBe(r.hasArrangements ? 'ja' : 'nee');
    if (r.region === reference.region) expect(differs).toBe('referentie');
    else if (r.differs.length === 0) expect(differs).toBe('niets');
    else for (const a of r.differs) expect(differs).toContain(report.aspects.find((x) => x.aspect === a)?.labelNl);
  }
}

/** What a figure of a column's type reads like on the Dutch page. */
function nlCell(type: ReportColumn['type'], value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value !== 'number') return String(value);
  if (type === 'integer') return nl(value, 0);
  if (type === 'percent') return `${nl(value, 1)} %`;
  return nl(value);
}

/** The table row shows every figure of the report's row, column by column. */
async function expectRow(page: Page, selector: string, columns: readonly ReportColumn[], row: object): Promise<void> {
  const cells = await rowTexts(page, selector);
  expect(cells, selector).toHaveLength(columns.length);
  columns.forEach((c, i) => {
    if (c.type !== 'text') expect(cells[i], `${selector} ${c.key}`).toBe(nlCell(c.type, (row as Record<string, unknown>)[c.key]));
  });
}

/** Cell texts of a table row, header cell first. */
const rowTexts = (page: Page, selector: string) => page.locator(`${selector} > *`).allInnerTexts();

describe.skipIf(!existsSync(CHROMIUM))(
  `dashboard in headless Chromium${existsSync(CHROMIUM) ? '' : ' (skipped: /usr/bin/chromium is missing)'}`,
  () => {
    let dataDir: string;
    let base: string;
    let proc: Proc;
    let browser: Browser;
    let page: Page;
    const foreign: string[] = [];
    const year = demoYear();
    const period = { from: `${year}-01-01`, to: `${year}-12-31` };

    const api = async <T>(path: string, token: string): Promise<T> => {
      const res = await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${token}` } });
      expect(res.status, path).toBe(200);
      return (await res.json()) as T;
    };
    const progressOf = async (key: string) =>
      api<ProgressReport>(`/v1/reports/progress?from=${period.from}&to=${period.to}&groupBy=region`, await tokenOf(key));
    const bodyText = () => page.locator('body').innerText();
    const expectReference = (report: HarmonisationReport) => expectReferenceOn(page, report);

    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'banenafspraak-dashboard-'));
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      proc = await startServerProcess(port, dataDir, { TOKEN_SECRET: SECRET, PRINT_DEV_TOKENS: 'false', DASHBOARD_DEMO_PERSONAS: 'true' });
      browser = await launchChromium();
      page = await browser.newPage({ locale: 'nl-NL' });
      page.setDefaultTimeout(WAIT);
      page.on('request', (r) => {
        if (!r.url().startsWith(base)) foreign.push(r.url());
      });
      await page.route(
        (url) => !url.href.startsWith(base),
        (route) => route.abort(),
      );
    });

    afterAll(async () => {
      await browser?.close();
      if (proc?.child.exitCode === null) {
        proc.child.kill('SIGTERM');
        await proc.exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('loads in Dutch from this server alone and offers the demo personas', async () => {
      const res = await fetch(`${base}/dashboard`);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect((await fetch(`${base}/dashboard/personas.json`)).headers.get('cache-control')).toBe('no-store');
      await page.goto(`${base}/dashboard`);
      expect(await page.getAttribute('html', 'lang')).toBe('nl');
      expect(await page.locator('h1').innerText()).toBe('Dashboard banenafspraak');
      await page.locator('#persona-form').waitFor({ state: 'visible' });
      const offered = await page.locator('#persona option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      expect(offered).toEqual(demoPersonas.map((p) => p.key));
      expect(await page.locator('#signed-in').innerText()).toBe('Niet aangemeld.');
    });

    it('reaches every control with the keyboard, each with a label', async () => {
      await page.locator('body').focus();
      const reached: string[] = [];
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press('Tab');
        reached.push(
          await page.evaluate(
            () => (document.activeElement as HTMLElement | null)?.id || document.activeElement?.textContent?.trim() || '',
          ),
        );
      }
      for (const id of ['lang-switch', 'persona', 'token', 'from', 'to', 'attribution', 'employer', 'reference'])
        expect(reached, id).toContain(id);
      for (const button of ['Aanmelden als persona', 'Aanmelden met token', 'Rapporten vernieuwen', 'Tonen'])
        expect(reached, button).toContain(button);
      for (const id of ['persona', 'token', 'from', 'to', 'attribution', 'employer', 'reference']) {
        expect(await page.locator(`label[for="${id}"]`).innerText(), id).not.toBe('');
      }
    });

    it('shows the progress and harmonisation figures the JSON reports give the signed-in persona', async () => {
      await page.fill('#from', period.from);
      await page.fill('#to', period.to);
      await page.selectOption('#persona', 'werkgever');
      // Signs in from the keyboard: focus the button and press Enter.
      await page.locator('#persona-form button').focus();
      await page.keyboard.press('Enter');
      await page.locator('#progress-table').waitFor();
      await page.locator('#harmonisation-table').waitFor();
      expect(await page.locator('#signed-in').innerText()).toContain('P. Pietersen');

      const progress = await progressOf('werkgever');
      expect(progress.rows.length).toBeGreaterThan(0);
      expect(await page.locator('#progress-table tbody tr').count()).toBe(progress.rows.length);
      for (const r of progress.rows) {
        const [region, je, placements, target, pct, paidHours, contractHours] = await rowTexts(
          page,
          `#progress-table tr[data-key="${r.key}"]`,
        );
        expect(region).toContain(r.key);
        expect(je).toBe(nl(r.jobEquivalents));
        expect(placements).toBe(nl(r.placements));
        expect(target).toBe(r.target === undefined ? 'geen' : nl(r.target));
        expect(pct).toBe(r.progressPct === undefined ? '–' : `${nl(r.progressPct, 1)} %`);
        if (r.paidHours !== undefined) expect(paidHours).toBe(nl(r.paidHours));
        if (r.contractHours !== undefined) expect(contractHours).toBe(nl(r.contractHours));
      }
      const [, totalJe, totalPlacements] = await rowTexts(page, '#progress-table tr[data-key="total"]');
      expect(totalJe).toBe(nl(progress.totals.jobEquivalents));
      expect(totalPlacements).toBe(nl(progress.totals.placements));
      // The chart draws one bar per row and says the same figures.
      expect(await page.locator('#progress-chart rect.chart-bar').count()).toBe(progress.rows.length);
      const chartText = await page.locator('#progress-chart').textContent();
      for (const r of progress.rows) expect(chartText).toContain(nl(r.jobEquivalents));
      expect(await page.getAttribute('#progress-chart', 'role')).toBe('img');

      const kvk = await page.inputValue('#employer');
      const harmonisation = await api<HarmonisationReport>(`/v1/reports/harmonisation?employer=${kvk}`, await tokenOf('werkgever'));
      expect(harmonisation.regions.length).toBeGreaterThan(0);
      const columns = await page
        .locator('#harmonisation-table thead th[data-region]')
        .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-region')));
      expect(columns).toEqual(harmonisation.regions);
      const regimes = (await (await fetch(`${base}/v1/code-lists/trial-regime`)).json()) as {
        entries: { code: string; labelNl: string }[];
      };
      for (const a of harmonisation.aspects) {
        const cells = await rowTexts(page, `#harmonisation-table tr[data-aspect="${a.aspect}"]`);
        expect(cells.at(-1), a.aspect).toBe(a.harmonised ? 'ja' : 'nee');
        if (a.aspect !== 'trialPlacement') continue;
        // A regime reads as its Dutch name from the code list, in the column of each region that has it.
        for (const v of a.variants) {
          const regime = regimes.entries.find((e) => e.code === (v.value as { regime?: string } | null)?.regime);
          for (const region of v.regions) {
            const cell = await page
              .locator(`#harmonisation-table tr[data-aspect="trialPlacement"] td[data-region="${region}"]`)
              .innerText();
            expect(cell).toContain(regime ? regime.labelNl : 'geen afspraak');
          }
        }
      }
      await expectReference(harmonisation);
      for (const c of harmonisation.contacts) {
        const [, employerSide, publicSide] = await rowTexts(page, `#contacts-table tr[data-region="${c.region}"]`);
        for (const p of c.employer) expect(employerSide).toContain(p.name);
        for (const p of c.public) expect(publicSide).toContain(p.name);
      }

      const text = await bodyText();
      const html = await page.content();
      for (const secret of restrictedStrings()) {
        expect(text, 'privacy-restricted text on the page').not.toContain(secret);
        expect(html, 'privacy-restricted text in the page').not.toContain(secret);
      }
      expect(foreign).toEqual([]);
    });

    it('shows the lead-time, balance and vacancy figures the JSON reports give the same persona', async () => {
      const token = await tokenOf('werkgever');
      const q = `from=${period.from}&to=${period.to}`;
      const leadTimes = await api<LeadTimeReport>(`/v1/reports/lead-times?${q}&groupBy=region`, token);
      const balance = await api<BalanceReport>(`/v1/reports/balance?${q}`, token);
      const vacancies = await api<VacancyReport>(`/v1/reports/vacancies?${q}&groupBy=region`, token);

      // The demo daily flow raises the process events the agreements measure: the table shows
      // exactly the report's rows (per region and per measure), figure for figure.
      expect(leadTimes.totals.length, 'lead-time measures with cases in the demo data').toBeGreaterThan(0);
      expect(leadTimes.rows.length).toBeGreaterThan(0);
      const leadTimeRows = [...leadTimes.rows, ...leadTimes.totals];
      for (const r of leadTimeRows) {
        await expectRow(page, `#lead-times-table tr[data-key="${r.fromEvent}>${r.toEvent}@${r.group ?? 'total'}"]`, leadTimes.columns, r);
      }
      expect(await page.locator('#lead-times-table tbody tr[data-key], #lead-times-table tfoot tr[data-key]').count()).toBe(
        leadTimeRows.length,
      );
      expect(await page.locator('#lead-times-body .empty').count()).toBe(0);
      expect(await page.locator('#lead-times-chart rect.chart-bar').count()).toBe(leadTimes.totals.length);
      // Every chart label (measure names are long) lies wholly inside its image, none cut off.
      const labelsOutside = await page.locator('svg.chart').evaluateAll((charts) =>
        charts.flatMap((chart) => {
          const view = (chart as SVGSVGElement).viewBox.baseVal;
          return [...chart.querySelectorAll<SVGTextElement>('text.chart-label')]
            .filter((label) => {
              const box = label.getBBox();
              return box.x < view.x || box.x + box.width > view.x + view.width;
            })
            .map((label) => label.textContent);
        }),
      );
      expect(labelsOutside).toEqual([]);

      if (balance.total === 0) await page.locator('#balance-body .empty').waitFor();
      for (const r of balance.rows)
        await expectRow(page, `#balance-table tr[data-key="${r.candidateSource}/${r.basis}"]`, balance.columns, r);
      if (balance.total > 0) expect(await page.locator('#balance-chart rect.chart-bar').count()).toBe(balance.bySource.length);

      if (vacancies.totals.received === 0 && vacancies.rows.length === 0) await page.locator('#vacancies-body .empty').waitFor();
      else {
        for (const r of vacancies.rows) await expectRow(page, `#vacancies-table tr[data-key="${r.group}"]`, vacancies.columns, r);
        await expectRow(page, '#vacancies-table tr[data-key="total"]', vacancies.columns, vacancies.totals);
      }
      // The demo data has figures in each of them, so every comparison above compared something.
      expect(balance.total).toBeGreaterThan(0);
      expect(vacancies.totals.received).toBeGreaterThan(0);
    });

    it('compares each region with the reference region the user chooses, as the JSON report does', async () => {
      const kvk = await page.inputValue('#employer');
      const options = await page.locator('#reference option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      const automatic = await api<HarmonisationReport>(`/v1/reports/harmonisation?employer=${kvk}`, await tokenOf('werkgever'));
      const other = options.find((o) => o !== '' && o !== automatic.reference?.region);
      expect(other, 'a second region to choose as reference').toBeDefined();
      await page.selectOption('#reference', other ?? '');
      await page.locator('#employer-form button').focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (region) => document.querySelector('#reference-table caption')?.textContent?.includes(`${region})`),
        other,
      );
      const chosen = await api<HarmonisationReport>(
        `/v1/reports/harmonisation?employer=${kvk}&referenceRegion=${other}`,
        await tokenOf('werkgever'),
      );
      expect(chosen.reference?.chosenBy).toBe('parameter');
      expect(await page.locator('#reference-table caption').innerText()).toContain('voorkeur van de werkgever');
      await expectReference(chosen);
    });

    it('downloads the report the page shows as the server’s CSV, with the token', async () => {
      const button = page.locator('#progress-body button[data-format="csv"]');
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      const file = await download.path();
      const csv = await fetch(
        `${base}/v1/reports/progress?from=${period.from}&to=${period.to}&groupBy=region&regionAttribution=workplace&format=csv`,
        {
          headers: { Authorization: `Bearer ${await tokenOf('werkgever')}` },
        },
      );
      expect(csv.status).toBe(200);
      expect(download.suggestedFilename()).toMatch(/indicatief\.csv$/);
      // Byte for byte, the BOM Excel needs included.
      expect(readFileSync(file).toString('latin1')).toBe(Buffer.from(await csv.arrayBuffer()).toString('latin1'));
    });

    it('counts progress in the region of residence when asked, as the JSON report does', async () => {
      await page.selectOption('#attribution', 'residence');
      await page.locator('#period-form button').click();
      const residence = await api<ProgressReport>(
        `/v1/reports/progress?from=${period.from}&to=${period.to}&groupBy=region&regionAttribution=residence`,
        await tokenOf('werkgever'),
      );
      const keys = residence.rows.map((r) => r.key);
      await page.waitForFunction(
        (expected) =>
          JSON.stringify([...document.querySelectorAll('#progress-table tbody tr')].map((tr) => tr.getAttribute('data-key'))) ===
          JSON.stringify(expected),
        keys,
      );
      for (const r of residence.rows) {
        const [, je] = await rowTexts(page, `#progress-table tr[data-key="${r.key}"]`);
        expect(je).toBe(nl(r.jobEquivalents));
      }
      await page.selectOption('#attribution', 'workplace');
      await page.locator('#period-form button').click();
      await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Rapporten geladen'));
    });

    it('switches to English from the keyboard and formats the same figures the English way', async () => {
      await page.locator('#lang-switch').focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      expect(await page.locator('h1').innerText()).toBe('Banenafspraak dashboard');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('lang-switch');
      expect(await page.getAttribute('#lang-switch', 'lang')).toBe('nl');
      const progress = await progressOf('werkgever');
      for (const r of progress.rows) {
        const [, je] = await rowTexts(page, `#progress-table tr[data-key="${r.key}"]`);
        expect(je).toBe(en(r.jobEquivalents));
      }
      expect(await page.locator('#progress-table thead th').first().innerText()).toBe('Region');
    });

    it('shows a persona of another tenant none of the first persona’s figures', async () => {
      const first = await progressOf('werkgever');
      const firstHarmonisation = await api<HarmonisationReport>('/v1/reports/harmonisation?employer=12345678', await tokenOf('werkgever'));
      const other = await progressOf('andere-werkgever');
      expect(other.rows).toEqual([]);

      // A pasted token, submitted with Enter.
      await page.locator('#token').focus();
      await page.keyboard.type(await tokenOf('andere-werkgever'));
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('#signed-in')?.textContent?.includes('A. Ander'));
      await page.locator('#progress-body .empty').waitFor();
      await page.locator('#harmonisation-body .empty').waitFor();
      expect(await page.locator('#progress-table').count()).toBe(0);
      expect(await page.locator('svg.chart').count()).toBe(0);
      expect(await page.locator('#harmonisation-table').count()).toBe(0);
      await page.locator('#balance-body .empty').waitFor();
      await page.locator('#vacancies-body .empty').waitFor();
      await page.locator('#lead-times-body .empty').waitFor();
      for (const table of ['#lead-times-table', '#balance-table', '#vacancies-table', '#reference-table', '#contacts-table']) {
        expect(await page.locator(table).count(), table).toBe(0);
      }

      // The report sections and the status line; the persona list names every demo region.
      const text = (
        await Promise.all(
          ['#status', '#signed-in', '#progress', '#lead-times', '#balance', '#vacancies', '#harmonisation'].map((sel) =>
            page.locator(sel).innerText(),
          ),
        )
      ).join('\n');
      expect(text).not.toContain('P. Pietersen');
      for (const r of first.rows) {
        expect(text).not.toContain(r.key);
        if (r.jobEquivalents > 0) expect(text).not.toContain(en(r.jobEquivalents));
      }
      for (const c of firstHarmonisation.contacts) for (const p of [...c.employer, ...c.public]) expect(text).not.toContain(p.name);
      if (firstHarmonisation.employer.name) expect(text).not.toContain(firstHarmonisation.employer.name);
      expect(await page.inputValue('#employer')).toBe('87654321');
      expect(foreign).toEqual([]);
    });

    it('says when a token is refused and shows no figures for it', async () => {
      const werkgever = demoPersonas.find((p) => p.key === 'werkgever');
      if (!werkgever) throw new Error('no werkgever persona');
      const forged = await signToken(werkgever.principal, 'not-the-server-secret-but-long-enough-0123');
      await page.locator('#token').focus();
      await page.keyboard.type(forged);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('not (or no longer) valid'));
      expect(await page.locator('#signed-in').innerText()).toBe('Not signed in.');
      expect(await page.locator('#progress-table').count()).toBe(0);
      expect(await page.locator('#harmonisation-table').count()).toBe(0);
    });
  },
);
