// What every check gets: raw HTTP with recording, typed clients per token, the shared fixture
// (one record per collection, created from the canonical examples) and bookkeeping of what
// the suite created, so it can clean up.
import { type Client, createClient, isClientError } from '@banenafspraak/client';
import {
  executionPlanExample,
  partnershipAgreementExample,
  placementExample,
  vacancyExample,
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
  readonly fetch: (request: Request) => Promise<Response>;
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
}

export const FIXTURE_COLLECTIONS = [
  'partnership-agreements',
  'execution-plans',
  'vacancies',
  'placements',
  'wage-value-assessments',
] as const;

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
    const ids: Record<'partnership' | 'plan' | 'vacancy' | 'placement' | 'assessment', string> = {
      partnership: crypto.randomUUID(),
      plan: crypto.randomUUID(),
      vacancy: crypto.randomUUID(),
      placement: crypto.randomUUID(),
      assessment: crypto.randomUUID(),
    };
    // The server assigns ids on create: each record is linked to the ids its parents got.
    const docs = () => fixtureDocuments(ids);
    const create = async (collection: (typeof FIXTURE_COLLECTIONS)[number], doc: Doc) => {
      const resource = resourceOf(this.main, collection);
      try {
        const r = await resource.create(doc as never);
        const id = (r.document as Doc).id as string;
        this.track(collection, id);
        return { id, etag: r.etag, document: r.document as Doc };
      } catch (e) {
        const detail = isClientError(e)
          ? `${e._tag}${'status' in e ? ` ${String((e as { status: unknown }).status)}` : ''}: ${e.message}`
          : String(e);
        throw new CheckFailure(`creating the canonical ${collection} example failed`, '201 Created', detail);
      }
    };
    const partnership = await create('partnership-agreements', docs().partnership);
    ids.partnership = partnership.id;
    const plan = await create('execution-plans', docs().plan);
    ids.plan = plan.id;
    const vacancy = await create('vacancies', docs().vacancy);
    ids.vacancy = vacancy.id;
    const placement = await create('placements', docs().placement);
    ids.placement = placement.id;
    const assessment = await create('wage-value-assessments', docs().assessment);
    return { partnership, plan, vacancy, placement, assessment };
  }

  /** Deletes what the suite created where the standard allows it (initial status only). */
  async cleanUp(): Promise<string[]> {
    const left: string[] = [];
    for (const { collection, id } of [...this.created.values()].reverse()) {
      try {
        const resource = resourceOf(this.main, collection as (typeof FIXTURE_COLLECTIONS)[number]);
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
 * Collections the suite exercises: those the client (and so a conforming server) has a
 * resource for. Document types of core without a resource yet (the daily-flow documents:
 * candidate proposals, instrument grants, follow-ups, LKS declarations) are pending.
 */
export const SERVED_COLLECTIONS: readonly string[] = [
  'partnership-agreements',
  'execution-plans',
  'vacancies',
  'placements',
  'wage-value-assessments',
  'employer-instructions',
];

export function resourceOf(client: Client, collection: string) {
  switch (collection) {
    case 'partnership-agreements':
      return client.partnershipAgreements;
    case 'execution-plans':
      return client.executionPlans;
    case 'vacancies':
      return client.vacancies;
    case 'placements':
      return client.placements;
    case 'wage-value-assessments':
      return client.wageValueAssessments;
    default:
      throw new Error(`unknown collection ${collection}`);
  }
}

/** The canonical examples with the given ids, references rewired to each other. */
export function fixtureDocuments(ids: {
  partnership: string;
  plan: string;
  vacancy: string;
  placement: string;
  assessment: string;
}): Record<keyof typeof ids, Doc> {
  const partnership = { ...structuredClone(partnershipAgreementExample), id: ids.partnership } as Doc;
  const plan = { ...structuredClone(executionPlanExample), id: ids.plan, partnershipId: ids.partnership } as Doc;
  const vacancy = { ...structuredClone(vacancyExample), id: ids.vacancy } as Doc;
  const placement = structuredClone(placementExample) as Doc;
  const oldAssessmentId = wageValueAssessmentExample.id;
  Object.assign(placement, { id: ids.placement, vacancyId: ids.vacancy, executionPlanId: ids.plan });
  for (const instrument of (placement.instruments ?? []) as Doc[]) {
    if (instrument.wageValueAssessmentId === oldAssessmentId) instrument.wageValueAssessmentId = ids.assessment;
  }
  const assessment = { ...structuredClone(wageValueAssessmentExample), id: ids.assessment, placementId: ids.placement } as Doc;
  return { partnership, plan, vacancy, placement, assessment };
}
