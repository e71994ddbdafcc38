import { type ReportPeriodUnit, toLocalDateTime } from '@banenafspraak/core';
import type { StoredDocument as Doc } from '../document.js';
import { distinctMeasures, measureApplicationsOf } from './measures.js';
import { CASE_KEY_LIST } from './process-event-facts.js';
import type {
  BalanceAggregate,
  CalendarDays,
  LeadTimeAggregate,
  ProgressAggregate,
  SteeringFigures,
  SteeringQuery,
  VacancyAggregate,
} from './query.js';

/**
 * The steering reports in TypeScript, over records and events already limited to what the
 * caller may see: the in-memory storage computes its reports with these. The semantics are
 * those of `sql.ts` statement for statement, and a test runs both on the same data.
 */

/** A record as the figures read it. */
export interface FigureRecord {
  readonly collection: string;
  readonly id: string;
  readonly status: string;
  readonly document: Doc;
  readonly periodFrom?: string;
  readonly periodTo?: string;
}

/** An outbox event as the figures read it (its order, the event and its tenants). */
export interface FigureEvent {
  readonly seq: number;
  readonly event: Doc;
  readonly employers: readonly string[];
  readonly regions: readonly string[];
}

const DAY = 86_400_000;
/** The earlier and the later of two ISO dates (strings: not Math.min). */
const earlier = (a: string, b: string) => (a < b ? a : b);
const later = (a: string, b: string) => (a > b ? a : b);
const dayNumber = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY);
const dateOf = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

/** Percentile with linear interpolation, as PostgreSQL's `percentile_cont`. */
export function percentileCont(values: readonly number[], fraction: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = fraction * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

/** Working-day numbering over the window, as the `wd` CTE. */
function workingDayIndex(calendar: CalendarDays, window: { from: string; to: string }) {
  const holidays = new Set(calendar.holidays);
  const n = new Map<string, number>();
  const next = new Map<string, string | null>();
  const days: string[] = [];
  let count = 0;
  for (let d = dayNumber(window.from); d <= dayNumber(window.to); d++) {
    const date = dateOf(d);
    const dow = new Date(d * DAY).getUTCDay();
    if (dow !== 0 && dow !== 6 && !holidays.has(date)) count++;
    n.set(date, count);
    days.push(date);
  }
  for (let i = days.length - 1, following: string | null = null; i >= 0; i--) {
    const date = days[i] as string;
    next.set(date, following);
    const dow = new Date(dayNumber(date) * DAY).getUTCDay();
    if (dow !== 0 && dow !== 6 && !holidays.has(date)) following = date;
  }
  return {
    n: (date: string) => n.get(date),
    /** The date an event counts from (cut-off applied), or undefined outside the window. */
    eventDate(time: string): string | undefined {
      const l = toLocalDateTime(time);
      if (!n.has(l.date)) return undefined;
      return calendar.cutoffHour !== undefined && l.hour >= calendar.cutoffHour ? (next.get(l.date) ?? undefined) : l.date;
    },
  };
}

function periodKey(date: string, unit: ReportPeriodUnit): string {
  if (unit === 'MONTH') return date.slice(0, 7);
  if (unit === 'YEAR') return date.slice(0, 4);
  return `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
}

const CASE_KEYS: readonly string[] = CASE_KEY_LIST;
const time = (e: FigureEvent) => Date.parse(String(e.event.time));
const processEvents = (e: FigureEvent): string[] => e.event.data?.processEvents ?? [];
const byTimeThenSeq = (a: FigureEvent, b: FigureEvent) => time(a) - time(b) || a.seq - b.seq;

/** Rows grouped per key plus one total row, as GROUPING SETS ((key), ()). */
function groupWithTotal<T, R>(
  items: readonly T[],
  keyOf: (t: T) => string | null,
  aggregate: (items: readonly T[], group: string | null, total: boolean) => R,
  withGroups = true,
): R[] {
  const groups = new Map<string | null, T[]>();
  for (const t of items) {
    const k = keyOf(t);
    groups.set(k, [...(groups.get(k) ?? []), t]);
  }
  const keys = [...groups.keys()].sort((a, b) => String(a).localeCompare(String(b)));
  return [aggregate(items, null, true), ...(withGroups ? keys.map((k) => aggregate(groups.get(k) ?? [], k, false)) : [])];
}

function leadTimes(
  query: Extract<SteeringQuery, { report: 'lead-times' }>,
  records: readonly FigureRecord[],
  events: readonly FigureEvent[],
): SteeringFigures {
  const applications = records
    .filter((r) => r.collection === 'partnership-agreements')
    .flatMap((r) => measureApplicationsOf(r.document, query.from, query.to));
  const { measures, params } = distinctMeasures(applications);
  const calendars = new Map(query.calendars.map((c) => [c.id, workingDayIndex(c, query.window)]));
  const measured = params.filter((m) => calendars.has(m.calendarId));
  const firstStarts = new Map<string, { ev: FigureEvent; m: (typeof measured)[number]; key: string; val: string }>();
  // Start events with no case link: one per event and measure (the lowest employer's application).
  const unlinkedStarts = new Map<string, { ev: FigureEvent; m: (typeof measured)[number] }>();
  for (const m of measured) {
    for (const ev of events) {
      if (!processEvents(ev).includes(m.fromEvent) || !ev.employers.includes(m.employer) || !ev.regions.some((r) => m.regions.includes(r)))
        continue;
      const links = ev.event.data?.links ?? {};
      const key = CASE_KEYS.find((k) => links[k] !== undefined && links[k] !== null);
      if (key === undefined) {
        const id = JSON.stringify([m.mi, ev.seq]);
        const prev = unlinkedStarts.get(id);
        if (!prev || m.employer < prev.m.employer) unlinkedStarts.set(id, { ev, m });
        continue;
      }
      const id = JSON.stringify([m.mi, key, String(links[key])]);
      const prev = firstStarts.get(id);
      if (!prev || byTimeThenSeq(ev, prev.ev) < 0 || (byTimeThenSeq(ev, prev.ev) === 0 && m.employer < prev.m.employer))
        firstStarts.set(id, { ev, m, key, val: String(links[key]) });
    }
  }
  type Case = { mi: number; group: string | null; closed: boolean; invalid: boolean; unlinked: boolean; days: number; target: number };
  const cases: Case[] = [];
  const starts = [
    ...[...firstStarts.values()].map((s) => ({ ...s, unlinked: false })),
    ...[...unlinkedStarts.values()].map((s) => ({ ...s, key: undefined, val: undefined, unlinked: true })),
  ];
  for (const { ev, m, key, val, unlinked } of starts) {
    const cal = calendars.get(m.calendarId);
    const fromDate = cal?.eventDate(String(ev.event.time));
    if (!cal || fromDate === undefined || fromDate < query.from || fromDate > query.to || fromDate > query.asOf) continue;
    const stop =
      key === undefined
        ? undefined
        : events
            .filter((s) => processEvents(s).includes(m.toEvent) && String(s.event.data?.links?.[key]) === val && time(s) >= time(ev))
            .sort(byTimeThenSeq)[0];
    const toDate = stop ? (cal.eventDate(String(stop.event.time)) ?? toLocalDateTime(String(stop.event.time)).date) : undefined;
    const invalid = toDate !== undefined && toDate < fromDate;
    const closed = toDate !== undefined && toDate >= fromDate && toDate <= query.asOf;
    const nFrom = cal.n(fromDate) as number;
    const days = (closed ? (cal.n(toDate as string) as number) : (cal.n(query.asOf) as number)) - nFrom;
    const regions = ev.regions.filter((r) => m.regions.includes(r)).sort();
    const group =
      query.groupBy === 'region'
        ? (regions[0] ?? null)
        : query.groupBy === 'employer'
          ? m.employer
          : query.groupBy === 'period'
            ? periodKey(fromDate, query.periodUnit)
            : null;
    cases.push({ mi: m.mi, group, closed, invalid, unlinked, days, target: m.target });
  }
  const aggregate =
    (mi: number) =>
    (items: readonly Case[], group: string | null, total: boolean): LeadTimeAggregate => ({
      measure: mi,
      group,
      total,
      cases: items.filter((c) => !c.unlinked).length,
      closed: items.filter((c) => c.closed).length,
      met: items.filter((c) => c.closed && c.days <= c.target).length,
      notMet: items.filter((c) => !c.unlinked && !c.invalid && c.days > c.target).length,
      open: items.filter((c) => !c.unlinked && !c.closed && !c.invalid && c.days <= c.target).length,
      invalid: items.filter((c) => c.invalid).length,
      unlinked: items.filter((c) => c.unlinked).length,
      p50: percentileCont(
        items.filter((c) => c.closed).map((c) => c.days),
        0.5,
      ),
      p90: percentileCont(
        items.filter((c) => c.closed).map((c) => c.days),
        0.9,
      ),
    });
  const rows = measures.flatMap((_, mi) => {
    const own = cases.filter((c) => c.mi === mi);
    return own.length === 0 ? [] : groupWithTotal(own, (c) => c.group, aggregate(mi), query.groupBy !== 'none');
  });
  return { report: 'lead-times', measures, rows };
}

const OPEN_VACANCY = ['RECEIVED', 'SOURCING', 'CANDIDATES_PROPOSED', 'PARTIALLY_FILLED'];

function vacancies(
  query: Extract<SteeringQuery, { report: 'vacancies' }>,
  records: readonly FigureRecord[],
  events: readonly FigureEvent[],
): SteeringFigures {
  const cal = workingDayIndex({ ...query.calendar, cutoffHour: undefined }, query.window);
  const filledOn = new Map<string, string>();
  for (const e of events) {
    if (e.event.data?.toStatus !== 'FILLED') continue;
    const id = String(e.event.data?.recordId);
    const date = toLocalDateTime(String(e.event.time)).date;
    const prev = filledOn.get(id);
    if (prev === undefined || date < prev) filledOn.set(id, date);
  }
  type V = { group: string | null; status: string; places: number; filled?: string; age?: number; toFill?: number };
  const items: V[] = [];
  for (const r of records) {
    if (r.collection !== 'vacancies' || r.status === 'DRAFT' || typeof r.document.receivedAt !== 'string') continue;
    const received = toLocalDateTime(r.document.receivedAt).date;
    if (received < query.from || received > query.to) continue;
    const filled = filledOn.get(r.id);
    const nReceived = cal.n(received);
    const nAsOf = cal.n(query.asOf);
    const nFilled = filled !== undefined ? cal.n(filled) : undefined;
    const group =
      query.groupBy === 'region'
        ? (r.document.region ?? 'UNKNOWN')
        : query.groupBy === 'employer'
          ? (r.document.employer ?? 'UNKNOWN')
          : query.groupBy === 'period'
            ? periodKey(received, query.periodUnit)
            : null;
    items.push({
      group,
      status: r.status,
      places: Number(r.document.numberOfPlaces ?? 0),
      ...(filled !== undefined ? { filled } : {}),
      ...(nReceived !== undefined && nAsOf !== undefined ? { age: nAsOf - nReceived } : {}),
      ...(nReceived !== undefined && nFilled !== undefined ? { toFill: nFilled - nReceived } : {}),
    });
  }
  const aggregate = (list: readonly V[], group: string | null, total: boolean): VacancyAggregate => {
    const toFill = list.flatMap((v) => (v.toFill !== undefined ? [v.toFill] : []));
    return {
      group,
      total,
      received: list.length,
      open: list.filter((v) => OPEN_VACANCY.includes(v.status)).length,
      filled: list.filter((v) => v.status === 'FILLED' || (v.status === 'CLOSED' && v.filled !== undefined)).length,
      notFilled: list.filter((v) => ['WITHDRAWN', 'EXPIRED'].includes(v.status) || (v.status === 'CLOSED' && v.filled === undefined))
        .length,
      openPastNorm: list.filter((v) => OPEN_VACANCY.includes(v.status) && v.age !== undefined && v.age > query.normWorkingDays).length,
      places: list.reduce((s, v) => s + v.places, 0),
      p50: percentileCont(toFill, 0.5),
      p90: percentileCont(toFill, 0.9),
    };
  };
  return { report: 'vacancies', rows: groupWithTotal(items, (v) => v.group, aggregate, query.groupBy !== 'none') };
}

const STARTED = ['ACTIVE', 'ENDED', 'CONVERTED'];
const overlaps = (r: FigureRecord, from: string, to: string) =>
  (r.periodFrom === undefined || r.periodFrom <= to) && (r.periodTo === undefined || r.periodTo >= from);

function balance(query: Extract<SteeringQuery, { report: 'balance' }>, records: readonly FigureRecord[]): SteeringFigures {
  const vacancies = new Map(records.filter((r) => r.collection === 'vacancies').map((r) => [r.id, r.document]));
  const counts = new Map<string, number>();
  for (const r of records) {
    const d = r.document;
    if (
      r.collection !== 'placements' ||
      !STARTED.includes(r.status) ||
      typeof d.startDate !== 'string' ||
      d.startDate < query.from ||
      d.startDate > query.to
    )
      continue;
    const pref: unknown =
      d.vacancyPreference ?? (typeof d.vacancyId === 'string' ? vacancies.get(d.vacancyId)?.targetGroupPreference : undefined);
    const category = !Array.isArray(pref) ? 'withoutVacancy' : pref.includes('NO_PREFERENCE') ? 'noPreference' : 'withPreference';
    const key = JSON.stringify([category, d.candidateSource, d.candidate?.targetGroup?.basis ?? 'UNKNOWN']);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const entries = [...counts.entries()]
    .map(([k, n]) => [JSON.parse(k) as [string, string, string], n] as const)
    .sort(([a], [b]) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const sum = (category: string) => entries.filter(([k]) => k[0] === category).reduce((s, [, n]) => s + n, 0);
  const intended = new Map<string, number[]>();
  for (const r of records) {
    if (r.collection !== 'execution-plans' || !overlaps(r, query.from, query.to)) continue;
    for (const b of (r.document.intendedBalance ?? []) as Doc[]) {
      const kind = b.candidateSource !== undefined ? 'candidateSource' : b.basis !== undefined ? 'basis' : undefined;
      if (!kind) continue;
      const key = JSON.stringify([kind, b.candidateSource ?? b.basis]);
      intended.set(key, [...(intended.get(key) ?? []), Number(b.sharePct)]);
    }
  }
  const result: BalanceAggregate = {
    rows: entries.filter(([k]) => k[0] === 'noPreference').map(([k, n]) => ({ candidateSource: k[1], basis: k[2], placements: n })),
    intended: [...intended.entries()]
      .map(([k, v]) => {
        const [kind, key] = JSON.parse(k) as ['candidateSource' | 'basis', string];
        return { kind, key, sharePct: v.reduce((s, x) => s + x, 0) / v.length };
      })
      .sort((a, b) => (a.kind + a.key).localeCompare(b.kind + b.key)),
    withPreference: sum('withPreference'),
    withoutVacancy: sum('withoutVacancy'),
  };
  return { report: 'balance', ...result };
}

function progress(query: Extract<SteeringQuery, { report: 'progress' }>, records: readonly FigureRecord[]): SteeringFigures {
  const { from, to } = query;
  const regionOf = new Map(query.municipalityRegions);
  const partnerships = records.filter((r) => r.collection === 'partnership-agreements');
  const kvkOfPartnership = new Map(partnerships.map((r) => [r.id, r.document.employer?.kvkNumber as string | undefined]));
  const sectorOf = (kvk: string | undefined) => {
    const sectors = partnerships
      .filter((r) => kvk !== undefined && r.document.employer?.kvkNumber === kvk && r.document.employer?.sector !== undefined)
      .map((r) => String(r.document.employer.sector));
    return sectors.sort()[0];
  };
  const declared = new Map<string, { paid: number; covered: number }>();
  for (const r of records) {
    const d = r.document;
    if (
      r.collection !== 'wage-cost-subsidy-declarations' ||
      !['SUBMITTED', 'APPROVED', 'PAID'].includes(r.status) ||
      d.period?.from > to ||
      d.period?.to < from
    )
      continue;
    const covered = dayNumber(earlier(d.period.to, to)) - dayNumber(later(d.period.from, from)) + 1;
    const length = dayNumber(d.period.to) - dayNumber(d.period.from) + 1;
    const prev = declared.get(d.placementId) ?? { paid: 0, covered: 0 };
    declared.set(d.placementId, { paid: prev.paid + (Number(d.paidHours) * covered) / length, covered: prev.covered + covered });
  }
  const achieved = new Map<string, { placements: number; paid: number; contract: number }>();
  const excluded = { unpaidType: 0, noCountingBasis: 0 };
  for (const r of records) {
    const d = r.document;
    if (r.collection !== 'placements' || !STARTED.includes(r.status) || typeof d.startDate !== 'string' || !overlaps(r, from, to)) continue;
    const s = later(d.startDate, from);
    const endRaw: string = d.actualEndDate ?? d.plannedEndDate ?? to;
    const e = earlier(endRaw, to);
    if (e < s) continue;
    if (query.unpaidTypes.includes(d.type)) {
      excluded.unpaidType++;
      continue;
    }
    if (!query.countingBases.includes(d.candidate?.targetGroup?.basis)) {
      excluded.noCountingBasis++;
      continue;
    }
    const counting = d.countingEmployer ?? d.employer;
    const key: string =
      {
        region: query.regionAttribution === 'residence' ? regionOf.get(d.candidate?.residenceMunicipality) : d.region,
        employer: counting?.kvkNumber,
        sector: sectorOf(counting?.kvkNumber),
        payrollTaxNumber: counting?.payrollTaxNumber,
        plan: d.executionPlanId,
        establishment: counting?.establishment,
      }[query.groupBy] ?? 'UNKNOWN';
    const dec = declared.get(r.id);
    const active = dayNumber(e) - dayNumber(s) + 1;
    const row = achieved.get(key) ?? { placements: 0, paid: 0, contract: 0 };
    row.placements++;
    row.paid += dec?.paid ?? 0;
    row.contract += (Number(d.hoursPerWeek) * Math.max(active - (dec?.covered ?? 0), 0)) / 7;
    achieved.set(key, row);
  }
  const targets = new Map<string, number>();
  const [y0, y1] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
  for (const r of records) {
    if (r.collection !== 'execution-plans' || !overlaps(r, from, to)) continue;
    const kvk = kvkOfPartnership.get(r.document.partnershipId);
    for (const t of (r.document.targets ?? []) as Doc[]) {
      if (t.unit !== 'JOB_EQUIVALENTS' || t.year < y0 || t.year > y1) continue;
      const key: string | undefined = {
        region: t.region ?? r.document.scope?.regions?.[0],
        employer: kvk ?? 'UNKNOWN',
        sector: sectorOf(kvk) ?? 'UNKNOWN',
        payrollTaxNumber: undefined,
        plan: r.id,
        establishment: t.establishment,
      }[query.groupBy];
      if (key !== undefined) targets.set(key, (targets.get(key) ?? 0) + Number(t.value));
    }
  }
  const keys = [...new Set([...achieved.keys(), ...targets.keys()])].sort();
  const result: ProgressAggregate = {
    rows: keys.map((key) => {
      const a = achieved.get(key);
      return {
        key,
        placements: a?.placements ?? 0,
        paidHours: a?.paid ?? 0,
        contractHours: a?.contract ?? 0,
        hours: (a?.paid ?? 0) + (a?.contract ?? 0),
        target: targets.get(key) ?? null,
      };
    }),
    excluded,
  };
  return { report: 'progress', ...result };
}

const COMPARED = ['trialPlacement', 'jobCoaching', 'lksProcess', 'wageValueApproach', 'performanceAgreements', 'delegatedProcesses'];

function harmonisation(query: Extract<SteeringQuery, { report: 'harmonisation' }>, records: readonly FigureRecord[]): SteeringFigures {
  // Records come in storage order (seq), as the SQL orders ties.
  const own = records.filter((r) => r.collection === 'partnership-agreements' && r.document.employer?.kvkNumber === query.employer);
  const regions = new Set<string>();
  const picked = new Map<string, { w: Doc; version: number }>();
  for (const r of own) {
    for (const region of (r.document.regions ?? []) as string[]) regions.add(region);
    for (const w of (r.document.workingArrangements ?? []) as Doc[]) {
      for (const region of (w.regions ?? []) as string[]) regions.add(region);
      const inForce =
        ['IN_FORCE', 'AGREED'].includes(w.status) &&
        (w.validFrom === undefined || w.validFrom <= query.asOf) &&
        (w.validTo === undefined || w.validTo >= query.asOf);
      if (!inForce) continue;
      const version = Number(w.arrangementVersion ?? 0);
      for (const region of (w.regions ?? []) as string[]) {
        const prev = picked.get(region);
        if (!prev || version > prev.version) picked.set(region, { w, version });
      }
    }
  }
  const arrangements = [...picked.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([region, { w }]) => ({
      region,
      arrangement: {
        ...Object.fromEntries(COMPARED.map((k) => [k, w[k] ?? null])),
        contactPoints: ((w.contactPoints ?? []) as Doc[]).filter((c) => c.region === region),
      },
    }));
  return {
    report: 'harmonisation',
    employerName: own[0]?.document.employer?.name ?? null,
    regions: [...regions].sort(),
    arrangements,
  };
}

/** The figures of a steering query over visible records and events. */
export function computeFigures(query: SteeringQuery, records: readonly FigureRecord[], events: readonly FigureEvent[]): SteeringFigures {
  switch (query.report) {
    case 'lead-times':
      return leadTimes(query, records, events);
    case 'vacancies':
      return vacancies(query, records, events);
    case 'balance':
      return balance(query, records);
    case 'progress':
      return progress(query, records);
    case 'harmonisation':
      return harmonisation(query, records);
  }
}
