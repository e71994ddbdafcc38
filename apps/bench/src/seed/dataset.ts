// A synthetic national dataset for the server benchmark: employers, vacancies, candidate
// proposals, placements and LKS declarations as they arise together ("chains": a vacancy, the
// candidates proposed for it, the placements made and the declarations paid), with each
// record's status path and its dates, so that the lifecycle events can be derived the way the
// server would have emitted them. Spread: employers by a Zipf law (a few national employers
// with many placements, a long tail of small ones), regions by their number of
// municipalities, dates weighted toward recent years, statuses following from the dates.
import { computeWageCostSubsidyForPeriod, LABOUR_MARKET_REGION_ROWS, municipalitiesInRegion } from '@banenafspraak/core';
import { addDays, chooser, createRandom, cumulative, elevenProofNumber, type Random, uuidFrom } from './random.js';

type Doc = Record<string, unknown> & { id: string; status: string };

/** One record of the dataset: its final document and the statuses it went through, with when. */
export interface SeedRecord {
  readonly collection: string;
  readonly document: Doc;
  /** Status path from creation to the current status; the last entry is the document's status. */
  readonly history: readonly { readonly status: string; readonly at: string }[];
}

/** The fixed "today" of the dataset, so a seed is the same whenever it runs. */
export const SEED_TODAY = '2026-12-01';
const FIRST_DAY_BACK = 3900; // about 2016-04
const LKS_FROM = '2024-01-01';

export interface Employer {
  readonly kvkNumber: string;
  readonly payrollTaxNumber: string;
  readonly name: string;
  readonly homeRegion: string;
  readonly national: boolean;
}

export interface World {
  readonly employers: readonly Employer[];
  readonly employerWeights: Float64Array;
  readonly regions: readonly string[];
  readonly regionWeights: Float64Array;
  readonly municipalities: ReadonlyMap<string, readonly string[]>;
}

/** Employers and regions for a dataset of about `placements` placements (one employer per 50 placements, at least 50). */
export function createWorld(placements: number, seed = 1): World {
  const r = createRandom(seed * 7919);
  const regions = LABOUR_MARKET_REGION_ROWS.map((row) => row.amCode as string);
  const regionWeights = cumulative(LABOUR_MARKET_REGION_ROWS.map((row) => row.municipalities2025));
  // Municipalities that exist through the whole period (none created by a merger since 2016), so every date is valid for them.
  const municipalities = new Map(
    regions.map((am) => {
      const early = new Set(municipalitiesInRegion(am, '2016-01-01').map((m) => m.gmCode as string));
      return [
        am,
        municipalitiesInRegion(am, '2025-01-01')
          .map((m) => m.gmCode as string)
          .filter((gm) => early.has(gm)),
      ];
    }),
  );
  const count = Math.max(50, Math.round(placements / 50));
  const employers: Employer[] = [];
  const kvks = new Set<string>();
  for (let i = 0; i < count; i++) {
    let kvk = '';
    do kvk = String(r.int(10_000_000, 99_999_999));
    while (kvks.has(kvk));
    kvks.add(kvk);
    employers.push({
      kvkNumber: kvk,
      payrollTaxNumber: `${elevenProofNumber(r)}L01`,
      name: `Werkgever ${i + 1} B.V.`,
      homeRegion: regions[r.weighted(regionWeights)] as string,
      // The largest 1 % work in every region (national employers).
      national: i < Math.max(1, Math.round(count / 100)),
    });
  }
  // Zipf (s = 1.1): employer k gets a share proportional to 1 / k^1.1.
  const employerWeights = cumulative(employers.map((_, k) => 1 / (k + 1) ** 1.1));
  return { employers, employerWeights, regions, regionWeights, municipalities };
}

const basisOf = chooser({
  PW_NO_WML_CAPACITY: 34,
  WAJONG: 24,
  WSW_INDICATION: 9,
  VSO_PUPIL: 10,
  PRO_PUPIL: 10,
  PRACTICE_ROUTE: 5,
  PW_WML_WITH_JOBCOACH: 8,
});
const sourceOf = chooser({ UWV: 30, MUNICIPALITY: 36, SW_COMPANY: 10, SCHOOL: 12, NEIGHBOURHOOD_TEAM: 4, EMPLOYER_OWN: 8 });
const preferenceOf = chooser({ NO_PREFERENCE: 55, WAJONG: 15, SW: 10, NEW_INFLOW_PW: 20 });
const EMPLOYER_REASONS = ['HOURS_MISMATCH', 'SCHEDULE_MISMATCH', 'TASKS_MISMATCH', 'OTHER_CANDIDATE_CHOSEN', 'VACANCY_FILLED'];
const JOB_TITLES = [
  'Medewerker vulploeg',
  'Productiemedewerker',
  'Medewerker groenvoorziening',
  'Schoonmaker',
  'Magazijnmedewerker',
  'Administratief medewerker',
  'Keukenhulp',
  'Medewerker postkamer',
];

/** Days back from today for a chain's start: more chains in recent years (the banenafspraak grew). */
const daysBack = (r: Random) => Math.floor(FIRST_DAY_BACK * r.next() ** 1.6);
const at = (date: string, hour: number) => `${date}T${String(hour).padStart(2, '0')}:00:00Z`;

/** Lead-time agreements as brief §10.1 proposes them; the target working days differ per partnership. */
const LEAD_TIMES = [
  { fromEvent: 'VACANCY_RECEIVED', toEvent: 'FIRST_CANDIDATE_PROPOSED', obligor: 'PUBLIC', days: [10, 15] },
  { fromEvent: 'FIRST_CANDIDATE_PROPOSED', toEvent: 'CANDIDATE_INVITED', obligor: 'EMPLOYER', days: [5, 10] },
  { fromEvent: 'FIRST_CANDIDATE_PROPOSED', toEvent: 'PLACEMENT_STARTED', obligor: 'PUBLIC', days: [20, 40] },
  { fromEvent: 'VACANCY_RECEIVED', toEvent: 'PLACEMENT_STARTED', obligor: 'PUBLIC', days: [30, 60] },
] as const;

/**
 * A national employer's partnership with every region: one set of working arrangements in force
 * since before the data starts (NL_COMMON_CAO calendar), with the lead-time agreements of brief
 * §10.1, so the lead-time report measures the seeded chains.
 */
function partnership(world: World, employer: Employer, seed: number): SeedRecord {
  const r = createRandom(seed * 31_337 + Number(employer.kvkNumber));
  const from = '2015-10-01';
  const contact = (side: 'EMPLOYER' | 'PUBLIC', region: string) => ({
    side,
    region,
    name: side === 'EMPLOYER' ? 'Regiomanager' : `Accountmanager WSP ${region}`,
    role: side === 'EMPLOYER' ? 'Regiomanager' : 'Accountmanager WSP',
    email: `${side === 'EMPLOYER' ? `werkgever-${employer.kvkNumber}` : 'wsp'}.${region.toLowerCase()}@example.nl`,
    validFrom: from,
  });
  return {
    collection: 'partnership-agreements',
    document: {
      documentType: 'PartnershipAgreement',
      standardVersion: '0.2',
      id: uuidFrom(r),
      confidentiality: 'INTERNAL',
      status: 'ACTIVE',
      name: `${employer.name} – landelijk`,
      employer: { kvkNumber: employer.kvkNumber, name: employer.name, sector: 'MARKET' },
      publicParties: world.regions.map((region) => ({ party: { scheme: 'AM', value: region }, role: 'REGION' })),
      regions: [...world.regions],
      relationshipValues: ['SINGLE_CONTACT', 'KEEPING_AGREEMENTS'],
      workingArrangements: [
        {
          arrangementVersion: 1,
          status: 'IN_FORCE',
          basedOn: 'DNZ_FRAMEWORK',
          regions: [...world.regions],
          contactPoints: world.regions.flatMap((region) => [contact('EMPLOYER', region), contact('PUBLIC', region)]),
          wageValueApproach: { method: 'UNIFORM_2021', sharedAcrossRegions: true },
          performanceAgreements: LEAD_TIMES.map((m) => ({
            metric: 'LEAD_TIME',
            obligor: m.obligor,
            fromEvent: m.fromEvent,
            toEvent: m.toEvent,
            targetWorkingDays: r.int(m.days[0], m.days[1]),
            targetSharePct: r.pick([70, 80, 90]),
            measurementPeriod: 'QUARTER',
          })),
          calendarId: 'NL_COMMON_CAO',
          validFrom: from,
        },
      ],
      hasActiveExecutionPlan: true,
      validFrom: from,
    },
    history: [
      { status: 'DRAFT', at: at('2015-09-01', 10) },
      { status: 'ACTIVE', at: at(from, 10) },
    ],
  };
}

interface ChainCounts {
  vacancies: number;
  proposals: number;
  placements: number;
  declarations: number;
}

/**
 * Generates chains until `placements` placements exist and yields their records, each after the
 * record it refers to (vacancy, then proposals, then placements and their declarations).
 * Deterministic for a given `seed`; returns the counts per kind.
 */
export function* generateDataset(world: World, placements: number, seed = 1): Generator<SeedRecord, ChainCounts> {
  const counts: ChainCounts = { vacancies: 0, proposals: 0, placements: 0, declarations: 0 };
  const chainRecords: SeedRecord[] = [];
  const emit = (record: SeedRecord) => {
    chainRecords.push(record);
  };
  // The national employers' partnerships first, from their own random stream (the chains stay as they were).
  for (const employer of world.employers) if (employer.national) yield partnership(world, employer, seed);
  for (let chain = 0; counts.placements < placements; chain++) {
    yield* chainRecords.splice(0);
    const r = createRandom(seed * 1_000_003 + chain);
    const employer = world.employers[r.weighted(world.employerWeights)] as Employer;
    const region = employer.national || r.chance(0.1) ? (world.regions[r.weighted(world.regionWeights)] as string) : employer.homeRegion;
    const gms = world.municipalities.get(region) ?? [];
    const received = addDays(SEED_TODAY, -daysBack(r));
    if (r.chance(0.3)) {
      // A placement without a vacancy (the employer's own recruitment or a direct match).
      placement(r, world, employer, region, r.pick(gms), addDays(received, r.int(0, 20)), undefined, emit, counts);
      continue;
    }
    const vacancyId = uuidFrom(r);
    const places = r.chance(0.7) ? 1 : r.int(2, 4);
    const preference = preferenceOf(r);
    const proposalsDate = addDays(received, r.int(3, 30));
    let filled = 0;
    const proposalCount = places + r.int(0, 3);
    const pending: (() => void)[] = [];
    for (let k = 0; k < proposalCount && counts.placements + filled < placements; k++) {
      const proposedOn = addDays(proposalsDate, r.int(0, 14));
      if (proposedOn > SEED_TODAY) break;
      const gm = r.pick(gms);
      const candidateId = uuidFrom(r);
      const proposalId = uuidFrom(r);
      const invited = r.chance(0.6);
      const placed = invited && filled < places && r.chance(0.75) && addDays(proposedOn, 25) <= SEED_TODAY;
      const invitedOn = addDays(proposedOn, r.int(2, 10));
      const history = [{ status: 'PENDING', at: at(proposedOn, 10) }];
      // Outcomes only once they are in the past (PRP-002).
      if (addDays(proposedOn, 25) <= SEED_TODAY) {
        if (placed)
          history.push({ status: 'INVITED', at: at(invitedOn, 14) }, { status: 'PLACED', at: at(addDays(invitedOn, r.int(3, 15)), 11) });
        else if (invited)
          history.push(
            { status: 'INVITED', at: at(invitedOn, 14) },
            { status: 'REJECTED_BY_EMPLOYER', at: at(addDays(invitedOn, r.int(2, 10)), 9) },
          );
        else if (r.chance(0.8)) history.push({ status: 'REJECTED_BY_EMPLOYER', at: at(addDays(proposedOn, r.int(2, 12)), 9) });
        else history.push({ status: 'WITHDRAWN_BY_CANDIDATE', at: at(addDays(proposedOn, r.int(1, 20)), 16) });
      }
      const status = history[history.length - 1]?.status as string;
      const source = sourceOf(r);
      const placementId = uuidFrom(r);
      emit({
        collection: 'candidate-proposals',
        document: {
          documentType: 'CandidateProposal',
          standardVersion: '0.2',
          id: proposalId,
          confidentiality: 'CASE_CONFIDENTIAL',
          status,
          vacancyId,
          candidateId,
          proposedAt: at(proposedOn, 10),
          proposedBy: source === 'UWV' ? { scheme: 'UWV', value: 'UWV' } : { scheme: 'GM', value: gm },
          candidateSource: source === 'EMPLOYER_OWN' ? 'MUNICIPALITY' : source,
          profile: {
            hoursPerWeek: { min: 12, max: 32 },
            availableDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'],
            availableFrom: addDays(proposedOn, 14),
            travel: { maxMinutes: 45, regions: [region] },
          },
          ...(status !== 'PENDING' ? { outcomeAt: history[history.length - 1]?.at } : {}),
          ...(status === 'PLACED' ? { placementId } : {}),
          ...(status === 'REJECTED_BY_EMPLOYER' ? { reasonCode: r.pick(EMPLOYER_REASONS) } : {}),
          ...(status === 'WITHDRAWN_BY_CANDIDATE' ? { reasonCode: 'CANDIDATE_FOUND_OTHER_WORK' } : {}),
        },
        history,
      });
      counts.proposals++;
      if (placed) {
        filled++;
        const start = addDays(history[history.length - 1]?.at.slice(0, 10) as string, r.int(5, 30));
        pending.push(() =>
          placement(
            r,
            world,
            employer,
            region,
            gm,
            start,
            { placementId, vacancyId, proposalId, candidateId, preference, source },
            emit,
            counts,
          ),
        );
      }
    }
    const vacancyHistory = [{ status: 'RECEIVED', at: at(received, 9) }];
    if (addDays(received, 2) <= SEED_TODAY) vacancyHistory.push({ status: 'SOURCING', at: at(addDays(received, 2), 9) });
    if (proposalCount > 0 && proposalsDate <= SEED_TODAY) vacancyHistory.push({ status: 'CANDIDATES_PROPOSED', at: at(proposalsDate, 10) });
    if (filled > 0)
      vacancyHistory.push({ status: filled >= places ? 'FILLED' : 'PARTIALLY_FILLED', at: at(addDays(proposalsDate, 30), 12) });
    if (filled >= places && addDays(proposalsDate, 90) <= SEED_TODAY)
      vacancyHistory.push({ status: 'CLOSED', at: at(addDays(proposalsDate, 90), 12) });
    else if (filled === 0 && addDays(received, 120) <= SEED_TODAY)
      vacancyHistory.push({ status: 'EXPIRED', at: at(addDays(received, 120), 0) });
    const hours = r.int(12, 28);
    chainRecords.unshift({
      collection: 'vacancies',
      document: {
        documentType: 'Vacancy',
        standardVersion: '0.2',
        id: vacancyId,
        confidentiality: 'LIMITED_PUBLIC',
        status: vacancyHistory[vacancyHistory.length - 1]?.status as string,
        employer: employer.kvkNumber,
        region,
        jobType: { title: r.pick(JOB_TITLES) },
        numberOfPlaces: places,
        ...(filled > 0 ? { placesFilled: filled } : {}),
        targetGroupPreference: [preference],
        hoursPerWeek: { min: hours, max: hours + 8 },
        intendedContract: { kind: 'FIXED_TERM', durationMonths: 12 },
        receivedAt: at(received, 9),
        receivedBy: { scheme: 'AM', value: region },
        closingDate: addDays(received, 120),
      },
      history: vacancyHistory,
    });
    counts.vacancies++;
    for (const p of pending) p();
  }
  yield* chainRecords.splice(0);
  return counts;
}

interface Match {
  placementId: string;
  vacancyId: string;
  proposalId: string;
  candidateId: string;
  preference: string;
  source: string;
}

function placement(
  r: Random,
  _world: World,
  employer: Employer,
  region: string,
  gm: string,
  start: string,
  match: Match | undefined,
  emit: (record: SeedRecord) => void,
  counts: ChainCounts,
) {
  const id = match?.placementId ?? uuidFrom(r);
  const basis = basisOf(r);
  const source = match?.source ?? sourceOf(r);
  const trial = r.chance(0.08);
  const hoursPerWeek = r.int(12, 36);
  const months = trial ? 2 : r.pick([6, 12, 12, 24]);
  const plannedEnd = addDays(start, months * 30 - 1);
  const created = addDays(start, -r.int(5, 30));
  const cancelled = r.chance(0.04);
  const endedEarly = !trial && r.chance(0.2);
  const end = endedEarly ? addDays(start, r.int(30, months * 30 - 2)) : plannedEnd;
  const history = [{ status: 'PLANNED', at: at(created, 10) }];
  if (cancelled && addDays(created, 3) <= SEED_TODAY) history.push({ status: 'CANCELLED', at: at(addDays(created, 3), 10) });
  else if (start <= SEED_TODAY) {
    history.push({ status: 'ACTIVE', at: at(start, 8) });
    // Permanent contracts stay active; fixed-term ones end when their date has passed.
    const permanent = !trial && months === 24;
    if (!permanent && end < SEED_TODAY) history.push({ status: trial ? 'CONVERTED' : 'ENDED', at: at(addDays(end, 1), 9) });
  }
  const status = history[history.length - 1]?.status as string;
  // LKS grants from 2024 on: the shipped minimum-wage table (REF-002) starts there.
  const lks = !trial && start >= LKS_FROM && (basis === 'PW_NO_WML_CAPACITY' || basis === 'PW_WML_WITH_JOBCOACH') && r.chance(0.7);
  const grantId = uuidFrom(r);
  const wageValuePct = r.pick([40, 50, 60, 70, 80]);
  const hourlyWageCents = 1471;
  const lastDay = status === 'ENDED' || status === 'CONVERTED' ? end : plannedEnd;
  const grantEnd = addDays(start, Math.min(months * 30 - 1, 364));
  const grantTo = [grantEnd, lastDay].sort()[0] as string; // the earlier ISO date
  const document: Doc = {
    documentType: 'Placement',
    standardVersion: '0.2',
    id,
    confidentiality: 'CASE_CONFIDENTIAL',
    status,
    candidate: {
      id: match?.candidateId ?? uuidFrom(r),
      responsibleParty: source === 'UWV' ? { scheme: 'UWV', value: 'UWV' } : { scheme: 'GM', value: gm },
      residenceMunicipality: gm,
      targetGroup: { basis, inRegister: true, registerCheckedOn: addDays(created, -3) },
      ...(r.chance(0.3) ? { identity: { bsn: elevenProofNumber(r), bsnProcessingBasis: 'PAYROLL_TAX' } } : {}),
    },
    ...(match ? { vacancyId: match.vacancyId, vacancyPreference: [match.preference], proposalId: match.proposalId } : {}),
    type: trial ? 'TRIAL_PLACEMENT' : 'EMPLOYMENT',
    employer: { kvkNumber: employer.kvkNumber, payrollTaxNumber: employer.payrollTaxNumber, name: employer.name },
    region,
    municipality: gm,
    startDate: start,
    plannedEndDate: plannedEnd,
    ...(status === 'ENDED'
      ? { actualEndDate: end, endReason: endedEarly ? r.pick(['EMPLOYEE_LEFT', 'DISMISSAL', 'OTHER']) : 'CONTRACT_ENDED' }
      : {}),
    ...(status === 'CONVERTED' ? { actualEndDate: end, endReason: 'CONVERTED' } : {}),
    hoursPerWeek,
    ...(trial
      ? {
          trial: {
            regime: 'UWV',
            plannedMonths: 2,
            insurance: { liability: true, accident: true },
            intendedFollowUp: { contractMonths: 12, hoursPerWeek },
            priorUnpaidTrialAtEmployer: false,
          },
        }
      : {
          contract: {
            kind: months === 24 ? 'PERMANENT' : 'FIXED_TERM',
            ...(months === 24 ? {} : { durationMonths: months }),
            probationPeriod: false,
            hourlyWageCents,
            wageIncludesHolidayPay: false,
          },
        }),
    precededByTrialAtSameEmployer: false,
    candidateSource: source,
    ...(lks
      ? {
          instruments: [
            {
              id: grantId,
              instrument: 'LKS',
              financier: 'MUNICIPALITY',
              financingParty: { scheme: 'GM', value: gm },
              applicant: 'EMPLOYER',
              appliedOn: start,
              decidedOn: addDays(start, 18),
              status: 'GRANTED',
              period: { from: start, to: grantTo },
              wageValuePct,
              skipMeasurementAgreed: true,
            },
          ],
        }
      : {}),
  };
  emit({ collection: 'placements', document, history });
  counts.placements++;
  if (!lks || status === 'PLANNED' || status === 'CANCELLED') return;
  // Declarations of the grant's first months that have passed (at most three).
  for (let m = 0; m < 3; m++) {
    const from = addDays(start, m * 30);
    const to = addDays(from, 29);
    if (to > grantTo || addDays(to, 20) > SEED_TODAY) break;
    const paidHours = Math.round(hoursPerWeek * 4.33);
    const wagePaidCents = paidHours * hourlyWageCents;
    // The amount as the standard's calculator gives it (LKD-001), with the rows it used.
    const subsidy = computeWageCostSubsidyForPeriod({
      period: { from, to },
      paidHours,
      wageValuePct,
      hourlyWageCents,
      wageIncludesHolidayPay: false,
    });
    if (!subsidy.ok || !subsidy.eligible) break;
    const amountCents = subsidy.total.cents;
    const paid = addDays(to, 20);
    emit({
      collection: 'wage-cost-subsidy-declarations',
      document: {
        documentType: 'WageCostSubsidyDeclaration',
        standardVersion: '0.2',
        id: uuidFrom(r),
        confidentiality: 'CASE_CONFIDENTIAL',
        status: 'PAID',
        grantId,
        placementId: id,
        employer: { kvkNumber: employer.kvkNumber, payrollTaxNumber: employer.payrollTaxNumber },
        financingParty: { scheme: 'GM', value: gm },
        period: { from, to },
        paidHours,
        wagePaidCents,
        hourlyWageCents,
        wageIncludesHolidayPay: false,
        wageValuePct,
        computed: { amountCents, parametersUsed: subsidy.parametersUsed },
        counting: { basis },
        payment: { paidOn: paid, amountCents, reference: `BET-${paid.slice(0, 7)}-${counts.declarations}` },
      },
      history: [
        { status: 'SUBMITTED', at: at(addDays(to, 3), 10) },
        { status: 'APPROVED', at: at(addDays(to, 10), 10) },
        { status: 'PAID', at: at(paid, 10) },
      ],
    });
    counts.declarations++;
  }
}
