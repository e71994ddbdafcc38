import {
  BALANCE_COLUMNS,
  type BalanceReport,
  type BalanceShare,
  HOURS_PER_JOB,
  LEAD_TIME_COLUMNS,
  type LeadTimeReport,
  type LeadTimeRow,
  ProcessEventList,
  type ProgressReport,
  VACANCY_COLUMNS,
  type VacancyReport,
  type VacancyRow,
} from '@banenafspraak/core';
import type { FiguresOf, SteeringQuery } from './query.js';

/** Rounding for display only: figures stay exact until here. */
const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
const roundOrNull = (n: number | null, digits: number) => (n === null ? null : round(n, digits));
const labelOf = (code: string) => ProcessEventList.entries.find((e) => e.code === code)?.labelNl ?? code;

type Q<K extends SteeringQuery['report']> = Extract<SteeringQuery, { report: K }>;

/** The lead-time report from its figures. */
export function buildLeadTimeReport(query: Q<'lead-times'>, figures: FiguresOf<'lead-times'>): LeadTimeReport {
  const known = new Set(query.calendars.map((c) => c.id));
  const row = (a: FiguresOf<'lead-times'>['rows'][number]): LeadTimeRow => {
    const m = figures.measures[a.measure];
    if (!m) throw new Error(`measure ${a.measure} missing`);
    const decided = a.met + a.notMet;
    return {
      fromEvent: m.fromEvent as LeadTimeRow['fromEvent'],
      toEvent: m.toEvent as LeadTimeRow['toEvent'],
      measureNl: `${labelOf(m.fromEvent)} → ${labelOf(m.toEvent)}`,
      obligor: m.obligor as LeadTimeRow['obligor'],
      calendarId: m.calendarId,
      targetWorkingDays: m.targetWorkingDays,
      targetSharePct: m.targetSharePct,
      group: a.total ? null : a.group,
      cases: a.cases,
      closed: a.closed,
      met: a.met,
      notMet: a.notMet,
      open: a.open,
      invalid: a.invalid,
      unlinked: a.unlinked,
      p50WorkingDays: roundOrNull(a.p50, 1),
      p90WorkingDays: roundOrNull(a.p90, 1),
      withinNormPct: decided > 0 ? round((a.met * 100) / decided, 1) : null,
      // Compared without rounding: met / decided ≥ share / 100.
      targetMet: decided > 0 ? a.met * 100 >= m.targetSharePct * decided : null,
    };
  };
  const order = (a: LeadTimeRow, b: LeadTimeRow) => String(a.group).localeCompare(String(b.group));
  return {
    report: 'lead-times',
    indicative: true,
    note: 'Indicatief: doorlooptijden volgens de prestatieafspraken in de werkafspraken die u mag zien, gemeten op de opgeslagen procesgebeurtenissen, in werkdagen van de kalender van de afspraak (Europe/Amsterdam, dag van de gebeurtenis is dag 0). Een geval is een record dat de startgebeurtenis in de periode gaf; lopende gevallen tellen als niet gehaald zodra de norm al is overschreden. Startgebeurtenissen zonder koppeling aan een record staan apart onder "Zonder koppeling".',
    period: { from: query.from, to: query.to },
    asOf: query.asOf,
    groupBy: query.groupBy,
    periodUnit: query.periodUnit,
    columns: [...LEAD_TIME_COLUMNS],
    rows: figures.rows
      .filter((r) => !r.total)
      .map(row)
      .sort((a, b) => a.measureNl.localeCompare(b.measureNl) || order(a, b)),
    totals: figures.rows
      .filter((r) => r.total)
      .map(row)
      .sort((a, b) => a.measureNl.localeCompare(b.measureNl)),
    unmeasured: figures.measures
      .filter((m) => !known.has(m.calendarId))
      .map((m) => ({
        fromEvent: m.fromEvent as LeadTimeRow['fromEvent'],
        toEvent: m.toEvent as LeadTimeRow['toEvent'],
        calendarId: m.calendarId,
        reason: 'UNKNOWN_CALENDAR' as const,
      })),
  };
}

/** The vacancy report from its figures. */
export function buildVacancyReport(query: Q<'vacancies'>, figures: FiguresOf<'vacancies'>): VacancyReport {
  const row = (a: FiguresOf<'vacancies'>['rows'][number]): VacancyRow => ({
    group: a.total ? null : a.group,
    received: a.received,
    open: a.open,
    filled: a.filled,
    notFilled: a.notFilled,
    openPastNorm: a.openPastNorm,
    places: a.places,
    p50WorkingDaysToFill: roundOrNull(a.p50, 1),
    p90WorkingDaysToFill: roundOrNull(a.p90, 1),
  });
  const total = figures.rows.find((r) => r.total);
  return {
    report: 'vacancies',
    indicative: true,
    note: 'Indicatief: vacatures die u mag zien en die in de periode zijn ontvangen, met hun huidige status. Open na norm: nog open en ouder dan de norm in werkdagen op de peildatum. Tijd tot vervulling: werkdagen van ontvangst tot de eerste overgang naar FILLED.',
    period: { from: query.from, to: query.to },
    asOf: query.asOf,
    groupBy: query.groupBy,
    periodUnit: query.periodUnit,
    normWorkingDays: query.normWorkingDays,
    calendarId: query.calendar.id,
    columns: [...VACANCY_COLUMNS],
    rows: figures.rows
      .filter((r) => !r.total)
      .map(row)
      .sort((a, b) => String(a.group).localeCompare(String(b.group))),
    totals: total
      ? row(total)
      : row({ group: null, total: true, received: 0, open: 0, filled: 0, notFilled: 0, openPastNorm: 0, places: 0, p50: null, p90: null }),
  };
}

/** The balance report from its figures. */
export function buildBalanceReport(query: Q<'balance'>, figures: FiguresOf<'balance'>): BalanceReport {
  const total = figures.rows.reduce((s, r) => s + r.placements, 0);
  const share = (n: number) => (total > 0 ? round((n * 100) / total, 1) : 0);
  const shares = (kind: 'candidateSource' | 'basis'): BalanceShare[] => {
    const counts = new Map<string, number>();
    for (const r of figures.rows) counts.set(r[kind], (counts.get(r[kind]) ?? 0) + r.placements);
    for (const i of figures.intended) if (i.kind === kind && !counts.has(i.key)) counts.set(i.key, 0);
    return [...counts.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, placements]) => {
        const intended = figures.intended.find((i) => i.kind === kind && i.key === key);
        return { key, placements, sharePct: share(placements), intendedSharePct: intended ? round(intended.sharePct, 1) : null };
      });
  };
  return {
    report: 'balance',
    indicative: true,
    note: 'Indicatief: plaatsingen die in de periode begonnen op een vacature zonder voorkeur voor een doelgroep (Rotterdams model), naar herkomst van de kandidaat en grondslag, naast de beoogde verdeling in de uitvoeringsplannen. Een signaal, geen regel: kwaliteit en passendheid gaan voor.',
    period: { from: query.from, to: query.to },
    columns: [...BALANCE_COLUMNS],
    rows: figures.rows.map((r) => ({
      ...r,
      // The figures say UNKNOWN for a placement without a recorded basis; the wire says null.
      basis: r.basis === 'UNKNOWN' ? null : (r.basis as BalanceReport['rows'][number]['basis']),
      candidateSource: r.candidateSource as BalanceReport['rows'][number]['candidateSource'],
      sharePct: share(r.placements),
    })),
    bySource: shares('candidateSource'),
    byBasis: shares('basis'),
    total,
    excluded: { withPreference: figures.withPreference, withoutVacancy: figures.withoutVacancy },
  };
}

const DAY = 86_400_000;

/** The progress report (job equivalents from paid hours) from its figures. */
export function buildProgressReport(query: Q<'progress'>, figures: FiguresOf<'progress'>): ProgressReport {
  const periodDays = (Date.parse(`${query.to}T00:00:00Z`) - Date.parse(`${query.from}T00:00:00Z`)) / DAY + 1;
  const hoursPerJobInPeriod = (Number(HOURS_PER_JOB) * periodDays) / 7;
  const rows = [...figures.rows]
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((r) => {
      const jobEquivalents = r.hours / hoursPerJobInPeriod;
      return {
        key: r.key,
        jobEquivalents: round(jobEquivalents, 4),
        placements: r.placements,
        paidHours: round(r.paidHours, 2),
        contractHours: round(r.contractHours, 2),
        ...(r.target !== null
          ? { target: r.target, ...(r.target > 0 ? { progressPct: round((jobEquivalents / r.target) * 100, 1) } : {}) }
          : {}),
      };
    });
  const targetSum = rows.reduce<number | undefined>((s, r) => (r.target === undefined ? s : (s ?? 0) + r.target), undefined);
  return {
    indicative: true,
    note: 'Indicatief: gemiddeld aantal baanequivalenten over de periode (uren / (25,5 × dagen / 7)), bij de inlener, alleen met een grondslag die meetelt. Uren: verloonde uren uit declaraties loonkostensubsidie (naar rato van de dagen in de periode) en contracturen voor de dagen zonder declaratie. De officiële telling is die van UWV.',
    period: { from: query.from, to: query.to },
    groupBy: query.groupBy,
    regionAttribution: query.regionAttribution,
    hoursPerJob: Number(HOURS_PER_JOB),
    rows,
    totals: {
      jobEquivalents: round(
        rows.reduce((s, r) => s + r.jobEquivalents, 0),
        4,
      ),
      placements: rows.reduce((s, r) => s + r.placements, 0),
      paidHours: round(
        rows.reduce((s, r) => s + r.paidHours, 0),
        2,
      ),
      contractHours: round(
        rows.reduce((s, r) => s + r.contractHours, 0),
        2,
      ),
      ...(targetSum !== undefined ? { target: targetSum } : {}),
    },
    excluded: figures.excluded,
  };
}
