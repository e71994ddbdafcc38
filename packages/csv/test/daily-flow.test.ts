/**
 * The daily-flow documents regions keep in sheets: LKS declarations and job-coach hours. Each
 * has a template with the standard's Dutch headers, reads the headers regions use, and keeps
 * the placements' guarantees on a messy sheet: every row reported, no BSN or instruction text
 * in any output, an error never hidden.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ImportReport, importCsv, inspect, template } from '../src/index.js';
import { expectNoCanary, fixture, tempDir, writeTo } from './helpers.js';

const AS_OF = '2026-06-01';

/** Imports through the CLI's `main` with every output; returns the report, the outputs and the terminal text. */
async function importAll(file: string, type: string) {
  const { main } = await import('../src/cli.js');
  const dir = tempDir();
  const paths = { report: join(dir, 'r.json'), out: join(dir, 'out.ndjson'), reportCsv: join(dir, 'r.csv'), invalid: join(dir, 'i.csv') };
  let terminal = '';
  const sink = writeTo((s) => {
    terminal += s;
  });
  const code = await main(
    [
      'import',
      file,
      '--type',
      type,
      '--as-of',
      AS_OF,
      '--report',
      paths.report,
      '--out',
      paths.out,
      '--report-csv',
      paths.reportCsv,
      '--invalid-rows',
      paths.invalid,
    ],
    { stdout: sink, stderr: sink },
  );
  const texts = {
    report: readFileSync(paths.report, 'utf8'),
    out: readFileSync(paths.out, 'utf8'),
    reportCsv: readFileSync(paths.reportCsv, 'utf8'),
    invalidRows: readFileSync(paths.invalid, 'utf8'),
    terminal,
  };
  const report = JSON.parse(texts.report) as ImportReport;
  const documents = texts.out
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code, report, texts, documents };
}

const rowCodes = (report: ImportReport) =>
  report.issues.filter((i) => i.row !== null).map((i) => `${i.row}:${i.columnLetter ?? '-'}:${i.severity}:${i.ruleId ?? i.code}`);

describe('recognising the sheets', () => {
  it('inspect tells the document type and the header row from the headers alone', async () => {
    const lks = await inspect(fixture('lks-declaraties-1252.csv'));
    expect([lks.documentType, lks.headerRow, lks.missingRequired]).toEqual(['WageCostSubsidyDeclaration', 4, []]);
    const hours = await inspect(fixture('jobcoach-uren.csv'));
    expect([hours.documentType, hours.headerRow, hours.missingRequired]).toEqual(['JobCoachReport', 2, []]);
  });
});

describe('LKS declarations (WageCostSubsidyDeclaration)', () => {
  it('has a template with the Dutch headers; the importer computes the subsidy, so no parameter columns', () => {
    expect(template('wage-cost-subsidy-declaration')).toMatchInlineSnapshot(`
      "Declaratie-ID;Status;Beschikking-ID;Plaatsing-ID;KvK-nummer;Loonheffingennummer;Gemeente (GM-code);Naam gemeente;Periode van;Periode tot en met;Verloonde uren;Betaald loon;Uurloon;Uurloon incl. vakantiegeld;Berekend incl. vakantiegeld;Loonwaarde;LKS-bedrag;Doelgroep;Betaald op;Betaald bedrag;Betalingskenmerk;Reden afwijzing;Corrigeert declaratie
      "
    `);
  });

  it('imports a messy municipal export: computes the subsidy with the parameters used, reports every other row, leaks nothing', async () => {
    const { code, report, texts, documents } = await importAll(fixture('lks-declaraties-1252.csv'), 'wage-cost-subsidy-declaration');
    expect(code).toBe(1);
    expect(report.file).toMatchObject({ encoding: 'windows-1252', delimiter: ';', headerRow: 4 });
    expect(report.stats).toMatchObject({ rows: 6, validRows: 2, invalidRows: 4, blankRows: 1, records: 11, lines: 11 });
    expect(rowCodes(report)).toEqual([
      '6:G:information:csv-name-resolved', // "Rotterdam" is GM0599: the paying municipality by name
      '7:O:error:LKD-001', // the sheet's amount differs from the recomputation
      '9:J:error:csv-excel-error', // no "amount missing" on top: the hours cell says what to fix
      '10:-:error:LKD-002', // paid without the payment
      '11:-:error:csv-quotes', // a quote opened in the instruction cell and never closed
    ]);
    expect(report.issues.find((i) => i.ruleId === 'LKD-002')?.field).toBe('Betaling');
    // Columns regions use map by themselves: "LH-nummer", "T/m", "Bedrag LKS", "Loonwaarde %".
    expect(report.columns.filter((c) => c.field !== null).map((c) => `${c.header}→${c.field}`)).toContain(
      'LH-nummer→employer.payrollTaxNumber',
    );
    // Amount and parameter rows from core's calculator (104 h × €7.26674 = €755.74 in March 2026);
    // an amount the sheet gives and that agrees is kept.
    expect(documents).toHaveLength(2);
    expect(documents[0]).toMatchObject({
      documentType: 'WageCostSubsidyDeclaration',
      status: 'SUBMITTED',
      employer: { kvkNumber: '12345678', payrollTaxNumber: '123456782L01' },
      financingParty: { scheme: 'GM', value: 'GM0599' },
      period: { from: '2026-03-01', to: '2026-03-31' },
      paidHours: 104,
      wagePaidCents: 152984,
      hourlyWageCents: 1471,
      wageValuePct: 60,
      computed: { amountCents: 75574 },
    });
    expect(documents[0]?.computed).toMatchObject({
      parametersUsed: [{ tableId: 'WML_HOURLY_ADULT' }, { tableId: 'LKS_CAP_PCT_OF_WML' }, { tableId: 'LKS_EMPLOYER_CHARGES_PCT' }],
    });
    expect(documents[1]).toMatchObject({
      status: 'APPROVED',
      financingParty: { scheme: 'GM', value: 'GM0599' },
      computed: { amountCents: 75574 },
    });
    // The BSN column, the instruction column and BSN-shaped values anywhere (a loonheffingennummer
    // of a sole trader holds the owner's BSN) stay out of every output but the valid documents.
    for (const [name, text] of Object.entries(texts)) if (name !== 'out') expectNoCanary(text);
    expect(texts.out).not.toContain('CANARY-WGI');
    expect(texts.out).not.toContain('111222333');
    // Re-importing the four invalid rows says which cells were masked, rather than that the
    // loonheffingennummer "[afgeschermd]L01" has a wrong format.
    const again = await importCsv(Buffer.from(texts.invalidRows, 'utf8'), {
      type: 'wage-cost-subsidy-declaration',
      asOf: AS_OF,
      name: 'te-herstellen.csv',
    });
    expect(again.issues.filter((i) => i.column === 'LH-nummer').map((i) => i.code)).toEqual(Array(4).fill('csv-masked-value'));
  });
});

describe('job-coach hours (JobCoachReport)', () => {
  it('has a template with the Dutch headers; the coach organisation is named by its KvK number', () => {
    expect(template('job-coach-report')).toMatchInlineSnapshot(`
      "Rapportage-ID;Status;Jobcoachplan-ID;Plaatsing-ID;KvK jobcoachorganisatie;Jobcoachorganisatie;Periode van;Periode tot en met;Geplande uren;Bestede uren;Doel 1;Voortgang doel 1;Doel 2;Voortgang doel 2;Doel 3;Voortgang doel 3;Afbouw volgens plan;Datum rapportage
      "
    `);
  });

  it("imports a coaching organisation's hours sheet: goals in words, rule findings per cell, a BSN in the wrong column masked", async () => {
    const { code, report, texts, documents } = await importAll(fixture('jobcoach-uren.csv'), 'job-coach-report');
    expect(code).toBe(1);
    expect(report.file).toMatchObject({ encoding: 'utf-8', encodingSource: 'bom', delimiter: ';', headerRow: 2 });
    expect(report.stats).toMatchObject({ rows: 3, validRows: 1, invalidRows: 2, blankRows: 1 });
    expect(rowCodes(report)).toEqual([
      '4:E:warning:csv-spaces-removed', // KvK number "8765 4321"
      '4:J:warning:JCR-001', // 20 hours spent against 16 planned
      '4:P:error:JCR-002', // reported before the period ended
      '5:J:error:csv-too-large', // a BSN typed into the hours column
      '5:K:error:csv-unknown-code', // "motivatie" is no coaching goal of the standard
    ]);
    expect(documents).toEqual([
      {
        documentType: 'JobCoachReport',
        standardVersion: expect.any(String),
        id: '9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d',
        confidentiality: 'CASE_CONFIDENTIAL',
        status: 'ACCEPTED',
        planId: '7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f',
        placementId: '6f1c2b1e-4a7d-4c4e-9a57-2f0b8d1e7c11',
        author: { scheme: 'KVK', value: '87654321', name: 'Voorbeeld Jobcoaching B.V.' },
        period: { from: '2026-03-01', to: '2026-03-31' },
        plannedHours: 16,
        spentHours: 15.5,
        goalProgress: [
          { goal: 'TASKS_INDEPENDENTLY', progress: 'ON_TRACK' },
          { goal: 'WORK_PACE', progress: 'BEHIND' },
        ],
        fadeOutOnTrack: true,
        reportedOn: '2026-04-03',
      },
    ]);
    for (const text of Object.values(texts)) expectNoCanary(text);
    expect(texts.reportCsv).toContain('[afgeschermd]');
  });
});
