import {
  computeJobEquivalent,
  countsForJobAgreement,
  HarmonisationReport,
  HOURS_PER_JOB,
  ProgressGrouping,
  ProgressReport,
  UNPAID_PLACEMENT_TYPES,
} from '@banenafspraak/core';
import type { StoredDocument as Doc } from './document.js';

/** The report shapes are core's (the wire contract); re-exported for compatibility. */
export { HarmonisationReport, ProgressGrouping, ProgressReport };

const DAY = 86_400_000;
const days = (from: string, to: string) => Math.floor((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY) + 1;
const maxDate = (a: string, b: string) => (a > b ? a : b);
const minDate = (a: string, b: string) => (a < b ? a : b);
const round = (n: number, d = 4) => Math.round(n * 10 ** d) / 10 ** d;

/**
 * Progress toward the taakstelling in baanequivalenten for a period: per placement
 * `hoursPerWeek / 25.5`, weighted by the share of the period it was active, counted for
 * the hirer (`countingEmployer`), only for paid types and a basis that counts. Indicative.
 *
 * @public
 */
export function computeProgressReport(input: {
  placements: readonly Doc[];
  executionPlans: readonly Doc[];
  partnerships: readonly Doc[];
  from: string;
  to: string;
  groupBy: ProgressGrouping;
}): ProgressReport {
  const { from, to, groupBy } = input;
  const periodDays = days(from, to);
  const sectorOf = new Map<string, string>();
  const employerOfPartnership = new Map<string, string>();
  for (const p of input.partnerships) {
    if (p.employer?.kvkNumber) {
      sectorOf.set(p.employer.kvkNumber, p.employer.sector);
      employerOfPartnership.set(p.id, p.employer.kvkNumber);
    }
  }
  const rows = new Map<string, { jobEquivalents: number; placements: number; target?: number }>();
  const row = (key: string) => {
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { jobEquivalents: 0, placements: 0 }));
    return r;
  };
  const excluded = { unpaidType: 0, noCountingBasis: 0 };
  for (const p of input.placements) {
    if (!['ACTIVE', 'ENDED', 'CONVERTED'].includes(p.status) || typeof p.startDate !== 'string') continue;
    const end: string = p.actualEndDate ?? p.plannedEndDate ?? to;
    const start = maxDate(p.startDate, from);
    const stop = minDate(end, to);
    if (stop < start) continue;
    if (UNPAID_PLACEMENT_TYPES.includes(p.type)) {
      excluded.unpaidType++;
      continue;
    }
    const basis = p.candidate?.targetGroup?.basis;
    if (!basis || !countsForJobAgreement(basis)) {
      excluded.noCountingBasis++;
      continue;
    }
    const employer: string = p.countingEmployer?.kvkNumber ?? p.employer?.kvkNumber ?? 'UNKNOWN';
    const key = groupBy === 'region' ? p.region : groupBy === 'employer' ? employer : (sectorOf.get(employer) ?? 'UNKNOWN');
    const r = row(String(key));
    r.jobEquivalents += computeJobEquivalent(p.hoursPerWeek) * (days(start, stop) / periodDays);
    r.placements++;
  }
  const years = new Set<number>();
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) years.add(y);
  for (const plan of input.executionPlans) {
    for (const t of plan.targets ?? []) {
      if (t.unit !== 'JOB_EQUIVALENTS' || !years.has(t.year)) continue;
      const employer = employerOfPartnership.get(plan.partnershipId) ?? 'UNKNOWN';
      const keys: string[] =
        groupBy === 'region'
          ? t.region
            ? [t.region]
            : (plan.scope?.regions ?? []).slice(0, 1)
          : groupBy === 'employer'
            ? [employer]
            : [sectorOf.get(employer) ?? 'UNKNOWN'];
      for (const key of keys) {
        const r = row(key);
        r.target = (r.target ?? 0) + Number(t.value);
      }
    }
  }
  const out = [...rows.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, r]) => ({
      key,
      jobEquivalents: round(r.jobEquivalents),
      placements: r.placements,
      ...(r.target !== undefined
        ? { target: r.target, ...(r.target > 0 ? { progressPct: round((r.jobEquivalents / r.target) * 100, 1) } : {}) }
        : {}),
    }));
  const targetSum = out.reduce<number | undefined>((s, r) => (r.target === undefined ? s : (s ?? 0) + r.target), undefined);
  return {
    indicative: true,
    note: 'Indicatief: gemiddeld aantal baanequivalenten (betaalde uren / 25,5 per week) over de periode, bij de inlener, alleen met een grondslag die meetelt. De officiële telling is die van UWV.',
    period: { from, to },
    groupBy,
    hoursPerJob: Number(HOURS_PER_JOB),
    rows: out,
    totals: {
      jobEquivalents: round(out.reduce((s, r) => s + r.jobEquivalents, 0)),
      placements: out.reduce((s, r) => s + r.placements, 0),
      ...(targetSum !== undefined ? { target: targetSum } : {}),
    },
    excluded,
  };
}

const ASPECT_LABELS = {
  trialPlacement: 'Proefplaatsing (regime en duur)',
  jobCoaching: 'Jobcoaching',
  lksProcess: 'Proces loonkostensubsidie',
  employerContact: 'Aanspreekpunt werkgever',
} as const;

function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/**
 * Harmonisation report for a national employer: for each region it works with, the working
 * arrangements in force on `asOf`, compared on trial-placement length, job coaching, the LKS
 * process and contacts.
 *
 * @public
 */
export function computeHarmonisationReport(input: { employer: string; partnerships: readonly Doc[]; asOf: string }): HarmonisationReport {
  const own = input.partnerships.filter((p) => p.employer?.kvkNumber === input.employer);
  const regions = [
    ...new Set(own.flatMap((p) => [...(p.regions ?? []), ...(p.workingArrangements ?? []).flatMap((w: Doc) => w.regions ?? [])])),
  ].sort();
  const inForce = (w: Doc) =>
    ['IN_FORCE', 'AGREED'].includes(w.status) && (!w.validFrom || w.validFrom <= input.asOf) && (!w.validTo || w.validTo >= input.asOf);
  const arrangementOf = new Map<string, Doc>();
  for (const region of regions) {
    const candidates = own.flatMap((p) =>
      (p.workingArrangements ?? []).filter((w: Doc) => inForce(w) && (w.regions ?? []).includes(region)),
    );
    candidates.sort((a, b) => (b.arrangementVersion ?? 0) - (a.arrangementVersion ?? 0));
    if (candidates[0]) arrangementOf.set(region, candidates[0]);
  }
  const contactsIn = (w: Doc | undefined, region: string, side: string) =>
    ((w?.contactPoints ?? []) as Doc[])
      .filter(
        (c) =>
          c.region === region && c.side === side && (!c.validFrom || c.validFrom <= input.asOf) && (!c.validTo || c.validTo >= input.asOf),
      )
      .map((c) => ({ name: c.name, ...(c.role ? { role: c.role } : {}), ...(c.email ? { email: c.email } : {}) }));
  const extract: Record<keyof typeof ASPECT_LABELS, (w: Doc | undefined, region: string) => unknown> = {
    trialPlacement: (w) =>
      w?.trialPlacement
        ? { regime: w.trialPlacement.regime, defaultMonths: w.trialPlacement.defaultMonths, maxMonths: w.trialPlacement.maxMonths }
        : null,
    jobCoaching: (w) => (w?.jobCoaching ? { allowed: [...(w.jobCoaching.allowed ?? [])].sort() } : null),
    lksProcess: (w) =>
      w?.lksProcess ? { preferredProcess: w.lksProcess.preferredProcess, paymentFrequency: w.lksProcess.paymentFrequency } : null,
    employerContact: (w, region) => {
      const c = contactsIn(w, region, 'EMPLOYER');
      return c.length ? c : null;
    },
  };
  const aspects = (Object.keys(ASPECT_LABELS) as (keyof typeof ASPECT_LABELS)[]).map((aspect) => {
    const variants = new Map<string, { value: unknown; regions: string[] }>();
    for (const region of regions) {
      const value = extract[aspect](arrangementOf.get(region), region);
      const key = canonical(value);
      const v = variants.get(key) ?? { value, regions: [] };
      v.regions.push(region);
      variants.set(key, v);
    }
    return { aspect, labelNl: ASPECT_LABELS[aspect], harmonised: variants.size <= 1, variants: [...variants.values()] };
  });
  return {
    employer: { kvkNumber: input.employer, ...(own[0]?.employer?.name ? { name: own[0].employer.name } : {}) },
    asOf: input.asOf,
    regions,
    regionsWithoutArrangements: regions.filter((r) => !arrangementOf.has(r)),
    aspects,
    contacts: regions.map((region) => {
      const w = arrangementOf.get(region);
      const employer = contactsIn(w, region, 'EMPLOYER');
      const pub = contactsIn(w, region, 'PUBLIC');
      return { region, employer, public: pub, exactlyOnePerSide: employer.length === 1 && pub.length === 1 };
    }),
  };
}
