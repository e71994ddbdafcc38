// What every check gets: raw HTTP with recording, typed clients per token, the shared fixture
// (one record per collection, created from the canonical examples) and bookkeeping of what
// the suite created, so it can clean up.
import { type Client, createClient, isClientError } from '@banenafspraak/client';
import {
  candidateProposalExample,
  contactMomentExample,
  documentDefinitions,
  executionPlanExample,
  instrumentGrantExample,
  jobCoachPlanExample,
  jobCoachReportExample,
  partnershipAgreementExample,
  placementExample,
  placementFollowUpExample,
  vacancyExample,
  wageCostSubsidyDeclarationExample,
  wageValueAssessmentExample,
} from '@banenafspraak/core';

/** A failed expectation: what was expected and what the server did. */
export class CheckFailure extends Error {
  readonly expected: string;
  readonly observed: string;
  constructor(message: string, expected: string, observed: string) {
    super(message);
    this.name = 'CheckFailure';
    this.expected = expected;
    this.observed = observed;
  }
}

/** Thrown by a check that cannot run with the tokens it was given. */
export class CheckSkipped extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'CheckSkipped';
  }
}

/** Fails the check unless `condition` holds. */
export function expectThat(condition: unknown, message: string, expected: string, observed: string): asserts condition {
  if (!condition) throw new CheckFailure(message, expected, observed);
}

/** One response the suite saw (for the report and the canary scan). */
export interface SeenResponse {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly body: string;
  readonly as: TokenName | 'other';
}

export type TokenName = 'main' | 'otherTenant' | 'employee' | 'none';

/**
 * A JSON body of the server under test, or a document the suite changes on purpose. The server
 * may answer any shape, and each check tests the parts it reads, so this one name is untyped
 * instead of an `any` in every check.
 */
// biome-ignore lint/suspicious/noExplicitAny: a server under test may answer any shape; each check tests the parts it reads
export type Json = any;

export interface RawResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  json(): Json;
}

export interface ContextOptions {
  readonly baseUrl: string;
  readonly token: string;
  readonly otherTenantToken: string;
  readonly employeeToken?: string | undefined;
  readonly fetch: (request: Request) => Response | Promise<Response>;
  readonly timeout: number;
  /** Host of this machine the server can send webhooks to (on its allow-list); without it the webhook checks are skipped. */
  readonly webhookHost?: string | undefined;
}

type Doc = Record<string, Json>;

/** The records of the shared fixture: one per collection, linked like the canonical examples. */
export interface Fixture {
  readonly partnership: { id: string; etag: string; document: Doc };
  readonly plan: { id: string; etag: string; document: Doc };
  readonly vacancy: { id: string; etag: string; document: Doc };
  readonly placement: { id: string; etag: string; document: Doc };
  readonly assessment: { id: string; etag: string; document: Doc };
  readonly proposal: { id: string; etag: string; document: Doc };
  readonly grant: { id: string; etag: string; document: Doc };
  readonly followUp: { id: string; etag: string; document: Doc };
  readonly coachPlan: { id: string; etag: string; document: Doc };
  readonly coachReport: { id: string; etag: string; document: Doc };
  readonly declaration: { id: string; etag: string; document: Doc };
  readonly contactMoment: { id: string; etag: string; document: Doc };
}

/** The collection of each fixture record, in creation order (parents first). */
export const FIXTURE_RECORDS = {
  partnership: 'partnership-agreements',
  plan: 'execution-plans',
  vacancy: 'vacancies',
  placement: 'placements',
  assessment: 'wage-value-assessments',
  proposal: 'candidate-proposals',
  grant: 'instrument-grants',
  followUp: 'placement-follow-ups',
  coachPlan: 'job-coach-plans',
  coachReport: 'job-coach-reports',
  declaration: 'wage-cost-subsidy-declarations',
  contactMoment: 'contact-moments',
} as const satisfies Record<keyof Fixture, string>;

export const FIXTURE_COLLECTIONS = Object.values(FIXTURE_RECORDS);
type FixtureKey = keyof typeof FIXTURE_RECORDS;

export class Context {
  readonly runId = crypto.randomUUID().slice(0, 8);
  /** Text that the werkgeversinstructie of this run contains and no other response may. */
  readonly canary = `CNF-CANARY-${crypto.randomUUID()}`;
  readonly seen: SeenResponse[] = [];
  /** Request lines of the check that is running (reset per check). */
  requests: string[] = [];
  readonly main: Client;
  readonly other: Client;
  readonly employee: Client | undefined;
  /** Records the suite created that are still there: `collection/id`. */
  readonly created = new Map<string, { collection: string; id: string }>();
  private fixturePromise: Promise<Fixture> | undefined;
  private readonly tokenNames = new Map<string, TokenName>();

  constructor(readonly options: ContextOptions) {
    this.tokenNames.set(options.token, 'main');
    this.tokenNames.set(options.otherTenantToken, 'otherTenant');
    if (options.employeeToken) this.tokenNames.set(options.employeeToken, 'employee');
    const client = (token: string) =>
      createClient({ baseUrl: options.baseUrl, token, fetch: (r) => this.recordingFetch(r), retry: false, timeout: options.timeout });
    this.main = client(options.token);
    this.other = client(options.otherTenantToken);
    this.employee = options.employeeToken ? client(options.employeeToken) : undefined;
  }

  get base(): string {
    return this.options.baseUrl.replace(/\/+$/, '');
  }

  /** Every request goes through here: recorded for the report and the canary scan. */
  async recordingFetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const auth = request.headers.get('Authorization');
    const as: TokenName | 'other' = auth ? (this.tokenNames.get(auth.replace(/^Bearer\s+/i, '')) ?? 'other') : 'none';
    const line = `${request.method} ${url.pathname}${url.search} (token: ${as})`;
    let response: Response;
    try {
      response = await this.options.fetch(request);
    } catch (e) {
      this.requests.push(`${line} → network error: ${(e as Error).message}`);
      throw e;
    }
    const body = await response.clone().text();
    this.requests.push(`${line} → ${response.status}`);
    this.seen.push({ method: request.method, path: url.pathname, status: response.status, body, as });
    return response;
  }

  /** A raw request relative to the base URL (redirects are not followed). */
  async http(
    method: string,
    path: string,
    init: { token?: TokenName; headers?: Record<string, string>; body?: unknown; rawBody?: string } = {},
  ): Promise<RawResponse> {
    const headers = new Headers(init.headers);
    const token = this.tokenOf(init.token ?? 'main');
    if (token) headers.set('Authorization', `Bearer ${token}`);
    let body: string | undefined = init.rawBody;
    if (init.body !== undefined) {
      body = JSON.stringify(init.body);
      if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
    }
    const url = path.startsWith('http') ? path : `${this.base}${path}`;
    const request = new Request(url, {
      method,
      headers,
      redirect: 'manual',
      ...(body !== undefined ? { body } : {}),
      signal: AbortSignal.timeout(this.options.timeout),
    });
    const response = await this.recordingFetch(request);
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      text,
      json() {
        try {
          return JSON.parse(text);
        } catch {
          return undefined;
        }
      },
    };
  }

  tokenOf(name: TokenName): string | undefined {
    if (name === 'main') return this.options.token;
    if (name === 'otherTenant') return this.options.otherTenantToken;
    if (name === 'employee') return this.options.employeeToken;
    return undefined;
  }

  requireEmployee(): Client {
    if (!this.employee)
      throw new CheckSkipped('needs --token-employee (the employee whose candidate id is that of the canonical placement)');
    return this.employee;
  }

  track(collection: string, id: string): void {
    this.created.set(`${collection}/${id}`, { collection, id });
  }

  untrack(collection: string, id: string): void {
    this.created.delete(`${collection}/${id}`);
  }

  /** A vacancy in its initial status (deletable), with a title unique to this run. */
  draftVacancy(label: string): Doc {
    const v = structuredClone(vacancyExample) as Doc;
    v.id = crypto.randomUUID();
    v.status = 'DRAFT';
    delete v.receivedAt;
    delete v.receivedBy;
    delete v.placesFilled;
    v.jobType = { ...v.jobType, title: `CNF ${this.runId} ${label}` };
    return v;
  }

  /** Creates a draft vacancy with the main token and tracks it for clean-up. */
  async createDraftVacancy(label: string): Promise<{ id: string; etag: string; document: Doc }> {
    const created = await this.main.vacancies.create(this.draftVacancy(label) as never);
    const id = (created.document as Doc).id as string;
    this.track('vacancies', id);
    return { id, etag: created.etag, document: created.document as Doc };
  }

  /**
   * The shared fixture: the canonical examples with fresh ids, linked to each other, created
   * once with the main token. Checks that need records share it; the first failure is
   * reported by every check that needs it.
   */
  fixture(): Promise<Fixture> {
    this.fixturePromise ??= this.createFixture();
    return this.fixturePromise;
  }

  private async createFixture(): Promise<Fixture> {
    // The server assigns ids on create: each record is linked to the ids its parents got.
    const ids = Object.fromEntries(Object.keys(FIXTURE_RECORDS).map((k) => [k, crypto.randomUUID()])) as Record<FixtureKey, string>;
    const created: Partial<Record<FixtureKey, { id: string; etag: string; document: Doc }>> = {};
    for (const key of Object.keys(FIXTURE_RECORDS) as FixtureKey[]) {
      const collection = FIXTURE_RECORDS[key];
      try {
        const r = await resourceOf(this.main, collection).create(fixtureDocuments(ids)[key] as never);
        const id = (r.document as Doc).id as string;
        this.track(collection, id);
        ids[key] = id;
        created[key] = { id, etag: r.etag, document: r.document as Doc };
      } catch (e) {
        const detail = isClientError(e)
          ? `${e._tag}${'status' in e ? ` ${String((e as { status: unknown }).status)}` : ''}: ${e.message}`
          : String(e);
        throw new CheckFailure(`creating the canonical ${collection} example failed`, '201 Created', detail);
      }
    }
    return created as Fixture;
  }

  /** Deletes what the suite created where the standard allows it (initial status only). */
  async cleanUp(): Promise<string[]> {
    const left: string[] = [];
    for (const { collection, id } of [...this.created.values()].reverse()) {
      try {
        const resource = resourceOf(this.main, collection);
        const current = await resource.get(id);
        await resource.delete(id, { etag: current.etag });
        this.untrack(collection, id);
      } catch (e) {
        if (isClientError(e) && e._tag === 'NotFoundError') {
          this.untrack(collection, id);
          continue;
        }
        left.push(`${collection}/${id}`);
      }
    }
    return left;
  }
}

/**
 * Collections the suite exercises: every document type of core (its definition's
 * `collection` is the resource path), the employer instruction included.
 */
export const SERVED_COLLECTIONS: readonly string[] = documentDefinitions.map((d) => d.collection);

/** The client's resource of a record collection: `wage-value-assessments` → `client.wageValueAssessments`. */
export function resourceOf(client: Client, collection: string): Client['vacancies'] {
  const name = collection.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
  const resource = (client as unknown as Record<string, unknown>)[name];
  if (collection === 'employer-instructions' || resource === undefined) throw new Error(`no record resource for ${collection}`);
  return resource as Client['vacancies'];
}

/**
 * The canonical examples with the given ids, references rewired to each other. The daily-flow
 * records are in their first status (so the suite can delete them again), without the facts
 * of a later one (an outcome, a decision, a payment).
 */
export function fixtureDocuments(ids: Record<FixtureKey, string>): Record<FixtureKey, Doc> {
  const copy = (example: object, over: Doc): Doc => {
    const doc: Doc = { ...structuredClone(example), ...over };
    for (const [k, v] of Object.entries(doc)) if (v === undefined) delete doc[k];
    return doc;
  };
  const partnership = copy(partnershipAgreementExample, { id: ids.partnership });
  const plan = copy(executionPlanExample, { id: ids.plan, partnershipId: ids.partnership });
  const vacancy = copy(vacancyExample, { id: ids.vacancy });
  const placement = copy(placementExample, { id: ids.placement, vacancyId: ids.vacancy, executionPlanId: ids.plan });
  const oldAssessmentId = wageValueAssessmentExample.id;
  for (const instrument of (placement.instruments ?? []) as Doc[]) {
    if (instrument.wageValueAssessmentId === oldAssessmentId) instrument.wageValueAssessmentId = ids.assessment;
  }
  const assessment = copy(wageValueAssessmentExample, { id: ids.assessment, placementId: ids.placement });
  const proposal = copy(candidateProposalExample, {
    id: ids.proposal,
    vacancyId: ids.vacancy,
    status: 'PENDING',
    statusHistory: undefined,
    outcomeAt: undefined,
  });
  const grant = copy(instrumentGrantExample, {
    id: ids.grant,
    placementId: ids.placement,
    wageValueAssessmentId: ids.assessment,
    status: 'REQUESTED',
    statusHistory: undefined,
    decidedOn: undefined,
    decisionReference: undefined,
  });
  const followUp = copy(placementFollowUpExample, {
    id: ids.followUp,
    placementId: ids.placement,
    trialPlacementId: undefined,
    status: 'PLANNED',
  });
  // The job-coach organisation of the reference server's demo (the examples name a KvK number the suite uses as the other tenant).
  const coach = { scheme: 'KVK', value: '11223344', name: 'Voorbeeld Jobcoaching B.V.' };
  const coachPlan = copy(jobCoachPlanExample, {
    id: ids.coachPlan,
    placementId: ids.placement,
    grantId: ids.grant,
    status: 'DRAFT',
    provider: coach,
  });
  const coachReport = copy(jobCoachReportExample, {
    id: ids.coachReport,
    planId: ids.coachPlan,
    placementId: ids.placement,
    status: 'DRAFT',
    author: coach,
  });
  const declaration = copy(wageCostSubsidyDeclarationExample, {
    id: ids.declaration,
    grantId: ids.grant,
    placementId: ids.placement,
    status: 'DRAFT',
    payment: undefined,
  });
  const contactMoment = copy(contactMomentExample, {
    id: ids.contactMoment,
    partnershipId: ids.partnership,
    vacancyId: ids.vacancy,
    status: 'PLANNED',
    statusHistory: undefined,
  });
  return {
    partnership,
    plan,
    vacancy,
    placement,
    assessment,
    proposal,
    grant,
    followUp,
    coachPlan,
    coachReport,
    declaration,
    contactMoment,
  };
}
