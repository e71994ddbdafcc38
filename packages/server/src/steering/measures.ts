import type { StoredDocument as Doc } from '../document.js';
import type { MeasureApplication, MeasureDefinition } from './query.js';
import type { MeasureParam } from './sql.js';

/**
 * The lead-time agreements of one partnership document that the report measures: working
 * arrangements AGREED or IN_FORCE overlapping [from, to], agreements with metric LEAD_TIME and
 * both events and a norm. The same selection as `measureApplicationsSql`.
 */
export function measureApplicationsOf(doc: Doc, from: string, to: string): MeasureApplication[] {
  const employer = doc.employer?.kvkNumber;
  if (typeof employer !== 'string') return [];
  const out: MeasureApplication[] = [];
  for (const w of (doc.workingArrangements ?? []) as Doc[]) {
    if (!['AGREED', 'IN_FORCE'].includes(w.status) || !(w.validFrom <= to) || (w.validTo !== undefined && w.validTo < from)) continue;
    for (const a of (w.performanceAgreements ?? []) as Doc[]) {
      if (a.metric !== 'LEAD_TIME' || a.fromEvent === undefined || a.toEvent === undefined || a.targetWorkingDays === undefined) continue;
      out.push({
        employer,
        regions: a.region !== undefined ? [a.region] : (w.regions ?? []),
        fromEvent: a.fromEvent,
        toEvent: a.toEvent,
        obligor: a.obligor,
        calendarId: w.calendarId ?? 'NL_COMMON_CAO',
        targetWorkingDays: Number(a.targetWorkingDays),
        targetSharePct: a.targetSharePct ?? 100,
      });
    }
  }
  return out;
}

const definitionKey = (m: MeasureDefinition) =>
  JSON.stringify([m.fromEvent, m.toEvent, m.targetWorkingDays, m.targetSharePct, m.obligor, m.calendarId]);

/**
 * The distinct measures of a set of applications, in a stable order (by events, norm, share,
 * obligor, calendar), and one parameter row per application with the index of its measure.
 */
export function distinctMeasures(applications: readonly MeasureApplication[]): { measures: MeasureDefinition[]; params: MeasureParam[] } {
  const byKey = new Map<string, MeasureDefinition>();
  for (const a of applications) {
    const def: MeasureDefinition = {
      fromEvent: a.fromEvent,
      toEvent: a.toEvent,
      obligor: a.obligor,
      calendarId: a.calendarId,
      targetWorkingDays: a.targetWorkingDays,
      targetSharePct: a.targetSharePct,
    };
    byKey.set(definitionKey(def), def);
  }
  const keys = [...byKey.keys()].sort();
  const measures = keys.map((k) => byKey.get(k) as MeasureDefinition);
  const params = applications.map((a) => ({
    mi: keys.indexOf(definitionKey(a)),
    employer: a.employer,
    regions: [...a.regions],
    fromEvent: a.fromEvent,
    toEvent: a.toEvent,
    calendarId: a.calendarId,
    target: a.targetWorkingDays,
  }));
  return { measures, params };
}
