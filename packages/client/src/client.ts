import type {
  CandidateProposal,
  ContactMoment,
  EmployerInstruction,
  ExecutionPlan,
  InstrumentGrantDocument,
  JobCoachPlan,
  JobCoachReport,
  PartnershipAgreement,
  Placement,
  PlacementFollowUp,
  Vacancy,
  WageCostSubsidyDeclaration,
  WageValueAssessment,
} from '@banenafspraak/core';
import * as Effect from 'effect/Effect';
import type * as Stream from 'effect/Stream';
import type { AnyClientError } from './errors.js';
import { eventEffects, subscriptionEffects } from './internal/events.js';
import { resolveConfig, runPromise } from './internal/http.js';
import { instructionEffects, placementEffects, promised, promisedPages, recordEffects } from './internal/records.js';
import { seg, Transport } from './internal/resources.js';
import type { ClientOptions, PostOptions, RequestOptions, WriteOptions } from './options.js';
import type {
  AuditEntry,
  BalanceReport,
  BalanceReportParams,
  CodeListDocument,
  CodeListSummary,
  Delivery,
  DeliveryListParams,
  DeliveryPage,
  EventIterateParams,
  EventListParams,
  EventPage,
  HarmonisationReport,
  HarmonisationReportParams,
  InstructionRead,
  LeadTimeReport,
  LeadTimeReportParams,
  ListParams,
  Page,
  PlacementSearchParams,
  ProgressReport,
  ProgressReportParams,
  Subscription,
  SubscriptionCreated,
  SubscriptionRequest,
  VacancyReport,
  VacancyReportParams,
  ValidationReport,
  Versioned,
} from './types.js';

/**
 * The methods of one record collection (every document type but the employer instruction),
 * returning Promises.
 *
 * @remarks Every method rejects with a client error (see {@link isClientError}) on failure.
 *
 * @public
 */
export interface RecordResource<T> {
  /**
   * Creates a record (`POST /{collection}`). Sends an `Idempotency-Key` (new per call unless
   * given), so an automatic retry after a lost response returns the first result instead of
   * creating a duplicate.
   */
  create(document: T, options?: PostOptions): Promise<Versioned<T>>;
  /** Reads a record with its ETag (`GET /{collection}/{id}`). */
  get(id: string, options?: RequestOptions): Promise<Versioned<T>>;
  /**
   * Replaces a record (`PUT /{collection}/{id}`), sending `options.etag` as `If-Match`.
   * Rejects with a `ConflictError` (status 412) when someone changed the record since.
   */
  update(id: string, document: T, options: WriteOptions): Promise<Versioned<T>>;
  /** Deletes a record in its initial status (`DELETE /{collection}/{id}` with `If-Match`). */
  delete(id: string, options: WriteOptions): Promise<void>;
  /** One page of records (`GET /{collection}`); pass `nextCursor` as `cursor` for the next. */
  list(params?: ListParams, options?: RequestOptions): Promise<Page<T>>;
  /** Every record matching the filters, page by page, as an async iterator. */
  listAll(params?: ListParams, options?: RequestOptions): AsyncGenerator<T, void, undefined>;
  /** Validates a document without storing it (`POST /{collection}/_valideer`). */
  validate(document: unknown, options?: PostOptions): Promise<ValidationReport>;
  /** The audit trail of a record, oldest first (`GET /{collection}/{id}/audittrail`). */
  auditTrail(id: string, options?: RequestOptions): Promise<AuditEntry[]>;
}

/**
 * Placements: the record methods plus the search by BSN.
 *
 * @public
 */
export interface PlacementResource extends RecordResource<Placement> {
  /** One page of placements of a person (`POST /placements/_zoek`; the BSN is in the body). */
  search(params: PlacementSearchParams, options?: PostOptions): Promise<Page<Placement>>;
  /** Every placement of a person, page by page, as an async iterator. */
  searchAll(params: PlacementSearchParams, options?: RequestOptions): AsyncGenerator<Placement, void, undefined>;
}

/**
 * The werkgeversinstructie (employer instruction): readable only by the employee and the
 * people it is shared with, never listed, every read logged.
 *
 * @public
 */
export interface EmployerInstructionResource {
  /** Creates an instruction (the employee only), with an `Idempotency-Key`. */
  create(document: EmployerInstruction, options?: PostOptions): Promise<Versioned<EmployerInstruction>>;
  /** Reads an instruction with its ETag; the read is logged. */
  get(id: string, options?: RequestOptions): Promise<Versioned<EmployerInstruction>>;
  /** Replaces an instruction (the employee only), with `If-Match`. */
  update(id: string, document: EmployerInstruction, options: WriteOptions): Promise<Versioned<EmployerInstruction>>;
  /** Revokes consent (`DELETE`): the content is deleted for good; a tombstone remains. */
  revoke(id: string, options: WriteOptions): Promise<void>;
  /** Validates an instruction without storing it. */
  validate(document: unknown, options?: PostOptions): Promise<ValidationReport>;
  /** Content-free audit trail (the employee only). */
  auditTrail(id: string, options?: RequestOptions): Promise<AuditEntry[]>;
  /** Who read the instruction when (the employee only). */
  readLog(id: string, options?: RequestOptions): Promise<InstructionRead[]>;
}

/**
 * The code lists of the standard (public: no token needed).
 *
 * @public
 */
export interface CodeListResource {
  /** All code lists, without their entries. */
  list(options?: RequestOptions): Promise<CodeListSummary[]>;
  /** One code list with its entries, by kebab-case id, e.g. `labour-market-region`. */
  get(id: string, options?: RequestOptions): Promise<CodeListDocument>;
}

/**
 * Reports over the records the caller may see.
 *
 * @remarks A report that needs more time than the server allows for one request (or that an
 * operator stopped) rejects with a `ProblemError` with status 422 and code
 * `report-too-large`: ask again for a shorter period, one region or employer, or a coarser
 * grouping. It is not retried, since the same request would take as long. Aborting the call
 * (`signal` or `timeout`) closes the request, and a conformant server then stops the report.
 *
 * @public
 */
export interface ReportResource {
  /** Indicative progress toward the targets in job equivalents for a period. */
  progress(params: ProgressReportParams, options?: RequestOptions): Promise<ProgressReport>;
  /** Where a national employer's working arrangements differ between regions. */
  harmonisation(params: HarmonisationReportParams, options?: RequestOptions): Promise<HarmonisationReport>;
  /** Lead times against the performance agreements, in working days (indicative). */
  leadTimes(params: LeadTimeReportParams, options?: RequestOptions): Promise<LeadTimeReport>;
  /** Vacancies: open, filled, open past a norm, time to fill (indicative). */
  vacancies(params: VacancyReportParams, options?: RequestOptions): Promise<VacancyReport>;
  /** Rotterdam balance of candidate sources and bases on vacancies without preference (indicative). */
  balance(params: BalanceReportParams, options?: RequestOptions): Promise<BalanceReport>;
}

/**
 * The event feed: lifecycle events (CloudEvents, ids and codes only) about the records you
 * may read, in commit order.
 *
 * @public
 */
export interface EventResource {
  /** One page after a cursor (`GET /events`); with `wait`, an empty page is held until an event arrives. */
  list(params?: EventListParams, options?: RequestOptions): Promise<EventPage>;
  /**
   * The pages after `after`, as an async iterator. Resumable: store `page.nextCursor` after
   * handling a page and pass it as `after` next time. Ends at the end of the feed unless
   * `follow` is set; then it long-polls for new events until `options.signal` aborts.
   */
  iterate(params?: EventIterateParams, options?: RequestOptions): AsyncGenerator<EventPage, void, undefined>;
}

/**
 * Webhook subscriptions of your organisation, their deliveries and the dead-letter list.
 *
 * @public
 */
export interface SubscriptionResource {
  list(options?: RequestOptions): Promise<Subscription[]>;
  /** Creates a subscription; the answer holds its signing secret, shown only this once. */
  create(request: SubscriptionRequest, options?: PostOptions): Promise<SubscriptionCreated>;
  get(id: string, options?: RequestOptions): Promise<Subscription>;
  /** Replaces callback URL, event types, filters and the active flag; the secret stays. */
  update(id: string, request: SubscriptionRequest, options?: RequestOptions): Promise<Subscription>;
  delete(id: string, options?: RequestOptions): Promise<void>;
  /** Deliveries with every attempt, newest first; `status: 'dead-letter'` is the dead-letter list. */
  deliveries(id: string, params?: DeliveryListParams, options?: RequestOptions): Promise<DeliveryPage>;
  /** Queues a delivery again now (also from the dead-letter list). */
  redeliver(id: string, deliveryId: string, options?: PostOptions): Promise<Delivery>;
}

/**
 * Effect twin of {@link EventResource}; `iterate` is a Stream of pages.
 *
 * @public
 */
export interface EventResourceEffect {
  /** See the Promise twin's `list`; fails with {@link AnyClientError}. */
  list(params?: EventListParams, options?: RequestOptions): Effect.Effect<EventPage, AnyClientError>;
  /** See the Promise twin's `iterate`; fails with {@link AnyClientError}. */
  iterate(params?: EventIterateParams, options?: RequestOptions): Stream.Stream<EventPage, AnyClientError>;
}

/**
 * Effect twin of {@link SubscriptionResource}.
 *
 * @public
 */
export interface SubscriptionResourceEffect {
  list(options?: RequestOptions): Effect.Effect<Subscription[], AnyClientError>;
  create(request: SubscriptionRequest, options?: PostOptions): Effect.Effect<SubscriptionCreated, AnyClientError>;
  get(id: string, options?: RequestOptions): Effect.Effect<Subscription, AnyClientError>;
  update(id: string, request: SubscriptionRequest, options?: RequestOptions): Effect.Effect<Subscription, AnyClientError>;
  delete(id: string, options?: RequestOptions): Effect.Effect<void, AnyClientError>;
  deliveries(id: string, params?: DeliveryListParams, options?: RequestOptions): Effect.Effect<DeliveryPage, AnyClientError>;
  redeliver(id: string, deliveryId: string, options?: PostOptions): Effect.Effect<Delivery, AnyClientError>;
}

/**
 * Effect twin of {@link RecordResource}: same methods, returning effects; `listAll` is a Stream.
 *
 * @public
 */
export interface RecordResourceEffect<T> {
  /** See the Promise twin's `create`; fails with {@link AnyClientError}. */
  create(document: T, options?: PostOptions): Effect.Effect<Versioned<T>, AnyClientError>;
  /** See the Promise twin's `get`; fails with {@link AnyClientError}. */
  get(id: string, options?: RequestOptions): Effect.Effect<Versioned<T>, AnyClientError>;
  /** See the Promise twin's `update`; fails with {@link AnyClientError}. */
  update(id: string, document: T, options: WriteOptions): Effect.Effect<Versioned<T>, AnyClientError>;
  /** See the Promise twin's `delete`; fails with {@link AnyClientError}. */
  delete(id: string, options: WriteOptions): Effect.Effect<void, AnyClientError>;
  /** See the Promise twin's `list`; fails with {@link AnyClientError}. */
  list(params?: ListParams, options?: RequestOptions): Effect.Effect<Page<T>, AnyClientError>;
  /** See the Promise twin's `listAll`; fails with {@link AnyClientError}. */
  listAll(params?: ListParams, options?: RequestOptions): Stream.Stream<T, AnyClientError>;
  /** See the Promise twin's `validate`; fails with {@link AnyClientError}. */
  validate(document: unknown, options?: PostOptions): Effect.Effect<ValidationReport, AnyClientError>;
  /** See the Promise twin's `auditTrail`; fails with {@link AnyClientError}. */
  auditTrail(id: string, options?: RequestOptions): Effect.Effect<AuditEntry[], AnyClientError>;
}

/**
 * Effect twin of {@link PlacementResource}.
 *
 * @public
 */
export interface PlacementResourceEffect extends RecordResourceEffect<Placement> {
  /** See the Promise twin's `search`; fails with {@link AnyClientError}. */
  search(params: PlacementSearchParams, options?: PostOptions): Effect.Effect<Page<Placement>, AnyClientError>;
  /** See the Promise twin's `searchAll`; fails with {@link AnyClientError}. */
  searchAll(params: PlacementSearchParams, options?: RequestOptions): Stream.Stream<Placement, AnyClientError>;
}

/**
 * Effect twin of {@link EmployerInstructionResource}.
 *
 * @public
 */
export interface EmployerInstructionResourceEffect {
  /** See the Promise twin's `create`; fails with {@link AnyClientError}. */
  create(document: EmployerInstruction, options?: PostOptions): Effect.Effect<Versioned<EmployerInstruction>, AnyClientError>;
  /** See the Promise twin's `get`; fails with {@link AnyClientError}. */
  get(id: string, options?: RequestOptions): Effect.Effect<Versioned<EmployerInstruction>, AnyClientError>;
  /** See the Promise twin's `update`; fails with {@link AnyClientError}. */
  update(id: string, document: EmployerInstruction, options: WriteOptions): Effect.Effect<Versioned<EmployerInstruction>, AnyClientError>;
  /** See the Promise twin's `revoke`; fails with {@link AnyClientError}. */
  revoke(id: string, options: WriteOptions): Effect.Effect<void, AnyClientError>;
  /** See the Promise twin's `validate`; fails with {@link AnyClientError}. */
  validate(document: unknown, options?: PostOptions): Effect.Effect<ValidationReport, AnyClientError>;
  /** See the Promise twin's `auditTrail`; fails with {@link AnyClientError}. */
  auditTrail(id: string, options?: RequestOptions): Effect.Effect<AuditEntry[], AnyClientError>;
  /** See the Promise twin's `readLog`; fails with {@link AnyClientError}. */
  readLog(id: string, options?: RequestOptions): Effect.Effect<InstructionRead[], AnyClientError>;
}

/**
 * Effect twin of {@link CodeListResource}.
 *
 * @public
 */
export interface CodeListResourceEffect {
  /** See the Promise twin's `list`; fails with {@link AnyClientError}. */
  list(options?: RequestOptions): Effect.Effect<CodeListSummary[], AnyClientError>;
  /** See the Promise twin's `get`; fails with {@link AnyClientError}. */
  get(id: string, options?: RequestOptions): Effect.Effect<CodeListDocument, AnyClientError>;
}

/**
 * Effect twin of {@link ReportResource}.
 *
 * @public
 */
export interface ReportResourceEffect {
  /** See the Promise twin's `progress`; fails with {@link AnyClientError}. */
  progress(params: ProgressReportParams, options?: RequestOptions): Effect.Effect<ProgressReport, AnyClientError>;
  /** See the Promise twin's `harmonisation`; fails with {@link AnyClientError}. */
  harmonisation(params: HarmonisationReportParams, options?: RequestOptions): Effect.Effect<HarmonisationReport, AnyClientError>;
  /** See the Promise twin's `leadTimes`; fails with {@link AnyClientError}. */
  leadTimes(params: LeadTimeReportParams, options?: RequestOptions): Effect.Effect<LeadTimeReport, AnyClientError>;
  /** See the Promise twin's `vacancies`; fails with {@link AnyClientError}. */
  vacancies(params: VacancyReportParams, options?: RequestOptions): Effect.Effect<VacancyReport, AnyClientError>;
  /** See the Promise twin's `balance`; fails with {@link AnyClientError}. */
  balance(params: BalanceReportParams, options?: RequestOptions): Effect.Effect<BalanceReport, AnyClientError>;
}

/**
 * The Effect API: the same resources and methods as the Promise API, returning
 * `Effect<A, AnyClientError>` (and `Stream` for `listAll`/`searchAll`). Nothing runs until
 * the effect runs; interrupting it aborts the request in flight.
 *
 * @remarks An effect from a POST method carries the idempotency key chosen when the method
 * was called, so re-running that same effect (e.g. with `Effect.retry`) cannot create a
 * duplicate.
 *
 * @public
 */
export interface EffectClient {
  readonly partnershipAgreements: RecordResourceEffect<PartnershipAgreement>;
  readonly executionPlans: RecordResourceEffect<ExecutionPlan>;
  readonly vacancies: RecordResourceEffect<Vacancy>;
  readonly placements: PlacementResourceEffect;
  readonly wageValueAssessments: RecordResourceEffect<WageValueAssessment>;
  readonly candidateProposals: RecordResourceEffect<CandidateProposal>;
  readonly instrumentGrants: RecordResourceEffect<InstrumentGrantDocument>;
  readonly placementFollowUps: RecordResourceEffect<PlacementFollowUp>;
  readonly jobCoachPlans: RecordResourceEffect<JobCoachPlan>;
  readonly jobCoachReports: RecordResourceEffect<JobCoachReport>;
  readonly wageCostSubsidyDeclarations: RecordResourceEffect<WageCostSubsidyDeclaration>;
  readonly contactMoments: RecordResourceEffect<ContactMoment>;
  readonly employerInstructions: EmployerInstructionResourceEffect;
  readonly codeLists: CodeListResourceEffect;
  readonly reports: ReportResourceEffect;
  readonly events: EventResourceEffect;
  readonly subscriptions: SubscriptionResourceEffect;
}

/**
 * A client of a server that implements the banenafspraak standard.
 *
 * @public
 */
export interface Client {
  /** Samenwerkingsafspraken. */
  readonly partnershipAgreements: RecordResource<PartnershipAgreement>;
  /** Uitvoeringsplannen. */
  readonly executionPlans: RecordResource<ExecutionPlan>;
  /** Vacatures. */
  readonly vacancies: RecordResource<Vacancy>;
  /** Plaatsingen. */
  readonly placements: PlacementResource;
  /** Loonwaardebepalingen. */
  readonly wageValueAssessments: RecordResource<WageValueAssessment>;
  /** Voordrachten: candidates proposed for a vacancy (status changes follow the lifecycle). */
  readonly candidateProposals: RecordResource<CandidateProposal>;
  /** Voorzieningen: instruments applied for and decided per placement. */
  readonly instrumentGrants: RecordResource<InstrumentGrantDocument>;
  /** Evaluatie en nazorg of placements. */
  readonly placementFollowUps: RecordResource<PlacementFollowUp>;
  /** Jobcoachplannen. */
  readonly jobCoachPlans: RecordResource<JobCoachPlan>;
  /** Voortgangsrapportages jobcoaching. */
  readonly jobCoachReports: RecordResource<JobCoachReport>;
  /** Declaraties loonkostensubsidie. */
  readonly wageCostSubsidyDeclarations: RecordResource<WageCostSubsidyDeclaration>;
  /** Contactmomenten met werkgevers. */
  readonly contactMoments: RecordResource<ContactMoment>;
  /** Werkgeversinstructies. */
  readonly employerInstructions: EmployerInstructionResource;
  /** Codelijsten. */
  readonly codeLists: CodeListResource;
  /** Rapportages. */
  readonly reports: ReportResource;
  /** Gebeurtenissen: the event feed. */
  readonly events: EventResource;
  /** Abonnementen: signed webhooks. */
  readonly subscriptions: SubscriptionResource;
  /** The same API returning Effects, for Effect users. */
  readonly effect: EffectClient;
}

function effectClient(transport: Transport): EffectClient {
  return {
    partnershipAgreements: recordEffects<PartnershipAgreement>(transport, { collection: 'partnership-agreements' }),
    executionPlans: recordEffects<ExecutionPlan>(transport, { collection: 'execution-plans' }),
    vacancies: recordEffects<Vacancy>(transport, { collection: 'vacancies' }),
    placements: placementEffects<Placement>(transport, { collection: 'placements' }),
    wageValueAssessments: recordEffects<WageValueAssessment>(transport, { collection: 'wage-value-assessments' }),
    candidateProposals: recordEffects<CandidateProposal>(transport, { collection: 'candidate-proposals' }),
    instrumentGrants: recordEffects<InstrumentGrantDocument>(transport, { collection: 'instrument-grants' }),
    placementFollowUps: recordEffects<PlacementFollowUp>(transport, { collection: 'placement-follow-ups' }),
    jobCoachPlans: recordEffects<JobCoachPlan>(transport, { collection: 'job-coach-plans' }),
    jobCoachReports: recordEffects<JobCoachReport>(transport, { collection: 'job-coach-reports' }),
    wageCostSubsidyDeclarations: recordEffects<WageCostSubsidyDeclaration>(transport, { collection: 'wage-cost-subsidy-declarations' }),
    contactMoments: recordEffects<ContactMoment>(transport, { collection: 'contact-moments' }),
    employerInstructions: instructionEffects<EmployerInstruction>(transport, { collection: 'employer-instructions' }),
    codeLists: {
      list: (options) => transport.json<{ items?: CodeListSummary[] }>({ method: 'GET', path: '/code-lists', options }).pipe(itemsOf),
      get: (id, options) => transport.json<CodeListDocument>({ method: 'GET', path: `/code-lists/${seg(id)}`, options }),
    },
    reports: {
      progress: ({ from, to, groupBy, regionAttribution }, options) =>
        transport.json<ProgressReport>({
          method: 'GET',
          path: '/reports/progress',
          query: { from, to, groupBy, regionAttribution },
          options,
        }),
      leadTimes: ({ from, to, asOf, groupBy, periodUnit }, options) =>
        transport.json<LeadTimeReport>({
          method: 'GET',
          path: '/reports/lead-times',
          query: { from, to, asOf, groupBy, periodUnit },
          options,
        }),
      vacancies: ({ from, to, asOf, normWorkingDays, calendarId, groupBy, periodUnit }, options) =>
        transport.json<VacancyReport>({
          method: 'GET',
          path: '/reports/vacancies',
          query: { from, to, asOf, normWorkingDays, calendarId, groupBy, periodUnit },
          options,
        }),
      balance: ({ from, to }, options) =>
        transport.json<BalanceReport>({ method: 'GET', path: '/reports/balance', query: { from, to }, options }),
      harmonisation: ({ employer, asOf, referenceRegion }, options) =>
        transport.json<HarmonisationReport>({
          method: 'GET',
          path: '/reports/harmonisation',
          query: { employer, asOf, referenceRegion },
          options,
        }),
    },
    events: eventEffects(transport),
    subscriptions: subscriptionEffects(transport),
  };
}

/** The Promise twin of the event stream: one request at a time, typed errors as the other methods. */
async function* iterateEvents(
  list: EffectClient['events']['list'],
  params: EventIterateParams = {},
  options?: RequestOptions,
): AsyncGenerator<EventPage, void, undefined> {
  let after = params.after;
  for (;;) {
    const page = await runPromise(
      list(
        {
          ...(params.limit ? { limit: params.limit } : {}),
          ...(after ? { after } : {}),
          ...(params.follow ? { wait: params.wait ?? 20 } : {}),
        },
        options,
      ),
    );
    if (page.items.length > 0) yield page;
    else if (!params.follow) return;
    after = page.nextCursor;
  }
}

function itemsOf<T, E>(effect: Effect.Effect<{ items?: T[] }, E>): Effect.Effect<T[], E> {
  return Effect.map(effect, (body) => body?.items ?? []);
}

function recordPromises<T>(e: RecordResourceEffect<T>): RecordResource<T> {
  return {
    create: promised(e.create),
    get: promised(e.get),
    update: promised(e.update),
    delete: promised(e.delete),
    list: promised(e.list),
    listAll: (params = {}, options) => promisedPages(e.list)(params, options),
    validate: promised(e.validate),
    auditTrail: promised(e.auditTrail),
  };
}

/**
 * Creates a client for a server that implements the banenafspraak standard.
 *
 * @example
 * ```ts
 * import { createClient } from '@banenafspraak/client';
 *
 * const client = createClient({ baseUrl: 'https://api.example.nl/v1', token: process.env.TOKEN });
 * const { document, etag } = await client.placements.get(id);
 * await client.placements.update(id, { ...document, hoursPerWeek: 28 }, { etag });
 * for await (const vacancy of client.vacancies.listAll({ region: 'AM22' })) console.log(vacancy.jobType.title);
 * ```
 *
 * @public
 */
export function createClient(options: ClientOptions): Client {
  const transport = new Transport(resolveConfig(options));
  const effect = effectClient(transport);
  const placements = recordPromises(effect.placements);
  const instructions = effect.employerInstructions;
  return {
    partnershipAgreements: recordPromises(effect.partnershipAgreements),
    executionPlans: recordPromises(effect.executionPlans),
    vacancies: recordPromises(effect.vacancies),
    placements: {
      ...placements,
      search: promised(effect.placements.search),
      searchAll: (params, opts) => promisedPages(effect.placements.search)(params, opts),
    },
    wageValueAssessments: recordPromises(effect.wageValueAssessments),
    candidateProposals: recordPromises(effect.candidateProposals),
    instrumentGrants: recordPromises(effect.instrumentGrants),
    placementFollowUps: recordPromises(effect.placementFollowUps),
    jobCoachPlans: recordPromises(effect.jobCoachPlans),
    jobCoachReports: recordPromises(effect.jobCoachReports),
    wageCostSubsidyDeclarations: recordPromises(effect.wageCostSubsidyDeclarations),
    contactMoments: recordPromises(effect.contactMoments),
    employerInstructions: {
      create: promised(instructions.create),
      get: promised(instructions.get),
      update: promised(instructions.update),
      revoke: promised(instructions.revoke),
      validate: promised(instructions.validate),
      auditTrail: promised(instructions.auditTrail),
      readLog: promised(instructions.readLog),
    },
    codeLists: { list: promised(effect.codeLists.list), get: promised(effect.codeLists.get) },
    reports: {
      progress: promised(effect.reports.progress),
      harmonisation: promised(effect.reports.harmonisation),
      leadTimes: promised(effect.reports.leadTimes),
      vacancies: promised(effect.reports.vacancies),
      balance: promised(effect.reports.balance),
    },
    events: {
      list: promised(effect.events.list),
      iterate: (params, opts) => iterateEvents(effect.events.list, params, opts),
    },
    subscriptions: {
      list: promised(effect.subscriptions.list),
      create: promised(effect.subscriptions.create),
      get: promised(effect.subscriptions.get),
      update: promised(effect.subscriptions.update),
      delete: promised(effect.subscriptions.delete),
      deliveries: promised(effect.subscriptions.deliveries),
      redeliver: promised(effect.subscriptions.redeliver),
    },
    effect,
  };
}
