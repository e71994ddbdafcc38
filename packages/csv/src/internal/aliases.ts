/**
 * Built-in header aliases (Dutch and English) per document type, and value aliases for codes
 * that spreadsheets write in their own words. The first alias of a field is the standard's
 * Dutch header: `template()` writes it.
 */
import { targetGroupValues } from './target-group-aliases.js';
import { foldKey } from './values.js';

type AliasTable = Readonly<Record<string, readonly string[]>>;

const CANDIDATE: AliasTable = {
  'candidate.id': ['Kandidaat-ID', 'Kandidaat id', 'Candidate id', 'Pseudoniem', 'Kandidaatreferentie'],
  'candidate.identity.bsn': ['BSN', 'Burgerservicenummer', 'Sofinummer', 'Sofi-nummer', 'Citizen service number'],
  'candidate.identity.bsnProcessingBasis': ['Grondslag BSN', 'BSN grondslag', 'BSN processing basis'],
  'candidate.targetGroup.basis': ['Doelgroep', 'Grondslag doelgroepregister', 'Grondslag', 'Target group', 'Doelgroepregister grondslag'],
  'candidate.targetGroup.inRegister': ['In doelgroepregister', 'Doelgroepregister', 'In register', 'In target-group register'],
  'candidate.targetGroup.registerCheckedOn': ['Datum check doelgroepregister', 'Register gecontroleerd op', 'Register checked on'],
  'candidate.residenceMunicipality': ['Woongemeente', 'Gemeente woonplaats', 'Residence municipality', 'Woonplaats gemeente'],
};

const PLACEMENT: AliasTable = {
  ...CANDIDATE,
  id: ['Plaatsing-ID', 'Plaatsing id', 'Placement id'],
  status: ['Status', 'Status plaatsing', 'Placement status'],
  type: ['Soort plaatsing', 'Type plaatsing', 'Plaatsingsvorm', 'Soort', 'Placement type'],
  'employer.kvkNumber': ['KvK-nummer', 'KvK', 'KvK nummer werkgever', 'Kamer van Koophandel', 'Chamber of Commerce number', 'KvK number'],
  'employer.establishment': ['Vestigingsnummer', 'Vestiging', 'Establishment number'],
  'employer.payrollTaxNumber': ['Loonheffingennummer', 'Loonheffingsnummer', 'Payroll tax number'],
  'employer.name': ['Werkgever', 'Naam werkgever', 'Bedrijfsnaam', 'Employer', 'Employer name'],
  region: ['Arbeidsmarktregio', 'Regio', 'AM-code', 'Region', 'Labour-market region'],
  municipality: ['Gemeente', 'Gemeente werkplek', 'Werkgemeente', 'Municipality'],
  startDate: ['Startdatum', 'Datum in dienst', 'Begindatum', 'Ingangsdatum', 'Datum start', 'Start date', 'Start'],
  plannedEndDate: ['Geplande einddatum', 'Einddatum contract', 'Einddatum', 'Planned end date', 'End date'],
  actualEndDate: ['Werkelijke einddatum', 'Datum uit dienst', 'Uitdienstdatum', 'Actual end date'],
  hoursPerWeek: ['Uren per week', 'Uren p/w', 'Uren pw', 'Aantal uren', 'Contracturen', 'Uren', 'Hours per week', 'Weekly hours'],
  jobEquivalent: ['Baanequivalent', 'Job equivalent'],
  'contract.kind': ['Soort contract', 'Contractvorm', 'Type contract', 'Contract', 'Contract kind'],
  'contract.durationMonths': ['Contractduur (maanden)', 'Contractduur', 'Duur contract', 'Contract duration (months)'],
  'contract.probationPeriod': ['Proeftijd', 'Probation period'],
  'contract.hourlyWageCents': ['Uurloon', 'Uurloon (EUR)', 'Bruto uurloon', 'Hourly wage'],
  'contract.wageIncludesHolidayPay': ['Uurloon incl. vakantiegeld', 'Inclusief vakantiegeld', 'Wage includes holiday pay'],
  'contract.cao': ['Cao', 'CAO', 'Collective agreement'],
  'trial.regime': ['Regeling proefplaatsing', 'Proefplaatsing regeling', 'Trial regime'],
  'trial.plannedMonths': ['Duur proefplaatsing (maanden)', 'Duur proefplaatsing', 'Trial months'],
  'trial.insurance.liability': ['Aansprakelijkheidsverzekering', 'Liability insurance'],
  'trial.insurance.accident': ['Ongevallenverzekering', 'Accident insurance'],
  'trial.priorUnpaidTrialAtEmployer': ['Eerdere proefplaatsing bij werkgever', 'Prior unpaid trial at employer'],
  precededByTrialAtSameEmployer: ['Na proefplaatsing bij zelfde werkgever', 'Na proefplaatsing', 'Follows trial at same employer'],
  candidateSource: ['Herkomst kandidaat', 'Aangeleverd door', 'Bron kandidaat', 'Candidate source'],
  endReason: ['Reden einde', 'Reden uitdienst', 'End reason'],
  vacancyId: ['Vacature-ID', 'Vacancy id'],
  'instruments.0.instrument': ['Voorziening', 'Instrument', 'Subsidie'],
  'instruments.0.financier': ['Financier voorziening', 'Financier'],
  'instruments.0.status': ['Status voorziening', 'Instrument status'],
  'instruments.0.period.from': ['Voorziening vanaf', 'Ingang voorziening', 'Instrument from'],
  'instruments.0.period.to': ['Voorziening tot en met', 'Einde voorziening', 'Instrument to'],
  'instruments.0.wageValuePct': ['Loonwaarde', 'Loonwaarde %', 'Loonwaarde (%)', 'Wage value', 'Wage value %'],
};

const VACANCY: AliasTable = {
  id: ['Vacature-ID', 'Vacature id', 'Vacancy id'],
  status: ['Status', 'Status vacature', 'Vacancy status'],
  employer: ['KvK-nummer', 'KvK', 'KvK nummer werkgever', 'KvK number'],
  establishment: ['Vestigingsnummer', 'Vestiging', 'Establishment number'],
  region: ['Arbeidsmarktregio', 'Regio', 'AM-code', 'Region'],
  'jobType.title': ['Functie', 'Functietitel', 'Soort werk', 'Vacaturetitel', 'Job title', 'Job'],
  'jobType.occupationCode.system': ['Beroepenclassificatie', 'Occupation code system'],
  'jobType.occupationCode.code': ['Beroepscode', 'Occupation code'],
  numberOfPlaces: ['Aantal plaatsen', 'Aantal', 'Aantal vacatures', 'Number of places', 'Places'],
  targetGroupPreference: ['Voorkeur doelgroep', 'Doelgroepvoorkeur', 'Doelgroep', 'Target group preference'],
  'hoursPerWeek.min': ['Uren per week min', 'Min. uren', 'Minimaal aantal uren', 'Uren van', 'Min hours'],
  'hoursPerWeek.max': ['Uren per week max', 'Max. uren', 'Maximaal aantal uren', 'Uren tot', 'Max hours'],
  'intendedContract.kind': ['Soort contract', 'Contractvorm', 'Contract kind'],
  'intendedContract.durationMonths': ['Contractduur (maanden)', 'Contractduur', 'Contract duration (months)'],
  receivedAt: ['Ontvangen op', 'Datum ontvangst', 'Datum binnengekomen', 'Received at'],
  closingDate: ['Sluitingsdatum', 'Sluitdatum', 'Closing date'],
  'contact.name': ['Contactpersoon', 'Contact', 'Contact name'],
  'contact.email': ['E-mail contactpersoon', 'E-mail', 'Email'],
  'contact.phone': ['Telefoon contactpersoon', 'Telefoon', 'Phone'],
};

const WAGE_VALUE: AliasTable = {
  id: ['Loonwaardebepaling-ID', 'Assessment id'],
  status: ['Status', 'Status loonwaarde', 'Assessment status'],
  placementId: ['Plaatsing-ID', 'Placement id'],
  candidateId: ['Kandidaat-ID', 'Kandidaat id', 'Candidate id', 'Pseudoniem'],
  employer: ['KvK-nummer', 'KvK', 'KvK number'],
  purpose: ['Doel', 'Doel meting', 'Purpose'],
  method: ['Methode', 'Meetmethode', 'Method'],
  tool: ['Instrument', 'Tool'],
  'assessor.name': ['Loonwaardedeskundige', 'Deskundige', 'Assessor'],
  'assessor.certified': ['Gecertificeerd', 'Certified'],
  'assessor.organisation.scheme': ['Organisatie deskundige schema', 'Assessor organisation scheme'],
  'assessor.organisation.value': ['Organisatie deskundige', 'KvK deskundige', 'Assessor organisation'],
  'assessor.independentOfEmployer': ['Onafhankelijk van werkgever', 'Independent of employer'],
  referenceJob: ['Normfunctie', 'Reference job'],
  performedJob: ['Uitgevoerde functie', 'Functie', 'Performed job'],
  employeeHoursPerWeek: ['Uren werknemer', 'Uren per week', 'Uren p/w', 'Employee hours per week'],
  fullTimeHoursPerWeek: ['Voltijd uren', 'Uren voltijd', 'Full-time hours per week'],
  companyVisitOn: ['Datum bedrijfsbezoek', 'Bedrijfsbezoek', 'Datum meting', 'Company visit on'],
  reportOn: ['Datum rapport', 'Rapportdatum', 'Report date'],
  faceToFace: ['Face-to-face gesprek', 'Gesprek gevoerd', 'Face to face'],
  regularPerformance: ['Reguliere prestatie', 'Regular performance'],
  'mainTasks.0.seq': ['Taak 1 nummer'],
  'mainTasks.0.description': ['Hoofdtaak 1', 'Taak 1', 'Main task 1'],
  'mainTasks.0.timeSharePct': ['Hoofdtaak 1 tijdsaandeel', 'Taak 1 tijd %', 'Main task 1 time share'],
  'mainTasks.0.resultPct': ['Hoofdtaak 1 resultaat', 'Taak 1 resultaat %', 'Main task 1 result'],
  totalPerformancePct: ['Totale prestatie', 'Prestatie %', 'Total performance'],
  wageValuePct: ['Loonwaarde', 'Loonwaarde %', 'Loonwaarde (%)', 'Wage value', 'Wage value %'],
  'established.on': ['Vastgesteld op', 'Datum vaststelling', 'Established on'],
  'established.decisionReference': ['Kenmerk besluit', 'Beschikkingsnummer', 'Decision reference'],
  reassessmentDue: ['Herbeoordeling voor', 'Datum herbeoordeling', 'Reassessment due'],
};

/** Job-coach hours per period (*voortgangsrapportage*), as coaching organisations report them. */
const JOB_COACH_REPORT: AliasTable = {
  id: ['Rapportage-ID', 'Rapportage id', 'Voortgangsrapportage-ID', 'Report id'],
  status: ['Status', 'Status rapportage', 'Report status'],
  planId: ['Jobcoachplan-ID', 'Plan-ID', 'Jobcoachplan id', 'Plan id', 'Job-coach plan id'],
  placementId: ['Plaatsing-ID', 'Plaatsing id', 'Placement id'],
  'author.value': ['KvK jobcoachorganisatie', 'KvK jobcoach', 'KvK-nummer jobcoachorganisatie', 'Job-coach organisation KvK'],
  'author.name': ['Jobcoachorganisatie', 'Jobcoachbureau', 'Naam jobcoachorganisatie', 'Job-coach organisation'],
  'period.from': ['Periode van', 'Periode vanaf', 'Begin periode', 'Van', 'Period from'],
  'period.to': ['Periode tot en met', 'Periode t/m', 'Einde periode', 'Tot en met', 'T/m', 'Period to'],
  plannedHours: ['Geplande uren', 'Uren gepland', 'Begrote uren', 'Uren volgens plan', 'Planned hours'],
  spentHours: ['Bestede uren', 'Uren besteed', 'Gerealiseerde uren', 'Werkelijke uren', 'Uren jobcoaching', 'Spent hours'],
  'goalProgress.0.goal': ['Doel 1', 'Coachingsdoel 1', 'Goal 1'],
  'goalProgress.0.progress': ['Voortgang doel 1', 'Voortgang 1', 'Progress goal 1'],
  'goalProgress.1.goal': ['Doel 2', 'Coachingsdoel 2', 'Goal 2'],
  'goalProgress.1.progress': ['Voortgang doel 2', 'Voortgang 2', 'Progress goal 2'],
  'goalProgress.2.goal': ['Doel 3', 'Coachingsdoel 3', 'Goal 3'],
  'goalProgress.2.progress': ['Voortgang doel 3', 'Voortgang 3', 'Progress goal 3'],
  fadeOutOnTrack: ['Afbouw volgens plan', 'Afbouw op schema', 'Afbouw op koers', 'Fade-out on track'],
  reportedOn: ['Datum rapportage', 'Rapportagedatum', 'Datum verslag', 'Reported on'],
};

/** LKS declarations per period (*declaratie loonkostensubsidie*), as employers and municipalities list them. */
const WAGE_COST_SUBSIDY_DECLARATION: AliasTable = {
  id: ['Declaratie-ID', 'Declaratie id', 'Declaration id'],
  status: ['Status', 'Status declaratie', 'Declaration status'],
  grantId: ['Beschikking-ID', 'LKS-beschikking-ID', 'Toekenning-ID', 'Voorziening-ID', 'Grant id'],
  placementId: ['Plaatsing-ID', 'Plaatsing id', 'Placement id'],
  'employer.kvkNumber': ['KvK-nummer', 'KvK', 'KvK nummer werkgever', 'KvK number'],
  'employer.payrollTaxNumber': ['Loonheffingennummer', 'Loonheffingsnummer', 'LH-nummer', 'Payroll tax number'],
  'financingParty.value': ['Gemeente (GM-code)', 'Betalende gemeente', 'Gemeente', 'GM-code', 'Financing municipality'],
  'financingParty.name': ['Naam gemeente', 'Gemeentenaam', 'Municipality name'],
  'period.from': ['Periode van', 'Periode vanaf', 'Begin periode', 'Van', 'Period from'],
  'period.to': ['Periode tot en met', 'Periode t/m', 'Einde periode', 'Tot en met', 'T/m', 'Period to'],
  paidHours: ['Verloonde uren', 'Betaalde uren', 'Uren verloond', 'Uren volgens loonstrook', 'Paid hours'],
  wagePaidCents: ['Betaald loon', 'Brutoloon periode', 'Bruto loon', 'Loon periode', 'Wage paid'],
  hourlyWageCents: ['Uurloon', 'Bruto uurloon', 'Uurloon (EUR)', 'Hourly wage'],
  wageIncludesHolidayPay: ['Uurloon incl. vakantiegeld', 'Inclusief vakantiegeld', 'Wage includes holiday pay'],
  includeHolidayPay: ['Berekend incl. vakantiegeld', 'LKS incl. vakantiegeld', 'Compute including holiday pay'],
  wageValuePct: ['Loonwaarde', 'Loonwaarde %', 'Loonwaarde (%)', 'Wage value', 'Wage value %'],
  'computed.amountCents': ['LKS-bedrag', 'Bedrag LKS', 'Berekend bedrag', 'Gedeclareerd bedrag', 'Subsidiebedrag', 'Subsidy amount'],
  'counting.basis': ['Doelgroep', 'Grondslag doelgroepregister', 'Target group'],
  'payment.paidOn': ['Betaald op', 'Betaaldatum', 'Datum betaling', 'Paid on'],
  'payment.amountCents': ['Betaald bedrag', 'Uitbetaald bedrag', 'Amount paid'],
  'payment.reference': ['Betalingskenmerk', 'Kenmerk betaling', 'Payment reference'],
  rejectionReason: ['Reden afwijzing', 'Afwijzingsreden', 'Rejection reason'],
  supersedes: ['Corrigeert declaratie', 'Vervangt declaratie-ID', 'Supersedes'],
};

const ALIASES: Readonly<Record<string, AliasTable>> = {
  Placement: PLACEMENT,
  Vacancy: VACANCY,
  WageValueAssessment: WAGE_VALUE,
  JobCoachReport: JOB_COACH_REPORT,
  WageCostSubsidyDeclaration: WAGE_COST_SUBSIDY_DECLARATION,
};

/** Header aliases for a document type: field path → aliases, canonical Dutch header first. */
export function headerAliases(documentType: string): AliasTable {
  return ALIASES[documentType] ?? {};
}

/**
 * Headers that hold privacy-restricted content whatever they are mapped to (or when they are
 * ignored): their cells are masked in every output.
 */
const RESTRICTED_HEADER = /(^|[^a-z])(bsn|burgerservice|sofi)|werkgeversinstructie|werknemerspaspoort|instructie/i;

export function isRestrictedHeader(header: string): boolean {
  return RESTRICTED_HEADER.test(header) || RESTRICTED_HEADER.test(foldKey(header));
}

/** Values spreadsheets use for codes, per code-list id or per enum of a field (folded when looked up). */
const VALUE_ALIASES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  TargetGroupBasis: targetGroupValues('basis'),
  VacancyPreference: targetGroupValues('preference'),
  ContractKind: {
    vast: 'PERMANENT',
    onbepaald: 'PERMANENT',
    tijdelijk: 'FIXED_TERM',
    bepaald: 'FIXED_TERM',
    jaarcontract: 'FIXED_TERM',
    oproep: 'ON_CALL',
    nulurencontract: 'ON_CALL',
    nuluren: 'ON_CALL',
    geen: 'NONE',
  },
  PlacementType: {
    dienstverband: 'EMPLOYMENT',
    arbeidsovereenkomst: 'EMPLOYMENT',
    proefplaatsing: 'TRIAL_PLACEMENT',
    proefplaats: 'TRIAL_PLACEMENT',
    detachering: 'SECONDMENT',
    uitzending: 'TEMP_AGENCY',
    uitzendwerk: 'TEMP_AGENCY',
    bbl: 'WORK_STUDY_BBL',
    beschutwerk: 'SHELTERED_WORK',
    beschut: 'SHELTERED_WORK',
    stage: 'INTERNSHIP',
    werkervaringsplek: 'WORK_EXPERIENCE',
    wep: 'WORK_EXPERIENCE',
  },
  CandidateSource: {
    gemeente: 'MUNICIPALITY',
    wsp: 'MUNICIPALITY',
    swbedrijf: 'SW_COMPANY',
    school: 'SCHOOL',
    werkgever: 'EMPLOYER_OWN',
    eigenwerving: 'EMPLOYER_OWN',
    wijkteam: 'NEIGHBOURHOOD_TEAM',
  },
  Instrument: {
    lks: 'LKS',
    loonkostensubsidie: 'LKS',
    loondispensatie: 'WAGE_DISPENSATION',
    norisk: 'NO_RISK_POLICY',
    noriskpolis: 'NO_RISK_POLICY',
    jobcoach: 'JOBCOACH_EXTERNAL',
    jobcoaching: 'JOBCOACH_EXTERNAL',
  },
  Financier: { gemeente: 'MUNICIPALITY', uwv: 'UWV', werkgever: 'EMPLOYER', belastingdienst: 'TAX_AUTHORITY' },
  Status: {
    gepland: 'PLANNED',
    actief: 'ACTIVE',
    lopend: 'ACTIVE',
    beeindigd: 'ENDED',
    afgelopen: 'ENDED',
    geannuleerd: 'CANCELLED',
    vervallen: 'CANCELLED',
    omgezet: 'CONVERTED',
    concept: 'DRAFT',
    ontvangen: 'RECEIVED',
    werving: 'SOURCING',
    invervuling: 'SOURCING',
    vervuld: 'FILLED',
    gesloten: 'CLOSED',
    ingetrokken: 'WITHDRAWN',
    verlopen: 'EXPIRED',
    gemeten: 'MEASURED',
    gerapporteerd: 'REPORTED',
    vastgesteld: 'ESTABLISHED',
    ingediend: 'SUBMITTED',
    verzonden: 'SUBMITTED',
    goedgekeurd: 'APPROVED',
    akkoord: 'APPROVED',
    afgewezen: 'REJECTED',
    betaald: 'PAID',
    uitbetaald: 'PAID',
    gecorrigeerd: 'CORRECTED',
    teruggestuurd: 'RETURNED',
    retour: 'RETURNED',
    geaccepteerd: 'ACCEPTED',
    geaccordeerd: 'ACCEPTED',
  },
  GoalProgress: {
    nietgestart: 'NOT_STARTED',
    nognietbegonnen: 'NOT_STARTED',
    achter: 'BEHIND',
    achterstand: 'BEHIND',
    opkoers: 'ON_TRACK',
    volgensplan: 'ON_TRACK',
    behaald: 'ACHIEVED',
    gehaald: 'ACHIEVED',
  },
  CoachingGoal: {
    zelfstandigwerken: 'TASKS_INDEPENDENTLY',
    werktempo: 'WORK_PACE',
    tempo: 'WORK_PACE',
    werkritme: 'WORK_RHYTHM',
    kwaliteit: 'QUALITY_OF_WORK',
    samenwerken: 'COLLABORATION',
    communicatie: 'COMMUNICATION',
    reizen: 'TRAVEL_INDEPENDENTLY',
    zelfstandigreizen: 'TRAVEL_INDEPENDENTLY',
    leidinggevende: 'SUPERVISOR_KNOW_HOW',
    werkplekaanpassing: 'WORKPLACE_ADJUSTED',
  },
};

/** Built-in value aliases for a code list (or `Status` for status fields). */
export function valueAliases(codeListId: string): Readonly<Record<string, string>> {
  return VALUE_ALIASES[codeListId] ?? {};
}
