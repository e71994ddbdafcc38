import type { LeadTimeGrouping, ReportPeriodUnit, VacancyGrouping } from '@banenafspraak/core';

/**
 * A working-day calendar as the report queries use it: the holidays of the years the report
 * spans (from core's calendar rules) and the cut-off hour.
 *
 * @public
 */
export interface CalendarDays {
  readonly id: string;
  /** ISO dates of the holidays in [from, to] of the query's calendar window. */
  readonly holidays: readonly string[];
  readonly cutoffHour?: number;
}

/**
 * What a storage aggregates for a steering report. Dates are ISO dates; `window` is the span
 * of days the calendars cover (the report period plus margin up to after `asOf`).
 *
 * @public
 */
export type SteeringQuery =
  | {
      readonly report: 'lead-times';
      readonly from: string;
      readonly to: string;
      readonly asOf: string;
      readonly groupBy: LeadTimeGrouping;
      readonly periodUnit: ReportPeriodUnit;
      readonly window: { readonly from: string; readonly to: string };
      readonly calendars: readonly CalendarDays[];
    }
  | {
      readonly report: 'vacancies';
      readonly from: string;
      readonly to: string;
      readonly asOf: string;
      readonly groupBy: VacancyGrouping;
      readonly periodUnit: ReportPeriodUnit;
      readonly normWorkingDays: number;
      readonly window: { readonly from: string; readonly to: string };
      readonly calendar: CalendarDays;
    }
  | { readonly report: 'balance'; readonly from: string; readonly to: string }
  | { readonly report: 'harmonisation'; readonly employer: string; readonly asOf: string }
  | {
      readonly report: 'progress';
      readonly from: string;
      readonly to: string;
      readonly groupBy: 'region' | 'employer' | 'sector' | 'payrollTaxNumber' | 'plan' | 'establishment';
      readonly regionAttribution: 'workplace' | 'residence';
      /** Municipality → labour-market region, for attribution by residence. */
      readonly municipalityRegions: readonly (readonly [string, string])[];
      readonly unpaidTypes: readonly string[];
      readonly countingBases: readonly string[];
    };

/**
 * A lead-time agreement as found in working arrangements the caller may see: the measure and
 * where it applies (the partnership's employer, the arrangement's or agreement's regions).
 *
 * @public
 */
export interface MeasureApplication {
  readonly employer: string;
  readonly regions: readonly string[];
  readonly fromEvent: string;
  readonly toEvent: string;
  readonly obligor: string;
  readonly calendarId: string;
  readonly targetWorkingDays: number;
  readonly targetSharePct: number;
}

/**
 * A distinct measure: agreements with the same events, norm, share, obligor and calendar are
 * measured together.
 *
 * @public
 */
export type MeasureDefinition = Omit<MeasureApplication, 'employer' | 'regions'>;

/**
 * Aggregated cases of one measure (index into the distinct measures) in one group.
 *
 * @public
 */
export interface LeadTimeAggregate {
  readonly measure: number;
  /** Null in the per-measure totals. */
  readonly group: string | null;
  readonly total: boolean;
  readonly cases: number;
  readonly closed: number;
  readonly met: number;
  readonly notMet: number;
  readonly open: number;
  readonly invalid: number;
  /** Start events without a case link (not cases; counted so that none is lost silently). */
  readonly unlinked: number;
  readonly p50: number | null;
  readonly p90: number | null;
}

/** @public */
export interface VacancyAggregate {
  readonly group: string | null;
  readonly total: boolean;
  readonly received: number;
  readonly open: number;
  readonly filled: number;
  readonly notFilled: number;
  readonly openPastNorm: number;
  readonly places: number;
  readonly p50: number | null;
  readonly p90: number | null;
}

/** @public */
export interface BalanceAggregate {
  readonly rows: readonly { readonly candidateSource: string; readonly basis: string; readonly placements: number }[];
  /** Intended shares from execution plans, averaged over the plans that state one. */
  readonly intended: readonly { readonly kind: 'candidateSource' | 'basis'; readonly key: string; readonly sharePct: number }[];
  readonly withPreference: number;
  readonly withoutVacancy: number;
}

/** @public */
export interface ProgressAggregate {
  readonly rows: readonly {
    readonly key: string;
    readonly placements: number;
    readonly paidHours: number;
    readonly contractHours: number;
    /** Hours of all counting placements in the period, paid where declared, contract otherwise. */
    readonly hours: number;
    readonly target: number | null;
  }[];
  readonly excluded: { readonly unpaidType: number; readonly noCountingBasis: number };
}

/**
 * The working arrangements of a national employer per region on a date: for each region the
 * arrangement in force (highest version), reduced to the compared parts and the region's own
 * contact points.
 *
 * @public
 */
export interface HarmonisationAggregate {
  /** Name of the employer as its first partnership states it. */
  readonly employerName: string | null;
  /** Regions of the employer's partnerships and arrangements, sorted. */
  readonly regions: readonly string[];
  readonly arrangements: readonly { readonly region: string; readonly arrangement: Readonly<Record<string, unknown>> }[];
}

/**
 * What a storage returns for a {@link SteeringQuery}.
 *
 * @public
 */
export type SteeringFigures =
  | { readonly report: 'lead-times'; readonly measures: readonly MeasureDefinition[]; readonly rows: readonly LeadTimeAggregate[] }
  | { readonly report: 'vacancies'; readonly rows: readonly VacancyAggregate[] }
  | ({ readonly report: 'balance' } & BalanceAggregate)
  | ({ readonly report: 'progress' } & ProgressAggregate)
  | ({ readonly report: 'harmonisation' } & HarmonisationAggregate);

/** The figures of one report kind. */
export type FiguresOf<K extends SteeringQuery['report']> = Extract<SteeringFigures, { report: K }>;
