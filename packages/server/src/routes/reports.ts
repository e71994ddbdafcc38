import {
  BalanceReport,
  countsForJobAgreement,
  LeadTimeGrouping,
  LeadTimeReport,
  municipalitiesOn,
  PROGRESS_COLUMNS,
  ReportPeriodUnit,
  TargetGroupBasisList,
  UNPAID_PLACEMENT_TYPES,
  VacancyGrouping,
  VacancyReport,
} from '@banenafspraak/core';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ServerError } from '../errors.js';
import { type AppEnv, defaultHook, headers, json, methodNotAllowed, problems, respond } from '../internal/http.js';
import {
  buildHarmonisationReport,
  HARMONISATION_ASPECT_LABELS,
  HarmonisationReport,
  ProgressGrouping,
  ProgressReport,
} from '../reports.js';
import { buildBalanceReport, buildLeadTimeReport, buildProgressReport, buildVacancyReport } from '../steering/build.js';
import { calendarDaysFor, calendarWindow } from '../steering/calendars.js';
import { type ReportTable, toCsv, toXlsx } from '../steering/export.js';
import type { FiguresOf, SteeringQuery } from '../steering/query.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const Format = z
  .enum(['json', 'csv', 'xlsx'])
  .optional()
  .describe('json (default), csv (Dutch: `;`, decimal comma, UTF-8 with BOM) or xlsx.');
/**
 * Dates a report may name. The working-day calendars of the lead-time and vacancy reports are
 * built per day of the window, before the database is asked: bounding the years bounds that
 * work (at most a century of days) and keeps every date one PostgreSQL and the calendar
 * rules can represent (no year 0, no negative or five-digit years).
 */
const REPORT_DATES = { min: '2000-01-01', max: '2099-12-31' } as const;

const reportDate = (description: string) =>
  z.iso
    .date()
    .refine((d) => d >= REPORT_DATES.min && d <= REPORT_DATES.max, {
      message: `Een datum in een rapportage ligt tussen ${REPORT_DATES.min} en ${REPORT_DATES.max}.`,
    })
    .describe(`${description} Between ${REPORT_DATES.min} and ${REPORT_DATES.max}.`);

const Period = {
  from: reportDate('First day of the period.'),
  to: reportDate('Last day of the period.'),
};

/** 200 of a report: the JSON shape, or the same table as CSV or spreadsheet. */
function reportResponse(schema: z.ZodType) {
  return {
    200: {
      description: 'The report (indicative), as JSON, CSV or spreadsheet according to `format`.',
      headers: headers(),
      content: {
        'application/json': { schema },
        'text/csv': { schema: z.string().describe('CSV with Dutch headers; every row marked "indicatief".') },
        [XLSX]: { schema: z.string().meta({ format: 'binary' }).describe('Spreadsheet with Dutch headers and a sheet with the note.') },
      },
    },
    ...problems(400, 401, 403, 422),
  };
}

function assertPeriod(from: string, to: string) {
  if (to < from) {
    throw new ServerError('invalid-input', 'De periode eindigt voor het begin.', {
      issues: [{ severity: 'error', code: 'invalid_period', path: ['to'], message: 'to ligt voor from.' }],
    });
  }
}

/** The report in the format asked for; downloads get a Dutch file name and the indicative mark. */
async function deliver(c: Context<AppEnv>, format: 'json' | 'csv' | 'xlsx' | undefined, report: unknown, table: ReportTable, name: string) {
  if (format === 'csv') {
    return respond(c, toCsv(table), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}-indicatief.csv"`,
    }) as never;
  }
  if (format === 'xlsx') {
    return respond(c, await toXlsx(table), 200, {
      'Content-Type': XLSX,
      'Content-Disposition': `attachment; filename="${name}-indicatief.xlsx"`,
    }) as never;
  }
  return json(c, 200, report);
}

async function figures<K extends SteeringQuery['report']>(
  c: Context<AppEnv>,
  query: Extract<SteeringQuery, { report: K }>,
): Promise<FiguresOf<K>> {
  // The request's signal aborts when the client goes away: its report is then cancelled.
  return (await c.get('repository').steeringFigures(query, { signal: c.req.raw.signal })) as FiguresOf<K>;
}

const today = (c: Context<AppEnv>) => c.get('now')().slice(0, 10);
/** The earlier and the later of two ISO dates (strings: not Math.min). */
const earlier = (a: string, b: string) => (a < b ? a : b);
const later = (a: string, b: string) => (a > b ? a : b);

/**
 * Steering reports over the records and events the caller may see, computed by the storage
 * (in SQL on PostgreSQL). Employer instructions and identities are never part of them.
 */
export function reportRoutes(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/progress',
      operationId: 'getProgressReport',
      tags: ['Reports'],
      summary: 'Progress toward the targets in job equivalents from paid hours (indicative)',
      description:
        'Per region, employer, sector, loonheffingennummer, plan or establishment, over the placements you may see: paid hours from wage-cost subsidy declarations where present (CNT-001), contract hours for the other days. Indicative: the official figure is UWV’s.',
      request: {
        query: z.object({
          ...Period,
          groupBy: ProgressGrouping.optional().describe('region (default), employer, sector, payrollTaxNumber, plan or establishment.'),
          regionAttribution: z
            .enum(['workplace', 'residence'])
            .optional()
            .describe('Region of a placement: its workplace (default) or the candidate’s municipality of residence.'),
          format: Format,
        }),
      },
      responses: reportResponse(ProgressReport),
    }),
    async (c) => {
      const { from, to, groupBy, regionAttribution, format } = c.req.valid('query');
      assertPeriod(from, to);
      const query: Extract<SteeringQuery, { report: 'progress' }> = {
        report: 'progress',
        from,
        to,
        groupBy: groupBy ?? 'region',
        regionAttribution: regionAttribution ?? 'workplace',
        municipalityRegions: municipalitiesOn(earlier(to, today(c))).map((m) => [m.gmCode, m.amCode] as const),
        unpaidTypes: [...UNPAID_PLACEMENT_TYPES],
        countingBases: TargetGroupBasisList.codes.filter((b) => countsForJobAgreement(b)),
      };
      const report = buildProgressReport(query, await figures(c, query));
      return deliver(
        c,
        format,
        report,
        {
          columns: PROGRESS_COLUMNS,
          rows: report.rows,
          note: report.note,
          parameters: [
            ['Periode', `${from} t/m ${to}`],
            ['Groepering', query.groupBy],
            ['Regio naar', query.regionAttribution === 'workplace' ? 'werkplek' : 'woonplaats'],
          ],
        },
        `voortgang-${from}-${to}`,
      );
    },
  );
  app.all('/progress', () => methodNotAllowed(['GET']));

  app.openapi(
    createRoute({
      method: 'get',
      path: '/lead-times',
      operationId: 'getLeadTimeReport',
      tags: ['Reports'],
      summary: 'Lead times against the performance agreements, in working days (indicative)',
      description:
        'For each lead-time performance agreement (prestatieafspraak) of the working arrangements you may see: cases started in the period, median and 90th percentile in working days of the arrangement’s calendar, and the share within the norm; per region, employer or period.',
      request: {
        query: z.object({
          ...Period,
          asOf: reportDate('Measurement date (default today): later stop events count as not yet happened.').optional(),
          groupBy: LeadTimeGrouping.optional().describe('none, region (default), employer or period.'),
          periodUnit: ReportPeriodUnit.optional().describe('MONTH, QUARTER (default) or YEAR, when grouped by period.'),
          format: Format,
        }),
      },
      responses: reportResponse(LeadTimeReport),
    }),
    async (c) => {
      const q = c.req.valid('query');
      assertPeriod(q.from, q.to);
      const asOf = q.asOf ?? today(c);
      const window = calendarWindow(q.from, q.to, asOf);
      const query: Extract<SteeringQuery, { report: 'lead-times' }> = {
        report: 'lead-times',
        from: q.from,
        to: q.to,
        asOf,
        groupBy: q.groupBy ?? 'region',
        periodUnit: q.periodUnit ?? 'QUARTER',
        window,
        calendars: calendarDaysFor(window),
      };
      const report = buildLeadTimeReport(query, await figures(c, query));
      const rows = [...report.rows, ...report.totals.map((t) => ({ ...t, group: 'Totaal' }))];
      return deliver(
        c,
        q.format,
        report,
        {
          columns: report.columns,
          rows,
          note: report.note,
          parameters: [
            ['Periode', `${q.from} t/m ${q.to}`],
            ['Peildatum', asOf],
            ['Groepering', query.groupBy],
          ],
        },
        `doorlooptijden-${q.from}-${q.to}`,
      );
    },
  );
  app.all('/lead-times', () => methodNotAllowed(['GET']));

  app.openapi(
    createRoute({
      method: 'get',
      path: '/vacancies',
      operationId: 'getVacancyReport',
      tags: ['Reports'],
      summary: 'Vacancies: open, filled, open past a norm, time to fill (indicative)',
      request: {
        query: z.object({
          ...Period,
          asOf: reportDate('Date the age of open vacancies is measured on (default today).').optional(),
          normWorkingDays: z.coerce
            .number()
            .int()
            .min(0)
            .max(500)
            .optional()
            .describe('An open vacancy older than this many working days is past the norm (default 20).'),
          calendarId: z.enum(['NL_COMMON_CAO', 'NL_STATUTORY']).optional().describe('Working-day calendar (default NL_COMMON_CAO).'),
          groupBy: VacancyGrouping.optional().describe('none, region (default), employer or period of receipt.'),
          periodUnit: ReportPeriodUnit.optional().describe('MONTH (default), QUARTER or YEAR, when grouped by period.'),
          format: Format,
        }),
      },
      responses: reportResponse(VacancyReport),
    }),
    async (c) => {
      const q = c.req.valid('query');
      assertPeriod(q.from, q.to);
      const asOf = q.asOf ?? today(c);
      const now = today(c);
      const window = calendarWindow(q.from, q.to, later(asOf, now));
      const calendarId = q.calendarId ?? 'NL_COMMON_CAO';
      const calendar = calendarDaysFor(window).find((cal) => cal.id === calendarId);
      if (!calendar) throw new ServerError('invalid-input', 'Onbekende kalender.');
      const query: Extract<SteeringQuery, { report: 'vacancies' }> = {
        report: 'vacancies',
        from: q.from,
        to: q.to,
        asOf,
        groupBy: q.groupBy ?? 'region',
        periodUnit: q.periodUnit ?? 'MONTH',
        normWorkingDays: q.normWorkingDays ?? 20,
        window,
        calendar,
      };
      const report = buildVacancyReport(query, await figures(c, query));
      const rows = [...report.rows, { ...report.totals, group: 'Totaal' }];
      return deliver(
        c,
        q.format,
        report,
        {
          columns: report.columns,
          rows,
          note: report.note,
          parameters: [
            ['Periode', `${q.from} t/m ${q.to}`],
            ['Peildatum', asOf],
            ['Norm (werkdagen)', String(query.normWorkingDays)],
            ['Kalender', calendarId],
          ],
        },
        `vacatures-${q.from}-${q.to}`,
      );
    },
  );
  app.all('/vacancies', () => methodNotAllowed(['GET']));

  app.openapi(
    createRoute({
      method: 'get',
      path: '/balance',
      operationId: 'getBalanceReport',
      tags: ['Reports'],
      summary: 'Balance of candidate sources and target groups on vacancies without preference (indicative)',
      description:
        'Rotterdam model: placements that started in the period on a vacancy with no target-group preference, by candidate source and basis, against the intended balance of the execution plans. A signal, not a rule.',
      request: { query: z.object({ ...Period, format: Format }) },
      responses: reportResponse(BalanceReport),
    }),
    async (c) => {
      const { from, to, format } = c.req.valid('query');
      assertPeriod(from, to);
      const query: Extract<SteeringQuery, { report: 'balance' }> = { report: 'balance', from, to };
      const report = buildBalanceReport(query, await figures(c, query));
      return deliver(
        c,
        format,
        report,
        { columns: report.columns, rows: report.rows, note: report.note, parameters: [['Periode', `${from} t/m ${to}`]] },
        `balans-${from}-${to}`,
      );
    },
  );
  app.all('/balance', () => methodNotAllowed(['GET']));

  app.openapi(
    createRoute({
      method: 'get',
      path: '/harmonisation',
      operationId: 'getHarmonisationReport',
      tags: ['Reports'],
      summary: 'Where a national employer’s arrangements differ between regions and from its reference arrangement',
      description:
        'Per aspect (trial placement and its insurance, job coaching, LKS process, contacts, wage-value approach, performance agreements, delegated processes) the variants with their regions; and each region against a reference arrangement: the one of referenceRegion (the employer’s preferred one), else the one in force in most regions.',
      request: {
        query: z.object({
          employer: z
            .string()
            .regex(/^\d{8}$/)
            .describe('KvK number of the employer.'),
          asOf: reportDate('Date to compare on (default today).').optional(),
          referenceRegion: z
            .string()
            .regex(/^AM\d{2}$/)
            .optional()
            .describe('Region whose arrangement is the reference (the employer’s preferred one).'),
          format: Format,
        }),
      },
      responses: reportResponse(HarmonisationReport),
    }),
    async (c) => {
      const { employer, asOf, referenceRegion, format } = c.req.valid('query');
      const date = asOf ?? today(c);
      const aggregate = await figures(c, { report: 'harmonisation', employer, asOf: date });
      if (referenceRegion !== undefined && !aggregate.arrangements.some((a) => a.region === referenceRegion)) {
        throw new ServerError('invalid-input', 'De referentieregio heeft op de peildatum geen werkafspraken die u kunt zien.', {
          issues: [
            {
              severity: 'error',
              code: 'no_reference_arrangement',
              path: ['referenceRegion'],
              message: 'Geen werkafspraken in deze regio op de peildatum.',
            },
          ],
        });
      }
      const report = buildHarmonisationReport(aggregate, {
        employer,
        asOf: date,
        ...(referenceRegion !== undefined ? { referenceRegion } : {}),
      });
      const aspectColumns = Object.entries(HARMONISATION_ASPECT_LABELS).map(([key, label]) => ({
        key,
        labelNl: label.nl,
        labelEn: label.en,
        type: 'text' as const,
      }));
      const rows = (
        report.reference?.regions ??
        report.regions.map((region) => ({ region, hasArrangements: !report.regionsWithoutArrangements.includes(region), differs: [] }))
      ).map((r) => ({
        region: r.region,
        reference: r.region === report.reference?.region,
        hasArrangements: r.hasArrangements,
        ...Object.fromEntries(
          aspectColumns.map((a) => [a.key, report.reference ? ((r.differs as string[]).includes(a.key) ? 'afwijkend' : 'gelijk') : null]),
        ),
      }));
      const columns = [
        { key: 'region', labelNl: 'Regio', labelEn: 'Region', type: 'text' as const },
        { key: 'reference', labelNl: 'Referentie', labelEn: 'Reference', type: 'boolean' as const },
        { key: 'hasArrangements', labelNl: 'Werkafspraken van kracht', labelEn: 'Arrangements in force', type: 'boolean' as const },
        ...aspectColumns,
      ];
      const parameters: [string, string][] = [
        ['Werkgever (KvK)', employer],
        ['Peildatum', date],
        [
          'Referentieregio',
          report.reference
            ? `${report.reference.region} (${report.reference.chosenBy === 'parameter' ? 'voorkeur werkgever' : 'meeste regio’s'})`
            : 'geen',
        ],
      ];
      return deliver(
        c,
        format,
        report,
        { columns, rows, note: 'Per regio: gelijk aan of afwijkend van de werkafspraken van de referentieregio, per aspect.', parameters },
        `harmonisatie-${employer}-${date}`,
      );
    },
  );
  app.all('/harmonisation', () => methodNotAllowed(['GET']));
  return app;
}
