import * as z from 'zod';
import { CandidateSource } from '../codelists/candidate-source.js';
import { ContactSide } from '../codelists/contact-side.js';
import { MeasurementPeriod } from '../codelists/measurement-period.js';
import { ProcessEvent } from '../codelists/process-event.js';
import { TargetGroupBasis } from '../codelists/target-group-basis.js';

/**
 * One column of a steering report's table, with its Dutch and English header: what a CSV or
 * spreadsheet download shows, and how a dashboard labels the JSON rows.
 *
 * @public
 */
export const ReportColumn = z
  .object({
    key: z.string().describe('Property of a row.'),
    labelNl: z.string().describe('Dutch header (used in downloads).'),
    labelEn: z.string().describe('English header.'),
    type: z.enum(['text', 'integer', 'decimal', 'percent', 'boolean']).describe('How the value is formatted.'),
  })
  .meta({ id: 'ReportColumn', title: 'Kolom', description: 'A column of a steering report, with Dutch and English header.' });
/** @public */
export type ReportColumn = z.infer<typeof ReportColumn>;

const col = (key: string, labelNl: string, labelEn: string, type: ReportColumn['type']): ReportColumn => ({ key, labelNl, labelEn, type });

/**
 * Periods a report can group by: the standard's measurement periods (one code list, so
 * generated Java and C# have one enum for both).
 *
 * @public
 */
export const ReportPeriodUnit = MeasurementPeriod;
/** @public */
export type ReportPeriodUnit = MeasurementPeriod;

/**
 * How the lead-time report groups the cases of each measure.
 *
 * @public
 */
export const LeadTimeGrouping = z
  .enum(['none', 'region', 'employer', 'period'])
  .meta({ id: 'LeadTimeGrouping', title: 'Groepering doorlooptijden' });
/** @public */
export type LeadTimeGrouping = z.infer<typeof LeadTimeGrouping>;

const nullableNumber = (d: string) => z.number().nullable().describe(d);

/**
 * One row of the lead-time report: one measure (a performance agreement's start and stop event,
 * norm, share and calendar) in one group.
 *
 * @public
 */
export const LeadTimeRow = z
  .object({
    fromEvent: ProcessEvent.describe('Event that starts the clock.'),
    toEvent: ProcessEvent.describe('Event that stops the clock.'),
    measureNl: z.string().describe('Dutch name of the measure, e.g. "vacature ontvangen → eerste kandidaat voorgedragen".'),
    obligor: ContactSide.describe('Side that must perform.'),
    calendarId: z.string().describe('Working-day calendar of the arrangement.'),
    targetWorkingDays: z.int().describe('Norm in working days.'),
    targetSharePct: z.number().describe('Share of cases that must meet the norm.'),
    group: z.string().nullable().describe('AM code, KvK number or period (2026-Q1, 2026-03, 2026); null in totals.'),
    cases: z.int().describe('Cases: records that raised the start event in the period.'),
    closed: z.int().describe('Cases whose stop event happened on or before the report date.'),
    met: z.int().describe('Closed within the norm.'),
    notMet: z.int().describe('Closed late, or open and already past the norm.'),
    open: z.int().describe('Open and still within the norm.'),
    invalid: z.int().describe('Stop before start after the cut-off; left out of the share.'),
    unlinked: z
      .int()
      .describe(
        'Start events in the period that name no record they belong to (no case link), so no case can be formed from them: counted here, not as cases, never left out silently.',
      ),
    p50WorkingDays: nullableNumber('Median working days of closed cases (linear interpolation); null without closed cases.'),
    p90WorkingDays: nullableNumber('90th percentile of working days of closed cases; null without closed cases.'),
    withinNormPct: nullableNumber('met / (met + notMet) × 100, one decimal; null when no case is decided.'),
    targetMet: z.boolean().nullable().describe('withinNormPct ≥ targetSharePct; null when no case is decided.'),
  })
  .meta({ id: 'LeadTimeRow', title: 'Doorlooptijd per maatstaf', description: 'Lead-time figures of one measure in one group.' });
/** @public */
export type LeadTimeRow = z.infer<typeof LeadTimeRow>;

const INDICATIVE = z.literal(true).describe('Always true: an operational indicator, never an official figure.');

/**
 * Doorlooptijden (`GET /v1/reports/lead-times`): the lead-time performance agreements
 * (prestatieafspraken, brief §10.1) of the working arrangements the caller may see, measured
 * over the stored process events in working days of each arrangement's calendar.
 *
 * @public
 */
export const LeadTimeReport = z
  .object({
    report: z.literal('lead-times'),
    indicative: INDICATIVE,
    note: z.string().describe('How the figures were computed (Dutch).'),
    period: z
      .object({ from: z.iso.date(), to: z.iso.date() })
      .describe('Cases whose start event falls in this period (Europe/Amsterdam dates).'),
    asOf: z.iso.date().describe('Measurement date: later stop events count as not yet happened.'),
    groupBy: LeadTimeGrouping,
    periodUnit: ReportPeriodUnit.describe('Period of a group when grouped by period.'),
    columns: z.array(ReportColumn).describe('Columns of rows and totals, with Dutch and English headers.'),
    rows: z.array(LeadTimeRow).describe('Per measure and group, sorted.'),
    totals: z.array(LeadTimeRow).describe('Per measure over all groups (group null).'),
    unmeasured: z
      .array(z.object({ fromEvent: ProcessEvent, toEvent: ProcessEvent, calendarId: z.string(), reason: z.literal('UNKNOWN_CALENDAR') }))
      .describe('Agreements that could not be measured, never left out silently.'),
  })
  .meta({ id: 'LeadTimeReport', title: 'Doorlooptijden', description: 'Lead times against the performance agreements, in working days.' });
/** @public */
export type LeadTimeReport = z.infer<typeof LeadTimeReport>;

/**
 * Columns of the lead-time report, in download order.
 *
 * @public
 */
export const LEAD_TIME_COLUMNS: readonly ReportColumn[] = [
  col('measureNl', 'Maatstaf', 'Measure', 'text'),
  col('obligor', 'Verplichte partij', 'Obligor', 'text'),
  col('calendarId', 'Kalender', 'Calendar', 'text'),
  col('targetWorkingDays', 'Norm (werkdagen)', 'Norm (working days)', 'integer'),
  col('targetSharePct', 'Normpercentage', 'Target share', 'percent'),
  col('group', 'Groep', 'Group', 'text'),
  col('cases', 'Gevallen', 'Cases', 'integer'),
  col('closed', 'Afgerond', 'Closed', 'integer'),
  col('met', 'Binnen norm', 'Within norm', 'integer'),
  col('notMet', 'Buiten norm', 'Outside norm', 'integer'),
  col('open', 'Lopend', 'Open', 'integer'),
  col('invalid', 'Ongeldig', 'Invalid', 'integer'),
  col('unlinked', 'Zonder koppeling', 'Without case link', 'integer'),
  col('p50WorkingDays', 'Mediaan (werkdagen)', 'Median (working days)', 'decimal'),
  col('p90WorkingDays', 'P90 (werkdagen)', 'P90 (working days)', 'decimal'),
  col('withinNormPct', 'Binnen norm (%)', 'Within norm (%)', 'percent'),
  col('targetMet', 'Norm gehaald', 'Target met', 'boolean'),
];

/**
 * How the vacancy report groups its rows.
 *
 * @public
 */
export const VacancyGrouping = z
  .enum(['none', 'region', 'employer', 'period'])
  .meta({ id: 'VacancyGrouping', title: 'Groepering vacatures' });
/** @public */
export type VacancyGrouping = z.infer<typeof VacancyGrouping>;

/**
 * One row of the vacancy report.
 *
 * @public
 */
export const VacancyRow = z
  .object({
    group: z.string().nullable().describe('AM code, KvK number or period of receipt; null in the totals.'),
    received: z.int().describe('Vacancies received in the period.'),
    open: z.int().describe('Still open on the report date (RECEIVED … PARTIALLY_FILLED).'),
    filled: z.int().describe('FILLED, or CLOSED after being filled.'),
    notFilled: z.int().describe('WITHDRAWN, EXPIRED, or CLOSED without being filled.'),
    openPastNorm: z.int().describe('Open and older than the norm in working days.'),
    places: z.int().describe('Places offered (numberOfPlaces).'),
    p50WorkingDaysToFill: nullableNumber('Median working days from receipt to FILLED; null when none was filled.'),
    p90WorkingDaysToFill: nullableNumber('90th percentile of working days from receipt to FILLED.'),
  })
  .meta({ id: 'VacancyRow', title: 'Vacatures per groep' });
/** @public */
export type VacancyRow = z.infer<typeof VacancyRow>;

/**
 * Vacatures (`GET /v1/reports/vacancies`): open, filled and not filled, open past a norm and
 * time to fill, over the vacancies the caller may see that were received in the period.
 *
 * @public
 */
export const VacancyReport = z
  .object({
    report: z.literal('vacancies'),
    indicative: INDICATIVE,
    note: z.string(),
    period: z.object({ from: z.iso.date(), to: z.iso.date() }).describe('Vacancies received in this period.'),
    asOf: z.iso.date(),
    groupBy: VacancyGrouping,
    periodUnit: ReportPeriodUnit,
    normWorkingDays: z.int().describe('An open vacancy older than this (working days since receipt) is past the norm.'),
    calendarId: z.string().describe('Working-day calendar used.'),
    columns: z.array(ReportColumn),
    rows: z.array(VacancyRow),
    totals: VacancyRow,
  })
  .meta({ id: 'VacancyReport', title: 'Vacatures', description: 'Open, filled and unfilled vacancies and time to fill.' });
/** @public */
export type VacancyReport = z.infer<typeof VacancyReport>;

/** @public */
export const VACANCY_COLUMNS: readonly ReportColumn[] = [
  col('group', 'Groep', 'Group', 'text'),
  col('received', 'Ontvangen', 'Received', 'integer'),
  col('open', 'Open', 'Open', 'integer'),
  col('filled', 'Vervuld', 'Filled', 'integer'),
  col('notFilled', 'Niet vervuld', 'Not filled', 'integer'),
  col('openPastNorm', 'Open na norm', 'Open past norm', 'integer'),
  col('places', 'Plaatsen', 'Places', 'integer'),
  col('p50WorkingDaysToFill', 'Mediaan tijd tot vervulling (werkdagen)', 'Median time to fill (working days)', 'decimal'),
  col('p90WorkingDaysToFill', 'P90 tijd tot vervulling (werkdagen)', 'P90 time to fill (working days)', 'decimal'),
];

/**
 * One row of the balance report: placements of one candidate source and basis.
 *
 * @public
 */
export const BalanceRow = z
  .object({
    candidateSource: CandidateSource.describe('Party that sourced the candidate.'),
    basis: TargetGroupBasis.nullable().describe('Target-group basis; null when not recorded.'),
    placements: z.int().describe('Placements that started in the period on a vacancy without preference.'),
    sharePct: z.number().describe('Share of all such placements, one decimal.'),
  })
  .meta({ id: 'BalanceRow', title: 'Balans per herkomst en grondslag' });
/** @public */
export type BalanceRow = z.infer<typeof BalanceRow>;

/**
 * Share per candidate source or basis, with the plans' intended share when they state one.
 *
 * @public
 */
export const BalanceShare = z
  .object({
    key: z.string().describe('Candidate source or basis.'),
    placements: z.int(),
    sharePct: z.number().describe('Actual share, one decimal.'),
    intendedSharePct: z
      .number()
      .nullable()
      .describe("Intended share from the execution plans' intendedBalance; null when no plan states one."),
  })
  .meta({ id: 'BalanceShare', title: 'Aandeel' });
/** @public */
export type BalanceShare = z.infer<typeof BalanceShare>;

/**
 * Balans (`GET /v1/reports/balance`, Rotterdam model, brief §3.5): placements on vacancies with
 * no target-group preference, by candidate source and basis, against the intended balance of
 * the execution plans. A report, never a rule: quality and fit come first.
 *
 * @public
 */
export const BalanceReport = z
  .object({
    report: z.literal('balance'),
    indicative: INDICATIVE,
    note: z.string(),
    period: z.object({ from: z.iso.date(), to: z.iso.date() }).describe('Placements that started in this period.'),
    columns: z.array(ReportColumn),
    rows: z.array(BalanceRow),
    bySource: z.array(BalanceShare),
    byBasis: z.array(BalanceShare),
    total: z.int().describe('Placements on vacancies without preference.'),
    excluded: z
      .object({
        withPreference: z.int().describe('Placements on a vacancy with a target-group preference.'),
        withoutVacancy: z.int().describe('Placements linked to no vacancy (or one you may not see) and without a copied preference.'),
      })
      .describe('Placements in the period that the balance leaves out.'),
  })
  .meta({
    id: 'BalanceReport',
    title: 'Balans doelgroepen',
    description: 'Placements on vacancies without preference, by candidate source and basis.',
  });
/** @public */
export type BalanceReport = z.infer<typeof BalanceReport>;

/** @public */
export const BALANCE_COLUMNS: readonly ReportColumn[] = [
  col('candidateSource', 'Herkomst kandidaat', 'Candidate source', 'text'),
  col('basis', 'Grondslag', 'Basis', 'text'),
  col('placements', 'Plaatsingen', 'Placements', 'integer'),
  col('sharePct', 'Aandeel (%)', 'Share (%)', 'percent'),
];

/**
 * Columns of the progress report (`ProgressReport`), in download order.
 *
 * @public
 */
export const PROGRESS_COLUMNS: readonly ReportColumn[] = [
  col('key', 'Groep', 'Group', 'text'),
  col('jobEquivalents', 'Baanequivalenten', 'Job equivalents', 'decimal'),
  col('placements', 'Plaatsingen', 'Placements', 'integer'),
  col('paidHours', 'Verloonde uren', 'Paid hours', 'decimal'),
  col('contractHours', 'Contracturen (zonder declaratie)', 'Contract hours (no declaration)', 'decimal'),
  col('target', 'Taakstelling', 'Target', 'decimal'),
  col('progressPct', 'Voortgang (%)', 'Progress (%)', 'percent'),
];
