import { BalanceReport, HarmonisationReport, LeadTimeReport, ProgressReport, VacancyReport } from '@banenafspraak/core';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { signToken } from '../auth.js';
import { silentLogger } from '../logger.js';
import { createMemoryStorage } from '../storage/memory.js';
import type { Storage } from '../storage/port.js';
import { createPgliteStorage, createPgStorage } from '../storage/postgres.js';
import { CANARY_BSN, CANARY_NAME, EMPLOYER, OTHER_EMPLOYER, RIJNMOND, seedSteering } from './seed.test-helper.js';

const SECRET = 'test-secret-that-is-long-enough-0123456789';
const PERIOD = 'from=2026-01-01&to=2026-06-30';
const REPORTS = [
  [`/v1/reports/lead-times?${PERIOD}&asOf=2026-05-08`, LeadTimeReport],
  [`/v1/reports/vacancies?${PERIOD}&asOf=2026-05-08&normWorkingDays=4`, VacancyReport],
  [`/v1/reports/balance?${PERIOD}`, BalanceReport],
  [`/v1/reports/progress?${PERIOD}&groupBy=payrollTaxNumber`, ProgressReport],
] as const;

const targets: [string, () => Promise<Storage>][] = [
  ['PGlite', () => createPgliteStorage()],
  ['memory', async () => createMemoryStorage()],
];
if (process.env.DATABASE_URL) {
  targets.push([
    'PostgreSQL server',
    async () => {
      const storage = await createPgStorage({ connectionString: process.env.DATABASE_URL as string, schema: 'test_steering_http' });
      await storage.truncateAll();
      return storage;
    },
  ]);
}

for (const [name, make] of targets) {
  describe(`steering reports over HTTP on ${name}`, () => {
    let storage: Storage;
    let app: ReturnType<typeof createApp>;
    const tokens: Record<string, string> = {};
    const get = async (who: string, path: string) => {
      const res = await app.request(path, { headers: { Authorization: `Bearer ${tokens[who]}` } });
      return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
    };
    const getJson = async (who: string, path: string) => {
      const { res, bytes } = await get(who, path);
      return { status: res.status, json: JSON.parse(new TextDecoder().decode(bytes)) };
    };

    beforeAll(async () => {
      storage = await make();
      await seedSteering(storage);
      app = createApp({ storage, auth: { secret: SECRET }, logger: silentLogger, clock: () => new Date('2026-05-08T12:00:00.000Z') });
      tokens.employer = await signToken(EMPLOYER, SECRET);
      tokens.other = await signToken(OTHER_EMPLOYER, SECRET);
      tokens.region = await signToken(RIJNMOND, SECRET);
      tokens.employee = await signToken(
        { userId: 'w-1', roles: ['EMPLOYEE'], candidateId: '0b7e4a2c-93f1-4d57-8e8a-4f2a1c6d9e30' },
        SECRET,
      );
    });
    afterAll(() => storage.close());

    it('serves every report as its core wire shape, marked indicative', async () => {
      for (const [path, schema] of REPORTS) {
        const r = await getJson('employer', path);
        expect(r.status, path).toBe(200);
        expect(schema.safeParse(r.json).success, path).toBe(true);
        expect(r.json.indicative).toBe(true);
      }
    });

    it('reports lead times per measure with p50, p90 and the share within the norm', async () => {
      const r = (await getJson('employer', `/v1/reports/lead-times?${PERIOD}&asOf=2026-05-08&groupBy=none`)).json as LeadTimeReport;
      const firstProposal = r.totals.find((t) => t.fromEvent === 'VACANCY_RECEIVED' && t.toEvent === 'FIRST_CANDIDATE_PROPOSED');
      expect(firstProposal).toMatchObject({
        measureNl: 'vacature ontvangen → eerste kandidaat voorgedragen',
        calendarId: 'NL_COMMON_CAO',
        targetWorkingDays: 10,
        cases: 3,
        met: 1,
        notMet: 1,
        open: 1,
        p50WorkingDays: 8,
        p90WorkingDays: 11.2,
        withinNormPct: 50,
        targetMet: false,
      });
      expect(r.rows).toEqual([]);
    });

    it('reports the balance on vacancies without preference against the plan’s intended balance', async () => {
      const r = (await getJson('employer', `/v1/reports/balance?${PERIOD}`)).json as BalanceReport;
      expect(r.rows).toEqual([{ candidateSource: 'MUNICIPALITY', basis: 'PW_NO_WML_CAPACITY', placements: 1, sharePct: 100 }]);
      expect(r.bySource).toEqual([
        { key: 'MUNICIPALITY', placements: 1, sharePct: 100, intendedSharePct: 50 },
        { key: 'UWV', placements: 0, sharePct: 0, intendedSharePct: 50 },
      ]);
      expect(r.excluded).toEqual({ withPreference: 0, withoutVacancy: 0 });
    });

    it('compares each region of a national employer with a reference arrangement', async () => {
      const r = (await getJson('employer', '/v1/reports/harmonisation?employer=12345678&asOf=2026-05-08')).json as HarmonisationReport;
      expect(HarmonisationReport.safeParse(r).success).toBe(true);
      expect(r.regions).toEqual(['AM10', 'AM21', 'AM22']);
      expect(r.aspects.find((a) => a.aspect === 'trialInsurance')?.variants).toEqual([
        { value: 'EMPLOYER', regions: ['AM10'] },
        { value: 'UWV', regions: ['AM21', 'AM22'] },
      ]);
      expect(r.reference).toEqual({
        region: 'AM21',
        chosenBy: 'mostRegions',
        regions: [
          { region: 'AM10', hasArrangements: true, differs: ['performanceAgreements', 'delegatedProcesses', 'trialInsurance'] },
          { region: 'AM21', hasArrangements: true, differs: [] },
          { region: 'AM22', hasArrangements: true, differs: [] },
        ],
      });
      const preferred = (await getJson('employer', '/v1/reports/harmonisation?employer=12345678&asOf=2026-05-08&referenceRegion=AM10'))
        .json as HarmonisationReport;
      expect(preferred.reference?.chosenBy).toBe('parameter');
      expect(preferred.reference?.regions.find((x) => x.region === 'AM22')?.differs).toEqual([
        'performanceAgreements',
        'delegatedProcesses',
        'trialInsurance',
      ]);
      expect((await get('employer', '/v1/reports/harmonisation?employer=12345678&referenceRegion=AM05')).res.status).toBe(400);
      const csv = new TextDecoder().decode(
        (await get('employer', '/v1/reports/harmonisation?employer=12345678&asOf=2026-05-08&format=csv')).bytes,
      );
      expect(csv.split('\r\n')[1]).toBe('AM10;nee;ja;gelijk;gelijk;gelijk;gelijk;gelijk;afwijkend;afwijkend;afwijkend;indicatief');
      const other = (await getJson('other', '/v1/reports/harmonisation?employer=12345678&asOf=2026-05-08')).json as HarmonisationReport;
      expect(other.regions).toEqual([]);
      expect(other.reference).toBeUndefined();
    });

    it('gives another organisation with a valid token none of the employer’s figures', async () => {
      const lead = (await getJson('other', `/v1/reports/lead-times?${PERIOD}&asOf=2026-05-08&groupBy=employer`)).json as LeadTimeReport;
      expect(lead.rows.map((r) => r.group)).not.toContain('12345678');
      expect(lead.totals.map((t) => t.cases)).toEqual(lead.totals.map(() => 1));
      const vacancies = (await getJson('other', `/v1/reports/vacancies?${PERIOD}&groupBy=employer`)).json as VacancyReport;
      expect(vacancies.rows.map((r) => r.group)).toEqual(['87654321']);
      const progress = (await getJson('other', `/v1/reports/progress?${PERIOD}&groupBy=employer`)).json as ProgressReport;
      expect(progress.rows.map((r) => r.key)).not.toContain('12345678');
      const balance = (await getJson('other', `/v1/reports/balance?${PERIOD}`)).json as BalanceReport;
      expect(balance.rows).toEqual([{ candidateSource: 'UWV', basis: 'PW_NO_WML_CAPACITY', placements: 1, sharePct: 100 }]);
    });

    it('refuses a principal without read rights and an inverted period', async () => {
      expect((await get('employee', `/v1/reports/lead-times?${PERIOD}`)).res.status).toBe(403);
      expect((await get('employer', '/v1/reports/vacancies?from=2026-06-30&to=2026-01-01')).res.status).toBe(400);
      expect((await get('employer', `/v1/reports/balance?${PERIOD}&format=pdf`)).res.status).toBe(400);
    });

    it('refuses dates outside the years a report may name, in every report, with a problem naming the field', async () => {
      const cases = [
        '/v1/reports/vacancies?from=0000-01-01&to=2026-01-01',
        '/v1/reports/lead-times?from=0001-01-01&to=9999-12-31',
        '/v1/reports/vacancies?from=2026-01-01&to=9999-12-31',
        '/v1/reports/vacancies?from=2026-01-01&to=2026-01-31&asOf=5000-12-31',
        '/v1/reports/lead-times?from=1999-12-31&to=2026-01-31',
        '/v1/reports/balance?from=1899-01-01&to=2026-01-31',
        '/v1/reports/progress?from=2026-01-01&to=2100-01-01',
        `/v1/reports/harmonisation?employer=12345678&asOf=9000-01-01`,
      ];
      for (const path of cases) {
        const { status, json } = await getJson('employer', path);
        expect(status, path).toBe(400);
        expect(json.type, path).toBe('urn:banenafspraak:problem:invalid-input');
        const fields = json.issues.map((i: { path: string[] }) => i.path.join('.'));
        expect(
          fields.some((f: string) => ['query.from', 'query.to', 'query.asOf'].includes(f)),
          path,
        ).toBe(true);
      }
      // The edges themselves are reports like any other.
      expect((await get('employer', '/v1/reports/vacancies?from=2000-01-01&to=2099-12-31')).res.status).toBe(200);
    });

    it('downloads CSV with Dutch headers, decimal commas and every row marked indicative', async () => {
      const { res, bytes } = await get('employer', `/v1/reports/lead-times?${PERIOD}&asOf=2026-05-08&groupBy=none&format=csv`);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="doorlooptijden-2026-01-01-2026-06-30-indicatief.csv"');
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      expect(text.startsWith('\uFEFFMaatstaf;Verplichte partij;Kalender;Norm (werkdagen)')).toBe(true);
      const lines = text.trim().split('\r\n');
      expect(lines[0]?.endsWith(';Status cijfers')).toBe(true);
      const proposal = lines.find((l) => l.startsWith('vacature ontvangen → eerste kandidaat voorgedragen;'));
      expect(proposal).toBe(
        'vacature ontvangen → eerste kandidaat voorgedragen;PUBLIC;NL_COMMON_CAO;10;80;Totaal;3;2;1;1;1;0;0;8;11,2;50;nee;indicatief',
      );
      // Start events without a link to a case have a column of their own, after the invalid ones.
      expect(lines[0]).toContain(';Ongeldig;Zonder koppeling;');
    });

    it('downloads the lead times as a workbook with the column of start events without a case link', async () => {
      const { bytes } = await get('employer', `/v1/reports/lead-times?${PERIOD}&asOf=2026-05-08&groupBy=none&format=xlsx`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
      const header = (workbook.getWorksheet('Rapportage')?.getRow(1).values ?? []) as unknown[];
      const json = await get('employer', `/v1/reports/lead-times?${PERIOD}&asOf=2026-05-08&groupBy=none`);
      const report = LeadTimeReport.parse(JSON.parse(new TextDecoder().decode(json.bytes)));
      const column = header.indexOf('Zonder koppeling');
      expect(column).toBeGreaterThan(0);
      const rows = workbook.getWorksheet('Rapportage')?.getRows(2, report.totals.length) ?? [];
      expect(rows.map((r) => r.getCell(column).value)).toEqual(report.totals.map((t) => t.unlinked));
    });

    it('downloads a workbook with the same figures, Dutch headers and the note', async () => {
      const { res, bytes } = await get('employer', `/v1/reports/vacancies?${PERIOD}&asOf=2026-05-08&normWorkingDays=4&format=xlsx`);
      expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
      const sheet = workbook.getWorksheet('Rapportage');
      if (!sheet) throw new Error('no sheet Rapportage');
      expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['Groep', 'Ontvangen', 'Open']);
      const total = sheet.getRow(sheet.rowCount).values as unknown[];
      expect(total.slice(1)).toEqual(['Totaal', 3, 2, 1, 0, 1, 9, 10, 10, 'indicatief']);
      expect(String(workbook.getWorksheet('Toelichting')?.getCell('B1').value)).toContain('Indicatief');
    });

    it('never puts a BSN or a name from a record into a report or a download', async () => {
      for (const who of ['employer', 'other', 'region']) {
        for (const [path] of REPORTS) {
          for (const format of ['json', 'csv', 'xlsx']) {
            const { bytes } = await get(who, `${path}&format=${format}`);
            const text = format === 'xlsx' ? await xlsxText(bytes) : new TextDecoder().decode(bytes);
            expect(text, `${who} ${path} ${format}`).not.toContain(CANARY_BSN);
            expect(text, `${who} ${path} ${format}`).not.toContain(CANARY_NAME);
          }
        }
      }
    });
  });
}

/** All cell texts of a workbook. */
async function xlsxText(bytes: Uint8Array): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  const out: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => out.push(JSON.stringify(row.values))));
  return out.join('\n');
}
