import type { ReportPeriodUnit } from '@banenafspraak/core';
import type { AccessScope } from '../policy.js';
import { shiftDate, workingDayNumbers } from './calendars.js';
import type { SteeringQuery } from './query.js';

/**
 * The steering reports as SQL: vacancies, balance and progress over the typed report facts
 * (`vacancy_facts`, `placement_facts`, `declaration_facts`, ADR 0025), lead times over the
 * process-event facts (`process_event_facts`, ADR 0027), agreements and harmonisation over the
 * `records` JSONB table: aggregates only, so a report reads no document into Node. Plain
 * PostgreSQL 15 that PGlite runs too.
 * Every statement limits rows with {@link visible}, the same tenant and confidentiality
 * condition as a list of records; {@link ../steering/figures.ts} is the same semantics in
 * TypeScript for the in-memory storage, and a test keeps the two equal.
 */

/** Collects positional parameters for one statement. */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Rows of table `alias` (records, outbox_events or a facts table) the scope may list: tenants and ceiling. */
export function visible(scope: AccessScope, p: SqlParams, alias: string): string {
  if (scope.kind === 'none') return 'false';
  const ceiling = `${alias}.confidentiality_rank <= ${p.add(scope.ceilingRank)}`;
  if (scope.kind === 'all') return ceiling;
  return `(${alias}.employers && ${p.add(scope.employers)}::text[] OR ${alias}.regions && ${p.add(scope.regions)}::text[]) AND ${ceiling}`;
}

/**
 * The calendars over the window as one row each: `n[i]` counts the working days up to and
 * including day i of the window (so working days in (a, b] are n(b) − n(a)), `next[i]` is the
 * first working day after it (for the cut-off hour), both looked up by day offset
 * ({@link dayIndex}) rather than joined per row.
 */
function calendarCte(
  calendars: readonly { id: string; holidays: readonly string[]; cutoffHour?: number }[],
  window: { from: string; to: string },
  p: SqlParams,
): string {
  const rows = calendars.map((c) => {
    const n = workingDayNumbers(c, window);
    const days = n.map((_, i) => shiftDate(window.from, i));
    const next: (string | null)[] = [];
    for (let i = n.length - 1, following: string | null = null; i >= 0; i--) {
      next[i] = following;
      if (n[i] !== (i === 0 ? 0 : n[i - 1])) following = days[i] ?? null;
    }
    return { id: c.id, cutoff: c.cutoffHour ?? null, n, next };
  });
  return `cal AS (
    SELECT * FROM jsonb_to_recordset(${p.add(JSON.stringify(rows))}::jsonb) AS c(id text, cutoff int, n int[], next date[])
  )`;
}

/** The 1-based subscript of a date in the window's calendar arrays (NULL elements outside it). */
const dayIndex = (dateExpr: string, windowFrom: string) => `(${dateExpr} - ${windowFrom}::date + 1)`;

/** Group key of a date by period unit: 2026-03, 2026-Q1 or 2026. */
function periodKey(dateExpr: string, unit: ReportPeriodUnit): string {
  if (unit === 'MONTH') return `to_char(${dateExpr}, 'YYYY-MM')`;
  if (unit === 'YEAR') return `to_char(${dateExpr}, 'YYYY')`;
  return `to_char(${dateExpr}, 'YYYY"-Q"Q')`;
}

/**
 * The lead-time agreements of the working arrangements in force or agreed in the period, of
 * the partnerships the scope may see; one row per agreement with where it applies.
 */
export function measureApplicationsSql(scope: AccessScope, query: { from: string; to: string }): { text: string; values: unknown[] } {
  const p = new SqlParams();
  const text = `SELECT r.document #>> '{employer,kvkNumber}' AS employer,
      CASE WHEN pa.value ? 'region' THEN jsonb_build_array(pa.value ->> 'region') ELSE COALESCE(w.value -> 'regions', '[]'::jsonb) END AS regions,
      pa.value ->> 'fromEvent' AS from_event, pa.value ->> 'toEvent' AS to_event, pa.value ->> 'obligor' AS obligor,
      COALESCE(w.value ->> 'calendarId', 'NL_COMMON_CAO') AS calendar_id,
      (pa.value ->> 'targetWorkingDays')::int AS target_working_days,
      COALESCE((pa.value ->> 'targetSharePct')::float8, 100) AS target_share_pct
    FROM records r
    CROSS JOIN LATERAL jsonb_array_elements(COALESCE(r.document -> 'workingArrangements', '[]'::jsonb)) AS w
    CROSS JOIN LATERAL jsonb_array_elements(COALESCE(w.value -> 'performanceAgreements', '[]'::jsonb)) AS pa
    WHERE r.collection = 'partnership-agreements' AND ${visible(scope, p, 'r')}
      AND r.document #>> '{employer,kvkNumber}' IS NOT NULL
      AND w.value ->> 'status' IN ('AGREED', 'IN_FORCE')
      AND w.value ->> 'validFrom' <= ${p.add(query.to)}
      AND (w.value ->> 'validTo' IS NULL OR w.value ->> 'validTo' >= ${p.add(query.from)})
      AND pa.value ->> 'metric' = 'LEAD_TIME'
      AND pa.value ? 'fromEvent' AND pa.value ? 'toEvent' AND pa.value ? 'targetWorkingDays'`;
  return { text, values: p.values };
}

/** One row per measure application, with the index of its distinct measure. */
export interface MeasureParam {
  readonly mi: number;
  readonly employer: string;
  readonly regions: readonly string[];
  readonly fromEvent: string;
  readonly toEvent: string;
  readonly calendarId: string;
  readonly target: number;
}

/**
 * Lead-time cases per measure and group, with GROUPING SETS for the per-measure totals, from the
 * process-event facts (ADR 0027). A case is a record that raised the start event (its earliest
 * visible occurrence over all time, among the events of the employer and regions the agreement
 * applies to), paired with the earliest later stop event of the same case (same link on the
 * start event's first link key), as core's `measureProcessLeadTimes` pairs them. Only starts
 * that can count from a day in the period are read; each is checked against the case's earlier
 * starts and looked up with its first stop, both by index.
 */
export function leadTimeSql(
  scope: AccessScope,
  query: Extract<SteeringQuery, { report: 'lead-times' }>,
  measures: readonly MeasureParam[],
): { text: string; values: unknown[] } {
  const p = new SqlParams();
  const group =
    query.groupBy === 'region'
      ? 's.region'
      : query.groupBy === 'employer'
        ? 's.employer'
        : query.groupBy === 'period'
          ? periodKey('s.from_date', query.periodUnit)
          : 'NULL::text';
  const asOf = `${p.add(query.asOf)}::date`;
  const w0 = p.add(query.window.from);
  const at = (dateExpr: string) => dayIndex(dateExpr, w0);
  const text = `WITH ${calendarCte(query.calendars, query.window, p)},
  m AS (
    SELECT * FROM jsonb_to_recordset(${p.add(JSON.stringify(measures))}::jsonb)
      AS x(mi int, employer text, regions text[], "fromEvent" text, "toEvent" text, "calendarId" text, target int)
  ),
  -- Starts that may count from a day in the period: the day a start counts from is its local
  -- date or, past the cut-off hour, a later one, so its local date lies between the window's
  -- first day (earlier days have no working-day number) and the period's end or the measurement
  -- date, whichever is first.
  cand AS (
    SELECT f.seq, f.code, f.case_key, f.case_val, f.ts, f.local_date, f.local_hour, f.employers, f.regions
    FROM process_event_facts f
    WHERE f.code = ANY (${p.add([...new Set(measures.map((m) => m.fromEvent))])}::text[]) AND (f.first_key OR f.case_key IS NULL)
      AND f.local_date BETWEEN ${w0}::date AND LEAST(${p.add(query.to)}::date, ${asOf}) AND ${visible(scope, p, 'f')}
  ),
  -- One row per employer of a start, materialised so the measures join it by hash on employer
  -- and event together (the planner cannot estimate an unnest, and joined on the event alone).
  cand_employer AS MATERIALIZED (
    SELECT c.*, e.employer FROM cand c CROSS JOIN LATERAL unnest(c.employers) AS e(employer)
  ),
  -- Each start under each application of its measure (the region of its group only when grouped by region).
  start_rows AS (
    SELECT m.mi, m."calendarId" AS calendar_id, m.target, m."toEvent" AS to_event, c.employer, c.case_key AS key, c.case_val AS val,
      c.code, c.ts, c.seq, c.local_date, c.local_hour,
      ${query.groupBy === 'region' ? '(SELECT min(r) FROM unnest(c.regions) AS r WHERE r = ANY (m.regions))' : 'NULL::text'} AS region
    FROM cand_employer c
    JOIN m ON m.employer = c.employer AND m."fromEvent" = c.code AND c.regions && m.regions
  ),
  -- A case's first start: no earlier start of the case (same code, same first link) that the
  -- caller sees and an application of the measure covers, at any time. What remains per case is
  -- one event, under one or more applications of the measure: the lowest employer's counts
  -- (grouped by hash; every other column is the event's or the measure's).
  first_start AS (
    SELECT s.mi, s.key, s.val, s.ts, s.seq, s.local_date, s.local_hour, s.calendar_id, s.target, s.to_event,
      min(s.employer) AS employer, (array_agg(s.region ORDER BY s.employer, s.region))[1] AS region
    FROM start_rows s
    WHERE s.key IS NOT NULL AND NOT EXISTS (
      SELECT 1 FROM process_event_facts e
      WHERE e.case_key = s.key AND e.case_val = s.val AND e.code = s.code AND e.first_key
        AND (e.ts, e.seq) < (s.ts, s.seq) AND ${visible(scope, p, 'e')}
        AND EXISTS (SELECT 1 FROM m WHERE m.mi = s.mi AND m.employer = ANY (e.employers) AND m.regions && e.regions)
    )
    GROUP BY s.mi, s.key, s.val, s.ts, s.seq, s.local_date, s.local_hour, s.calendar_id, s.target, s.to_event
  ),
  -- Start events with no case link form no case; one row per event and measure, so they are counted.
  unlinked AS (
    SELECT DISTINCT ON (mi, seq) mi, calendar_id, target, employer, region, local_date, local_hour
    FROM start_rows WHERE key IS NULL ORDER BY mi, seq, employer
  ),
  -- A case's stop: the earliest stop event the caller sees on the same link, not before the start.
  paired AS (
    SELECT fs.mi, fs.calendar_id, fs.target, fs.employer, fs.region, fs.local_date, fs.local_hour,
      st.local_date AS stop_date, st.local_hour AS stop_hour, false AS unlinked
    FROM first_start fs
    LEFT JOIN LATERAL (
      SELECT e.local_date, e.local_hour FROM process_event_facts e
      WHERE e.case_key = fs.key AND e.case_val = fs.val AND e.code = fs.to_event AND e.ts >= fs.ts AND ${visible(scope, p, 'e')}
      ORDER BY e.ts LIMIT 1
    ) AS st ON true
    UNION ALL
    SELECT mi, calendar_id, target, employer, region, local_date, local_hour, NULL::date, NULL::smallint, true FROM unlinked
  ),
  -- A start outside the window counts from no day (dropped); a late event moves to the next working day.
  s AS (
    SELECT f.*, cal.n, cal.next,
      CASE WHEN cal.cutoff IS NOT NULL AND f.local_hour >= cal.cutoff THEN cal.next[${at('f.local_date')}] ELSE f.local_date END AS from_date
    FROM paired f JOIN cal ON cal.id = f.calendar_id
    WHERE cal.n[${at('f.local_date')}] IS NOT NULL
  ),
  c AS (
    SELECT s.*, ${group} AS grp, s.n[${at('s.from_date')}] AS n_from, s.n[${at(asOf)}] AS n_asof,
      CASE WHEN s.stop_date IS NULL THEN NULL
           WHEN cal.cutoff IS NOT NULL AND s.n[${at('s.stop_date')}] IS NOT NULL AND s.stop_hour >= cal.cutoff
             THEN s.next[${at('s.stop_date')}]
           ELSE s.stop_date END AS to_date
    FROM s JOIN cal ON cal.id = s.calendar_id
    WHERE s.n[${at('s.from_date')}] IS NOT NULL AND s.n[${at(asOf)}] IS NOT NULL
      AND s.from_date BETWEEN ${p.add(query.from)}::date AND ${p.add(query.to)}::date AND s.from_date <= ${asOf}
  ),
  cs AS (
    SELECT c.*, COALESCE(c.to_date < c.from_date, false) AS invalid, COALESCE(c.to_date >= c.from_date AND c.to_date <= ${asOf}, false) AS closed FROM c
  ),
  k AS (
    SELECT cs.mi, cs.grp, cs.target, cs.closed, cs.invalid, cs.unlinked,
      CASE WHEN cs.closed THEN cs.n[${at('cs.to_date')}] - cs.n_from ELSE cs.n_asof - cs.n_from END AS days
    FROM cs
  )
  SELECT mi, grp, GROUPING(grp) AS total,
    count(*) FILTER (WHERE NOT unlinked) AS cases,
    count(*) FILTER (WHERE closed) AS closed,
    count(*) FILTER (WHERE closed AND days <= target) AS met,
    count(*) FILTER (WHERE NOT unlinked AND NOT invalid AND days > target) AS not_met,
    count(*) FILTER (WHERE NOT unlinked AND NOT closed AND NOT invalid AND days <= target) AS open,
    count(*) FILTER (WHERE invalid) AS invalid,
    count(*) FILTER (WHERE unlinked) AS unlinked,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY days) FILTER (WHERE closed) AS p50,
    percentile_cont(0.9) WITHIN GROUP (ORDER BY days) FILTER (WHERE closed) AS p90
  FROM k
  GROUP BY GROUPING SETS ((mi, grp), (mi))
  ORDER BY mi, total DESC, grp`;
  return { text, values: p.values };
}

const OPEN_VACANCY = `('RECEIVED', 'SOURCING', 'CANDIDATES_PROPOSED', 'PARTIALLY_FILLED')`;

/**
 * The working-day number of a date expression: a subscript into the window's numbers (one per
 * day, `workingDayNumbers`), NULL outside the window. A lookup per row, where a calendar table
 * joined per row made the planner loop.
 */
function workingDayOf(numbers: string, windowFrom: string) {
  return (dateExpr: string) => `(${numbers}::int[])[${dateExpr} - ${windowFrom}::date + 1]`;
}

/**
 * Vacancies received in the period: by status, open past the norm on `asOf`, and working days
 * from receipt to the first FILLED transition (time to fill), from the vacancy facts.
 */
export function vacancySql(
  scope: AccessScope,
  query: Extract<SteeringQuery, { report: 'vacancies' }>,
): { text: string; values: unknown[] } {
  const p = new SqlParams();
  const group =
    query.groupBy === 'region'
      ? `COALESCE(v.region, 'UNKNOWN')`
      : query.groupBy === 'employer'
        ? `COALESCE(v.employer, 'UNKNOWN')`
        : query.groupBy === 'period'
          ? periodKey('v.received_date', query.periodUnit)
          : 'NULL::text';
  const n = workingDayOf(p.add(workingDayNumbers(query.calendar, query.window)), p.add(query.window.from));
  const asOf = `${p.add(query.asOf)}::date`;
  // Time to fill is a small whole number of working days: its percentiles come from a count per
  // value (a hash aggregate), interpolated as percentile_cont does, instead of sorting every row.
  const percentile = (f: number) =>
    `(min(to_fill) FILTER (WHERE upto > floor(${f}::float8 * (n - 1))))::float8
      + ((${f}::float8 * (n - 1)) - floor(${f}::float8 * (n - 1)))
        * ((min(to_fill) FILTER (WHERE upto > ceil(${f}::float8 * (n - 1))))::float8 - (min(to_fill) FILTER (WHERE upto > floor(${f}::float8 * (n - 1))))::float8)`;
  const text = `WITH k AS (
    SELECT ${group} AS grp, v.status, v.places, v.filled_date, v.status IN ${OPEN_VACANCY} AS is_open,
      ${n(asOf)} - ${n('v.received_date')} AS age, ${n('v.filled_date')} - ${n('v.received_date')} AS to_fill
    FROM vacancy_facts v
    WHERE ${visible(scope, p, 'v')} AND v.status <> 'DRAFT'
      AND v.received_date BETWEEN ${p.add(query.from)}::date AND ${p.add(query.to)}::date
  ),
  counts AS (
    SELECT grp, GROUPING(grp) AS total,
      count(*) AS received,
      count(*) FILTER (WHERE is_open) AS open,
      count(*) FILTER (WHERE status = 'FILLED' OR status = 'CLOSED' AND filled_date IS NOT NULL) AS filled,
      count(*) FILTER (WHERE status IN ('WITHDRAWN', 'EXPIRED') OR status = 'CLOSED' AND filled_date IS NULL) AS not_filled,
      count(*) FILTER (WHERE is_open AND age > ${p.add(query.normWorkingDays)}) AS open_past_norm,
      COALESCE(sum(places), 0) AS places
    FROM k GROUP BY GROUPING SETS ((grp), ())
  ),
  hist AS (
    SELECT grp, GROUPING(grp) AS total, to_fill, count(*) AS c FROM k WHERE to_fill IS NOT NULL
    GROUP BY GROUPING SETS ((grp, to_fill), (to_fill))
  ),
  cum AS (
    SELECT grp, total, to_fill, sum(c) OVER (PARTITION BY grp, total ORDER BY to_fill) AS upto, sum(c) OVER (PARTITION BY grp, total)::float8 AS n
    FROM hist
  ),
  pct AS (
    SELECT grp, total, ${percentile(0.5)} AS p50, ${percentile(0.9)} AS p90 FROM cum GROUP BY grp, total, n
  )
  SELECT c.*, pct.p50, pct.p90
  FROM counts c LEFT JOIN pct ON pct.total = c.total AND pct.grp IS NOT DISTINCT FROM c.grp
  ORDER BY c.total DESC, c.grp`;
  return { text, values: p.values };
}

const STARTED_PLACEMENT = `('ACTIVE', 'ENDED', 'CONVERTED')`;

/**
 * Placements that started in the period, by whether their vacancy had no preference (the
 * placement's copied `vacancyPreference`, else the linked vacancy's), candidate source and basis,
 * from the placement and vacancy facts.
 */
export function balanceSql(scope: AccessScope, query: Extract<SteeringQuery, { report: 'balance' }>): { text: string; values: unknown[] } {
  const p = new SqlParams();
  // Placements are counted per preference, source and basis first (a hash aggregate over the
  // period index); the linked vacancy is looked up only for those without a copied preference,
  // once per vacancy (COALESCE stops at its first non-null argument): by key, not a join of
  // every vacancy.
  const text = `SELECT COALESCE(b.preference,
        (SELECT v.preference FROM vacancy_facts v WHERE v.id = b.vacancy_id AND ${visible(scope, p, 'v')}), 'withoutVacancy') AS category,
      b.candidate_source, b.basis, sum(b.placements)::bigint AS placements
    FROM (
      SELECT pl.preference, CASE WHEN pl.preference IS NULL THEN pl.vacancy_id END AS vacancy_id, pl.candidate_source,
        COALESCE(pl.basis, 'UNKNOWN') AS basis, count(*) AS placements
      FROM placement_facts pl
      WHERE ${visible(scope, p, 'pl')} AND pl.status IN ${STARTED_PLACEMENT}
        AND pl.start_date BETWEEN ${p.add(query.from)}::date AND ${p.add(query.to)}::date
      GROUP BY 1, 2, 3, 4
    ) AS b
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
  return { text, values: p.values };
}

/** Intended shares stated by the execution plans active in the period. */
export function intendedBalanceSql(scope: AccessScope, query: { from: string; to: string }): { text: string; values: unknown[] } {
  const p = new SqlParams();
  const text = `SELECT CASE WHEN b.value ? 'candidateSource' THEN 'candidateSource' ELSE 'basis' END AS kind,
      COALESCE(b.value ->> 'candidateSource', b.value ->> 'basis') AS key, avg((b.value ->> 'sharePct')::float8) AS share_pct
    FROM records r CROSS JOIN LATERAL jsonb_array_elements(COALESCE(r.document -> 'intendedBalance', '[]'::jsonb)) AS b
    WHERE r.collection = 'execution-plans' AND ${visible(scope, p, 'r')}
      AND (r.period_from IS NULL OR r.period_from <= ${p.add(query.to)}::date) AND (r.period_to IS NULL OR r.period_to >= ${p.add(query.from)}::date)
      AND (b.value ? 'candidateSource' OR b.value ? 'basis')
    GROUP BY 1, 2 ORDER BY 1, 2`;
  return { text, values: p.values };
}

/**
 * Progress in hours per group: per counting placement, the paid hours its declarations
 * (SUBMITTED, APPROVED or PAID; a corrected one is CORRECTED) report for the days of the period
 * they cover, pro rata, plus contract hours for the active days no declaration covers (CNT-001).
 * Targets: JOB_EQUIVALENTS targets of the plans in the period, for the years it spans.
 */
export function progressSql(
  scope: AccessScope,
  query: Extract<SteeringQuery, { report: 'progress' }>,
): { text: string; values: unknown[] } {
  const p = new SqlParams();
  const from = `${p.add(query.from)}::date`;
  const to = `${p.add(query.to)}::date`;
  const residence = query.groupBy === 'region' && query.regionAttribution === 'residence';
  const placementKey = {
    region: residence ? `COALESCE(mr.am, 'UNKNOWN')` : `COALESCE(pl.region, 'UNKNOWN')`,
    employer: `COALESCE(pl.counting_kvk, 'UNKNOWN')`,
    sector: `COALESCE(se.sector, 'UNKNOWN')`,
    payrollTaxNumber: `COALESCE(pl.counting_payroll_tax_number, 'UNKNOWN')`,
    plan: `COALESCE(pl.plan_id, 'UNKNOWN')`,
    establishment: `COALESCE(pl.counting_establishment, 'UNKNOWN')`,
  }[query.groupBy];
  const keyJoin = residence
    ? 'LEFT JOIN mr ON mr.gm = pl.residence_municipality'
    : query.groupBy === 'sector'
      ? 'LEFT JOIN se ON se.kvk = pl.counting_kvk'
      : '';
  const targetKey = {
    region: `COALESCE(t.value ->> 'region', pp.d #>> '{scope,regions,0}')`,
    employer: `COALESCE((SELECT pe.kvk FROM pe WHERE pe.id = pp.d ->> 'partnershipId'), 'UNKNOWN')`,
    sector: `COALESCE((SELECT se.sector FROM se WHERE se.kvk = (SELECT pe.kvk FROM pe WHERE pe.id = pp.d ->> 'partnershipId')), 'UNKNOWN')`,
    payrollTaxNumber: 'NULL::text',
    plan: 'pp.id::text',
    establishment: `t.value ->> 'establishment'`,
  }[query.groupBy];
  const text = `WITH mr AS (
    SELECT * FROM unnest(${p.add(query.municipalityRegions.map(([gm]) => gm))}::text[], ${p.add(query.municipalityRegions.map(([, am]) => am))}::text[]) AS x(gm, am)
  ),
  pe AS (
    SELECT r.id::text AS id, r.document #>> '{employer,kvkNumber}' AS kvk, r.document #>> '{employer,sector}' AS sector
    FROM records r WHERE r.collection = 'partnership-agreements' AND ${visible(scope, p, 'r')}
  ),
  se AS (SELECT kvk, min(sector) AS sector FROM pe WHERE kvk IS NOT NULL GROUP BY kvk),
  dec AS (
    SELECT d.placement_id,
      sum(d.paid_hours * (LEAST(d.period_to, ${to}) - GREATEST(d.period_from, ${from}) + 1) / (d.period_to - d.period_from + 1)) AS paid,
      sum(LEAST(d.period_to, ${to}) - GREATEST(d.period_from, ${from}) + 1) AS covered
    FROM declaration_facts d
    WHERE ${visible(scope, p, 'd')} AND d.status IN ('SUBMITTED', 'APPROVED', 'PAID') AND d.period_from <= ${to} AND d.period_to >= ${from}
    GROUP BY 1
  ),
  -- One pass over the placements in the period, summed per category and group key: the
  -- category is computed once per placement (as a grouping key), not in a filter per sum.
  h AS (
    SELECT CASE WHEN pl.type = ANY (${p.add(query.unpaidTypes)}::text[]) THEN 'unpaid'
        WHEN pl.basis = ANY (${p.add(query.countingBases)}::text[]) THEN 'counts' ELSE 'noBasis' END AS category,
      ${placementKey} AS key, count(*) AS placements, COALESCE(sum(dec.paid), 0) AS paid,
      sum(pl.hours_per_week * GREATEST((pl.e - pl.s + 1) - COALESCE(dec.covered, 0), 0)) AS contract_hour_days
    FROM (
      SELECT pf.id, pf.type, pf.basis, pf.region, pf.residence_municipality, pf.counting_kvk, pf.counting_payroll_tax_number,
        pf.counting_establishment, pf.plan_id, pf.hours_per_week,
        GREATEST(pf.start_date, ${from}) AS s, LEAST(COALESCE(pf.end_date, ${to}), ${to}) AS e
      FROM placement_facts pf
      WHERE ${visible(scope, p, 'pf')} AND pf.status IN ${STARTED_PLACEMENT} AND pf.start_date IS NOT NULL
        -- Implied by e >= s below; written out so placement_facts_progress finds the rows (index only).
        AND COALESCE(pf.end_date, 'infinity'::date) >= ${from} AND pf.start_date <= ${to}
        AND (pf.record_period_from IS NULL OR pf.record_period_from <= ${to}) AND (pf.record_period_to IS NULL OR pf.record_period_to >= ${from})
    ) AS pl
    LEFT JOIN dec ON dec.placement_id = pl.id ${keyJoin}
    WHERE pl.e >= pl.s
    GROUP BY 1, 2
  ),
  per_key AS (
    SELECT key, COALESCE(sum(placements) FILTER (WHERE category = 'counts'), 0)::bigint AS placements,
      sum(paid) FILTER (WHERE category = 'counts') AS paid_hours, sum(contract_hour_days) FILTER (WHERE category = 'counts') / 7 AS contract_hours,
      COALESCE(sum(placements) FILTER (WHERE category = 'unpaid'), 0)::bigint AS unpaid,
      COALESCE(sum(placements) FILTER (WHERE category = 'noBasis'), 0)::bigint AS no_basis
    FROM h GROUP BY key
  ),
  achieved AS (SELECT key, placements, paid_hours, contract_hours FROM per_key WHERE placements > 0),
  pp AS (
    SELECT r.id, r.document AS d FROM records r
    WHERE r.collection = 'execution-plans' AND ${visible(scope, p, 'r')}
      AND (r.period_from IS NULL OR r.period_from <= ${to}) AND (r.period_to IS NULL OR r.period_to >= ${from})
  ),
  targets AS (
    SELECT ${targetKey} AS key, sum((t.value ->> 'value')::numeric) AS target
    FROM pp CROSS JOIN LATERAL jsonb_array_elements(COALESCE(pp.d -> 'targets', '[]'::jsonb)) AS t
    WHERE t.value ->> 'unit' = 'JOB_EQUIVALENTS'
      AND (t.value ->> 'year')::int BETWEEN extract(year FROM ${from})::int AND extract(year FROM ${to})::int
    GROUP BY 1
  ),
  excluded AS (SELECT COALESCE(sum(unpaid), 0) AS unpaid, COALESCE(sum(no_basis), 0) AS no_basis FROM per_key)
  SELECT COALESCE(a.key, t.key) AS key, COALESCE(a.placements, 0) AS placements,
    COALESCE(a.paid_hours, 0)::float8 AS paid_hours, COALESCE(a.contract_hours, 0)::float8 AS contract_hours, t.target::float8 AS target,
    x.unpaid, x.no_basis
  FROM achieved a FULL JOIN (SELECT * FROM targets WHERE key IS NOT NULL) t ON t.key = a.key CROSS JOIN excluded x
  UNION ALL SELECT NULL, 0, 0, 0, NULL, x.unpaid, x.no_basis FROM excluded x
  ORDER BY 1`;
  return { text, values: p.values };
}

/** The parts of an arrangement the harmonisation report compares (plus the region's contacts). */
const COMPARED = ['trialPlacement', 'jobCoaching', 'lksProcess', 'wageValueApproach', 'performanceAgreements', 'delegatedProcesses'];

/**
 * A national employer's partnerships the scope may see: the regions they name, and per region
 * the arrangement in force on `asOf` (AGREED or IN_FORCE, highest version; on a tie the first
 * partnership, then the first arrangement), reduced to the compared parts.
 */
export function harmonisationSql(scope: AccessScope, query: { employer: string; asOf: string }): { text: string; values: unknown[] } {
  const p = new SqlParams();
  const employer = p.add(query.employer);
  const asOf = p.add(query.asOf);
  const text = `WITH own AS (
    SELECT r.seq, r.document AS d FROM records r
    WHERE r.collection = 'partnership-agreements' AND ${visible(scope, p, 'r')}
      AND r.employers @> ARRAY[${employer}::text] AND r.document #>> '{employer,kvkNumber}' = ${employer}
  ),
  named AS (
    SELECT jsonb_array_elements_text(COALESCE(own.d -> 'regions', '[]'::jsonb)) AS region FROM own
    UNION
    SELECT jsonb_array_elements_text(COALESCE(w.value -> 'regions', '[]'::jsonb)) FROM own
      CROSS JOIN LATERAL jsonb_array_elements(COALESCE(own.d -> 'workingArrangements', '[]'::jsonb)) AS w
  ),
  candidates AS (
    SELECT reg.region, w.value AS w, own.seq, w.o
    FROM own
    CROSS JOIN LATERAL jsonb_array_elements(COALESCE(own.d -> 'workingArrangements', '[]'::jsonb)) WITH ORDINALITY AS w(value, o)
    CROSS JOIN LATERAL jsonb_array_elements_text(COALESCE(w.value -> 'regions', '[]'::jsonb)) AS reg(region)
    WHERE w.value ->> 'status' IN ('IN_FORCE', 'AGREED')
      AND (w.value ->> 'validFrom' IS NULL OR w.value ->> 'validFrom' <= ${asOf})
      AND (w.value ->> 'validTo' IS NULL OR w.value ->> 'validTo' >= ${asOf})
  ),
  picked AS (
    SELECT DISTINCT ON (region) region, w FROM candidates
    ORDER BY region, COALESCE((w ->> 'arrangementVersion')::int, 0) DESC, seq, o
  )
  SELECT 'region' AS kind, region, NULL::jsonb AS arrangement, NULL::text AS employer_name FROM named
  UNION ALL
  SELECT 'arrangement', region, jsonb_build_object(${COMPARED.map((k) => `'${k}', w -> '${k}'`).join(', ')},
      'contactPoints', (SELECT COALESCE(jsonb_agg(c.value ORDER BY c.o), '[]'::jsonb)
        FROM jsonb_array_elements(COALESCE(w -> 'contactPoints', '[]'::jsonb)) WITH ORDINALITY AS c(value, o) WHERE c.value ->> 'region' = picked.region)),
    NULL FROM picked
  UNION ALL
  SELECT 'employer', NULL, NULL, (SELECT own.d #>> '{employer,name}' FROM own ORDER BY own.seq LIMIT 1)
  ORDER BY 1, 2`;
  return { text, values: p.values };
}
