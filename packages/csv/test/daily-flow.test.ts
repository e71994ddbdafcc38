/**
 * The daily-flow documents regions keep in sheets: LKS declarations, job-coach hours and
 * contact moments with employers. Each
 * has a template with the standard's Dutch headers, reads the headers regions use, and keeps
 * the placements' guarantees on a messy sheet: every row reported, no BSN or instruction text
 * in any output, an error never hidden.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ImportReport, importCsv, inspect, readMapping, template } from '../src/index.js';
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
    const contacts = await inspect(fixture('contactmomenten-1252.csv'));
    expect([contacts.documentType, contacts.headerRow, contacts.missingRequired]).toEqual(['ContactMoment', 4, []]);
    // Columns with no field in a contact moment (a contact person, notes, a BSN) are masked.
    expect(contacts.columns.filter((c) => c.restricted).map((c) => c.header)).toEqual(['Contactpersoon', 'Notities', 'BSN kandidaat']);
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
      '11:Q:error:csv-quotes', // a quote opened in the instruction cell and never closed
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

describe('contact moments (ContactMoment)', () => {
  it('has a template with the Dutch headers; organisations by code or name, no column for a person or notes', () => {
    expect(template('contact-moment')).toMatchInlineSnapshot(`
      "Contactmoment-ID;Status;Datum contact;KvK-nummer;Vestigingsnummer;Werkgever;Arbeidsmarktregio;Organisatie;Naam organisatie;Namens;Namens 2;Namens 3;Initiatief;Kanaal;Onderwerp(en);Samenwerkingsafspraak-ID;Vacature-ID;Voordracht-ID;Plaatsing-ID
      "
    `);
  });

  it("imports a WSP's contact log: channels and topics in words, status from the date, notes and names never copied", async () => {
    const { code, report, texts, documents } = await importAll(fixture('contactmomenten-1252.csv'), 'contact-moment');
    expect(code).toBe(1);
    expect(report.file).toMatchObject({ encoding: 'windows-1252', delimiter: ';', headerRow: 4 });
    // Every row is accounted for: 3 valid and 5 invalid of 8, a blank row, 13 lines read.
    expect(report.stats).toMatchObject({ rows: 8, validRows: 3, invalidRows: 5, blankRows: 1, records: 13, lines: 13 });
    expect(report.stats.validRows + report.stats.invalidRows).toBe(report.stats.rows);
    expect(documents).toHaveLength(report.stats.validRows);
    const fileCodes = report.issues.filter((i) => i.row === null).map((i) => `${i.columnLetter ?? '-'}:${i.severity}:${i.code}`);
    expect(fileCodes).toEqual([
      'L:warning:csv-unmapped-column-masked', // Contactpersoon
      'M:warning:csv-unmapped-column-masked', // Notities
      'N:warning:csv-unmapped-column-masked', // BSN kandidaat
      '-:information:csv-status-from-date', // no status column: held up to the as-of day, planned after
    ]);
    expect(rowCodes(report)).toEqual([
      '5:E:information:csv-name-resolved', // region "Rijnmond" is AM22
      '5:F:information:csv-name-resolved', // "WSP Rijnmond" is the region's service point, AM22
      '5:G:information:csv-name-resolved', // on behalf of "Rotterdam", GM0599
      '6:C:warning:csv-spaces-removed', // KvK number "8765 4321"
      '6:G:information:csv-name-resolved', // on behalf of two municipalities, by name in one cell
      '6:J:warning:CTM-004', // about a proposal without naming it or the vacancy
      '7:F:information:csv-name-resolved',
      '8:A:error:csv-excel-error', // #N/B in the date: no "status missing" on top
      '8:F:information:csv-name-resolved',
      '10:F:error:CTM-002', // the employer's own KvK number as the contacting organisation
      '11:F:information:csv-name-resolved',
      '11:G:information:csv-name-resolved',
      '11:J:error:CTM-003', // "nazorg, Nazorg": one topic twice
      '12:F:information:csv-name-resolved',
      '12:I:error:csv-unknown-code', // "fax" is no channel of the standard
      '13:M:error:csv-quotes', // a quote opened in the notes and never closed
      '13:F:information:csv-name-resolved',
    ]);
    expect(report.issues.find((i) => i.ruleId === 'CTM-003')).toMatchObject({ column: 'Onderwerp(en)', field: 'Onderwerp(en) (2)' });
    expect(documents[0]).toEqual({
      documentType: 'ContactMoment',
      standardVersion: expect.any(String),
      confidentiality: 'INTERNAL',
      status: 'HELD',
      at: '2026-02-02T09:15:00+01:00',
      employer: { kvkNumber: '12345678', establishment: '000012345678', name: 'Voorbeeld Retail B.V.' },
      region: 'AM22',
      organisation: { scheme: 'AM', value: 'AM22' },
      onBehalfOf: [{ scheme: 'GM', value: 'GM0599' }],
      initiatedBy: 'PUBLIC',
      channel: 'VISIT',
      topics: ['VACANCY_INTAKE', 'INSTRUMENTS'],
      vacancyId: 'a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8c0e12',
    });
    expect(documents.slice(1).map((d) => [d.status, d.at, d.organisation, d.onBehalfOf, d.initiatedBy, d.channel, d.topics])).toEqual([
      [
        'HELD',
        '2026-02-10T00:00:00+01:00',
        { scheme: 'UWV', value: 'UWV' },
        [
          { scheme: 'GM', value: 'GM0599' },
          { scheme: 'GM', value: 'GM0606' },
        ],
        'EMPLOYER',
        'PHONE',
        ['CANDIDATE_PROPOSAL'],
      ],
      // 15 July lies after the as-of day: planned, not held. "Teams" is a video call.
      ['PLANNED', '2026-07-15T10:00:00+02:00', { scheme: 'AM', value: 'AM22' }, undefined, 'PUBLIC', 'VIDEO', ['ACQUISITION']],
    ]);
    // Names, notes and BSNs appear in no output: not the documents, the reports, the invalid
    // rows or the terminal.
    for (const text of Object.values(texts)) expectNoCanary(text);
    expect(texts.invalidRows).toContain('[afgeschermd]');
    // The invalid-rows file holds the five invalid rows, ready to fix and import again.
    const again = await importCsv(Buffer.from(texts.invalidRows, 'utf8'), {
      type: 'contact-moment',
      asOf: AS_OF,
      name: 'te-herstellen.csv',
    });
    expect(again.stats.rows).toBe(5);
  });

  it('with a status column, a word is read and an empty status cell is reported, not guessed from the date', async () => {
    const sheet = [
      'Datum;KvK;Regio;Organisatie;Namens;Initiatief;Kanaal;Onderwerp;Status',
      '2-3-2026;12345678;AM22;AM22;UWV;wij;gebeld;acquisitie;afgezegd',
      '3-3-2026;12345678;AM22;AM22;;wij;mail;kennismaking;',
    ].join('\n');
    const r: ImportReport = await importCsv(Buffer.from(sheet, 'utf8'), { type: 'contact-moment', asOf: AS_OF, name: 'status.csv' });
    expect(r.issues.some((i) => i.code === 'csv-status-from-date')).toBe(false);
    expect(rowCodes(r)).toEqual(['3:I:error:csv-required']);
    expect(r.stats).toMatchObject({ rows: 2, validRows: 1, invalidRows: 1 });
  });

  it('an outreach log without an initiative column: required, or fixed for the file by a constant in the mapping', async () => {
    const sheet = ['Datum;KvK;Regio;Contact door;Kanaal;Onderwerp', '2-3-2026;12345678;AM22;UWV;Teams;acquisitie'].join('\n');
    const bare = await importCsv(Buffer.from(sheet, 'utf8'), { type: 'contact-moment', asOf: AS_OF, name: 'log.csv' });
    expect(bare.issues.filter((i) => i.severity === 'error').map((i) => `${i.row ?? '-'}:${i.code}`)).toContain('-:csv-missing-column');
    expect(bare.stats.validRows).toBe(0);
    const mapping = readMapping({ documentType: 'ContactMoment', constants: { initiatedBy: 'PUBLIC' } });
    const fixed = await importCsv(Buffer.from(sheet, 'utf8'), { mapping, asOf: AS_OF, name: 'log.csv' });
    expect(fixed.stats).toMatchObject({ rows: 1, validRows: 1 });
  });
});
