import {
  computeJobEquivalent,
  countsForJobAgreement,
  type HarmonisationAspect,
  HarmonisationReport,
  HOURS_PER_JOB,
  ProgressGrouping,
  ProgressReport,
  UNPAID_PLACEMENT_TYPES,
} from '@banenafspraak/core';
import type { StoredDocument as Doc } from './document.js';
import type { HarmonisationAggregate } from './steering/query.js';

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

const ASPECT_LABELS: Record<HarmonisationAspect, string> = {
  trialPlacement: 'Proefplaatsing (regime en duur)',
  jobCoaching: 'Jobcoaching',
  lksProcess: 'Proces loonkostensubsidie',
  employerContact: 'Aanspreekpunt werkgever',
  wageValueApproach: 'Loonwaardeaanpak',
  performanceAgreements: 'Prestatieafspraken',
  delegatedProcesses: 'Gedelegeerde processen (regelluw)',
  trialInsurance: 'Verzekering tijdens proefplaatsing',
};

/**
 * Dutch and English labels of the compared aspects, in report order.
 *
 * @public
 */
export const HARMONISATION_ASPECT_LABELS: Readonly<Record<HarmonisationAspect, { readonly nl: string; readonly en: string }>> = {
  trialPlacement: { nl: ASPECT_LABELS.trialPlacement, en: 'Trial placement (regime and length)' },
  jobCoaching: { nl: ASPECT_LABELS.jobCoaching, en: 'Job coaching' },
  lksProcess: { nl: ASPECT_LABELS.lksProcess, en: 'Wage-cost subsidy process' },
  employerContact: { nl: ASPECT_LABELS.employerContact, en: 'Employer contact' },
  wageValueApproach: { nl: ASPECT_LABELS.wageValueApproach, en: 'Wage-value approach' },
  performanceAgreements: { nl: ASPECT_LABELS.performanceAgreements, en: 'Performance agreements' },
  delegatedProcesses: { nl: ASPECT_LABELS.delegatedProcesses, en: 'Delegated processes' },
  trialInsurance: { nl: ASPECT_LABELS.trialInsurance, en: 'Insurance during a trial placement' },
};

function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

const sortedByCanonical = <T>(items: readonly T[]) => [...items].sort((a, b) => canonical(a).localeCompare(canonical(b)));

/**
 * The partnership documents of an employer reduced as the storages reduce them (see
 * `harmonisationSql`): per region the arrangement in force on `asOf`, highest version first.
 */
function harmonisationAggregateOf(partnerships: readonly Doc[], employer: string, asOf: string): HarmonisationAggregate {
  const own = partnerships.filter((p) => p.employer?.kvkNumber === employer);
  const regions = [
    ...new Set(own.flatMap((p) => [...(p.regions ?? []), ...(p.workingArrangements ?? []).flatMap((w: Doc) => w.regions ?? [])])),
  ].sort();
  const inForce = (w: Doc) =>
    ['IN_FORCE', 'AGREED'].includes(w.status) && (!w.validFrom || w.validFrom <= asOf) && (!w.validTo || w.validTo >= asOf);
  const arrangements: { region: string; arrangement: Doc }[] = [];
  for (const region of regions) {
    const candidates = own.flatMap((p) =>
      (p.workingArrangements ?? []).filter((w: Doc) => inForce(w) && (w.regions ?? []).includes(region)),
    );
    candidates.sort((a, b) => (b.arrangementVersion ?? 0) - (a.arrangementVersion ?? 0));
    const w = candidates[0];
    if (w)
      arrangements.push({ region, arrangement: { ...w, contactPoints: (w.contactPoints ?? []).filter((c: Doc) => c.region === region) } });
  }
  return { employerName: own[0]?.employer?.name ?? null, regions, arrangements };
}

/**
 * Harmonisation report for a national employer from the partnership documents (in-process
 * use; the server computes the same from its storage's `steeringFigures`).
 *
 * @public
 */
export function computeHarmonisationReport(input: {
  employer: string;
  partnerships: readonly Doc[];
  asOf: string;
  referenceRegion?: string;
}): HarmonisationReport {
  return buildHarmonisationReport(harmonisationAggregateOf(input.partnerships, input.employer, input.asOf), input);
}

/**
 * Harmonisation report for a national employer from the per-region arrangements: for each
 * aspect (trial placement, job coaching, LKS process, contacts, wage-value approach,
 * performance agreements, delegated processes, trial insurance) the distinct variants with
 * their regions, and each region against a reference arrangement: the one of
 * `referenceRegion` (the employer's preferred one) or else the one in force in most regions.
 *
 * @public
 */
export function buildHarmonisationReport(
  aggregate: HarmonisationAggregate,
  input: { employer: string; asOf: string; referenceRegion?: string },
): HarmonisationReport {
  const { regions } = aggregate;
  const arrangementOf = new Map(aggregate.arrangements.map((a) => [a.region, a.arrangement as Doc]));
  const contactsIn = (w: Doc | undefined, region: string, side: string) =>
    ((w?.contactPoints ?? []) as Doc[])
      .filter(
        (c) =>
          c.region === region && c.side === side && (!c.validFrom || c.validFrom <= input.asOf) && (!c.validTo || c.validTo >= input.asOf),
      )
      .map((c) => ({ name: c.name, ...(c.role ? { role: c.role } : {}), ...(c.email ? { email: c.email } : {}) }));
  const extract: Record<HarmonisationAspect, (w: Doc | undefined, region: string) => unknown> = {
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
    wageValueApproach: (w) =>
      w?.wageValueApproach
        ? {
            method: w.wageValueApproach.method,
            sharedAcrossRegions: w.wageValueApproach.sharedAcrossRegions,
            ...(w.wageValueApproach.assessorProvider
              ? { assessorProvider: `${w.wageValueApproach.assessorProvider.scheme}:${w.wageValueApproach.assessorProvider.value}` }
              : {}),
          }
        : null,
    performanceAgreements: (w, region) => {
      const agreements = ((w?.performanceAgreements ?? []) as Doc[])
        .filter((a) => a.region === undefined || a.region === region)
        .map((a) => ({
          metric: a.metric,
          obligor: a.obligor,
          ...(a.fromEvent !== undefined ? { fromEvent: a.fromEvent } : {}),
          ...(a.toEvent !== undefined ? { toEvent: a.toEvent } : {}),
          ...(a.targetWorkingDays !== undefined ? { targetWorkingDays: a.targetWorkingDays } : {}),
          targetSharePct: a.targetSharePct ?? 100,
          measurementPeriod: a.measurementPeriod,
        }));
      return agreements.length ? sortedByCanonical(agreements) : null;
    },
    delegatedProcesses: (w) => (w?.delegatedProcesses?.length ? [...w.delegatedProcesses].sort() : null),
    trialInsurance: (w) => w?.trialPlacement?.insuranceArrangedBy ?? null,
  };
  const aspectKeys = Object.keys(ASPECT_LABELS) as HarmonisationAspect[];
  const aspects = aspectKeys.map((aspect) => {
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
  const valuesOf = (region: string) => aspectKeys.map((a) => canonical(extract[a](arrangementOf.get(region), region)));
  const withArrangements = regions.filter((r) => arrangementOf.has(r));
  let reference: HarmonisationReport['reference'];
  const chosen =
    input.referenceRegion !== undefined
      ? { region: input.referenceRegion, chosenBy: 'parameter' as const }
      : (() => {
          // The arrangement (all aspects but the region's own contacts) in force in most regions.
          const groups = new Map<string, string[]>();
          for (const r of withArrangements) {
            const key = canonical(valuesOf(r).filter((_, i) => aspectKeys[i] !== 'employerContact'));
            groups.set(key, [...(groups.get(key) ?? []), r]);
          }
          const best = [...groups.values()].sort((a, b) => b.length - a.length || (a[0] ?? '').localeCompare(b[0] ?? ''))[0];
          return best?.[0] !== undefined ? { region: best[0], chosenBy: 'mostRegions' as const } : undefined;
        })();
  if (chosen) {
    const ref = valuesOf(chosen.region);
    reference = {
      ...chosen,
      regions: regions.map((region) => {
        const own = valuesOf(region);
        return { region, hasArrangements: arrangementOf.has(region), differs: aspectKeys.filter((_, i) => own[i] !== ref[i]) };
      }),
    };
  }
  return {
    employer: { kvkNumber: input.employer, ...(aggregate.employerName ? { name: aggregate.employerName } : {}) },
    asOf: input.asOf,
    regions: [...regions],
    regionsWithoutArrangements: regions.filter((r) => !arrangementOf.has(r)),
    aspects,
    ...(reference ? { reference } : {}),
    contacts: regions.map((region) => {
      const w = arrangementOf.get(region);
      const employer = contactsIn(w, region, 'EMPLOYER');
      const pub = contactsIn(w, region, 'PUBLIC');
      return { region, employer, public: pub, exactlyOnePerSide: employer.length === 1 && pub.length === 1 };
    }),
  };
}
