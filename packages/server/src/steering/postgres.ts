import { accessScopeOf } from '../policy.js';
import type { Actor } from '../storage/port.js';
import type { SqlExecutor } from '../storage/sql.js';
import { distinctMeasures } from './measures.js';
import type { MeasureApplication, SteeringFigures, SteeringQuery } from './query.js';
import { balanceSql, harmonisationSql, intendedBalanceSql, leadTimeSql, measureApplicationsSql, progressSql, vacancySql } from './sql.js';

type Row = Record<string, unknown>;
// `pg` returns bigint and numeric as strings, PGlite as numbers: parse both the same way.
const num = (v: unknown): number => (typeof v === 'string' ? Number(v) : typeof v === 'bigint' ? Number(v) : Number(v ?? 0));
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : num(v));
const jsonOf = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

/** A steering query run as SQL aggregates on a PostgreSQL (or PGlite) database. */
export async function steeringFiguresSql(db: SqlExecutor, actor: Actor, query: SteeringQuery): Promise<SteeringFigures> {
  const scope = accessScopeOf(actor.principal);
  // A report is a sub-second aggregate: compiling it to machine code (JIT, on by default in
  // PostgreSQL 15 above a cost that a lookup per row reaches) took longer than running it.
  const run = (q: { text: string; values: unknown[] }) =>
    db.transaction(async (tx) => {
      await tx.exec('SET LOCAL jit = off');
      return (await tx.query<Row>(q.text, q.values)).rows;
    });
  switch (query.report) {
    case 'lead-times': {
      const applications: MeasureApplication[] = (await run(measureApplicationsSql(scope, query))).map((r) => ({
        employer: String(r.employer),
        regions: jsonOf<string[]>(r.regions),
        fromEvent: String(r.from_event),
        toEvent: String(r.to_event),
        obligor: String(r.obligor),
        calendarId: String(r.calendar_id),
        targetWorkingDays: num(r.target_working_days),
        targetSharePct: num(r.target_share_pct),
      }));
      const { measures, params } = distinctMeasures(applications);
      const known = new Set(query.calendars.map((c) => c.id));
      const measured = params.filter((m) => known.has(m.calendarId));
      const rows = measured.length === 0 ? [] : await run(leadTimeSql(scope, query, measured));
      return {
        report: 'lead-times',
        measures,
        rows: rows
          .filter((r) => query.groupBy !== 'none' || num(r.total) === 1)
          .map((r) => ({
            measure: num(r.mi),
            group: r.grp === null || r.grp === undefined ? null : String(r.grp),
            total: num(r.total) === 1,
            cases: num(r.cases),
            closed: num(r.closed),
            met: num(r.met),
            notMet: num(r.not_met),
            open: num(r.open),
            invalid: num(r.invalid),
            unlinked: num(r.unlinked),
            p50: numOrNull(r.p50),
            p90: numOrNull(r.p90),
          })),
      };
    }
    case 'vacancies': {
      const rows = await run(vacancySql(scope, query));
      return {
        report: 'vacancies',
        rows: rows
          .filter((r) => query.groupBy !== 'none' || num(r.total) === 1)
          .map((r) => ({
            group: r.grp === null || r.grp === undefined ? null : String(r.grp),
            total: num(r.total) === 1,
            received: num(r.received),
            open: num(r.open),
            filled: num(r.filled),
            notFilled: num(r.not_filled),
            openPastNorm: num(r.open_past_norm),
            places: num(r.places),
            p50: numOrNull(r.p50),
            p90: numOrNull(r.p90),
          })),
      };
    }
    case 'balance': {
      const [rows, intended] = [await run(balanceSql(scope, query)), await run(intendedBalanceSql(scope, query))];
      const sum = (category: string) => rows.filter((r) => r.category === category).reduce((s, r) => s + num(r.placements), 0);
      return {
        report: 'balance',
        rows: rows
          .filter((r) => r.category === 'noPreference')
          .map((r) => ({ candidateSource: String(r.candidate_source), basis: String(r.basis), placements: num(r.placements) })),
        intended: intended.map((r) => ({ kind: r.kind as 'candidateSource' | 'basis', key: String(r.key), sharePct: num(r.share_pct) })),
        withPreference: sum('withPreference'),
        withoutVacancy: sum('withoutVacancy'),
      };
    }
    case 'harmonisation': {
      const rows = await run(harmonisationSql(scope, query));
      const name = rows.find((r) => r.kind === 'employer')?.employer_name;
      return {
        report: 'harmonisation',
        employerName: typeof name === 'string' ? name : null,
        regions: rows
          .filter((r) => r.kind === 'region')
          .map((r) => String(r.region))
          .sort(),
        arrangements: rows
          .filter((r) => r.kind === 'arrangement')
          .map((r) => ({ region: String(r.region), arrangement: jsonOf<Record<string, unknown>>(r.arrangement) }))
          .sort((a, b) => a.region.localeCompare(b.region)),
      };
    }
    case 'progress': {
      const rows = await run(progressSql(scope, query));
      const last = rows[rows.length - 1] ?? {};
      return {
        report: 'progress',
        rows: rows
          .filter((r) => r.key !== null && r.key !== undefined)
          .map((r) => ({
            key: String(r.key),
            placements: num(r.placements),
            paidHours: num(r.paid_hours),
            contractHours: num(r.contract_hours),
            hours: num(r.paid_hours) + num(r.contract_hours),
            target: numOrNull(r.target),
          })),
        excluded: { unpaidType: num(last.unpaid), noCountingBasis: num(last.no_basis) },
      };
    }
  }
}
