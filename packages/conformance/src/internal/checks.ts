// The check table. Each check has a stable id, a title, what it sends and what it expects in
// words (rendered into docs/standard/conformance.md) and a `run` that throws CheckFailure
// with the expected and observed behaviour.
import { isClientError } from '@banenafspraak/client';
import {
  type DocumentDefinition,
  documentDefinitions,
  EmployerInstructionDefinition,
  employerInstructionExample,
  ruleCatalogue,
  validate,
} from '@banenafspraak/core';
import {
  CheckFailure,
  CheckSkipped,
  type Context,
  expectThat,
  FIXTURE_COLLECTIONS,
  type RawResponse,
  resourceOf,
  SERVED_COLLECTIONS,
  type SeenResponse,
} from './context.js';
import { EVENT_CHECKS } from './event-checks.js';
import { NOT_TRIGGERABLE, RULE_CASES, type RuleCase } from './rule-cases.js';
import { SECURITY_CHECKS } from './security-checks.js';
import { versionChecks } from './version-checks.js';

/**
 * Groups of checks, in report order.
 *
 * @public
 */
export type CheckCategory = 'ADR' | 'VAL' | 'CON' | 'IDM' | 'PAG' | 'TEN' | 'EMI' | 'VER' | 'EVT';

export interface CheckDefinition {
  readonly id: string;
  readonly category: CheckCategory;
  readonly title: string;
  readonly sends: string;
  readonly expects: string;
  readonly needsEmployee?: boolean;
  readonly run: (ctx: Context) => Promise<void>;
}

type Doc = Record<string, any>;

const short = (text: string | undefined, max = 300): string =>
  text === undefined ? '(nothing)' : text.length > max ? `${text.slice(0, max)}…` : text;
const describeError = (e: unknown): string => {
  if (isClientError(e)) {
    const status = 'status' in e ? ` ${String((e as { status: unknown }).status)}` : '';
    return `${e._tag}${status}: ${e.message}`;
  }
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
};

const PROBLEM_TYPE = /^application\/problem\+json\b/i;

function assertProblem(r: RawResponse, status: number, what: string): Doc {
  expectThat(r.status === status, `${what}: wrong status`, `HTTP ${status}`, `HTTP ${r.status}: ${short(r.text)}`);
  const type = r.headers.get('Content-Type') ?? '';
  expectThat(
    PROBLEM_TYPE.test(type),
    `${what}: not a problem document`,
    'Content-Type: application/problem+json',
    `Content-Type: ${type || '(none)'}`,
  );
  const body = r.json() as Doc | undefined;
  expectThat(body && typeof body === 'object', `${what}: body is not JSON`, 'a JSON object', short(r.text));
  const missing = (['type', 'title', 'status', 'detail'] as const).filter((k) =>
    k === 'status' ? typeof body.status !== 'number' : typeof body[k] !== 'string',
  );
  expectThat(
    missing.length === 0,
    `${what}: problem members missing`,
    'type, title, detail (strings) and status (number), RFC 9457',
    `missing or wrong type: ${missing.join(', ')}`,
  );
  expectThat(
    body.status === status,
    `${what}: status member differs from the HTTP status`,
    `status: ${status}`,
    `status: ${String(body.status)}`,
  );
  return body;
}

function definitionOf(type: string): DocumentDefinition {
  const d = documentDefinitions.find((x) => x.type === type);
  if (!d) throw new Error(`no definition for ${type}`);
  return d;
}

const today = () => new Date().toISOString().slice(0, 10);

// ---------------------------------------------------------------- ADR: NL API Design Rules

const adrChecks: CheckDefinition[] = [
  {
    id: 'CNF-ADR-001',
    category: 'ADR',
    title: 'API-Version header on every response equals info.version',
    sends: 'GET /openapi.json (no token), GET /vacancies, GET /vacancies/{random id}, GET /vacancies without token',
    expects: 'every response carries `API-Version` equal to `info.version` of the OpenAPI document, errors included',
    async run(ctx) {
      const oa = await ctx.http('GET', '/openapi.json', { token: 'none' });
      const version = (oa.json() as Doc | undefined)?.info?.version;
      expectThat(
        typeof version === 'string',
        'the OpenAPI document has no info.version',
        'GET /openapi.json → 200 with info.version',
        `HTTP ${oa.status}`,
      );
      const responses: [string, RawResponse][] = [
        ['GET /openapi.json', oa],
        ['GET /vacancies', await ctx.http('GET', '/vacancies?limit=1')],
        ['GET /vacancies/{unknown}', await ctx.http('GET', `/vacancies/${crypto.randomUUID()}`)],
        ['GET /vacancies (no token)', await ctx.http('GET', '/vacancies', { token: 'none' })],
      ];
      for (const [what, r] of responses) {
        const got = r.headers.get('API-Version');
        expectThat(
          got === version,
          `${what}: API-Version header`,
          `API-Version: ${version}`,
          got === null ? 'no API-Version header' : `API-Version: ${got}`,
        );
      }
    },
  },
  {
    id: 'CNF-ADR-002',
    category: 'ADR',
    title: 'A trailing slash is 404, not a redirect',
    sends: 'GET /vacancies/ and GET /openapi.json/ (redirects not followed)',
    expects: '404 with a problem document; no 3xx and no `Location`',
    async run(ctx) {
      for (const path of ['/vacancies/', '/openapi.json/']) {
        const r = await ctx.http('GET', path);
        expectThat(
          r.status === 404,
          `GET ${path}`,
          'HTTP 404',
          `HTTP ${r.status}${r.headers.get('Location') ? ` Location: ${r.headers.get('Location')}` : ''}`,
        );
        assertProblem(r, 404, `GET ${path}`);
      }
    },
  },
  {
    id: 'CNF-ADR-003',
    category: 'ADR',
    title: 'Errors are RFC 9457 problem documents',
    sends:
      'GET /vacancies without token (401), GET /vacancies/{random id} (404), POST /vacancies with `{}` (400), POST /vacancies with text/plain (415)',
    expects:
      '`application/problem+json` with `type`, `title`, `status` (equal to the HTTP status) and `detail`; a 400 lists `issues`, each with `severity`, `code`, `path` and `message`',
    async run(ctx) {
      assertProblem(await ctx.http('GET', '/vacancies', { token: 'none' }), 401, 'GET /vacancies without token');
      assertProblem(await ctx.http('GET', `/vacancies/${crypto.randomUUID()}`), 404, 'GET /vacancies/{unknown}');
      const bad = assertProblem(
        await ctx.http('POST', '/vacancies', { body: {}, headers: { 'Idempotency-Key': crypto.randomUUID() } }),
        400,
        'POST /vacancies {}',
      );
      expectThat(
        Array.isArray(bad.issues) && bad.issues.length > 0,
        'a 400 lists the issues',
        'issues: a non-empty array',
        `issues: ${short(JSON.stringify(bad.issues))}`,
      );
      const wrong = (bad.issues as Doc[]).filter(
        (i) =>
          !['error', 'warning', 'information'].includes(i?.severity) ||
          typeof i?.code !== 'string' ||
          !Array.isArray(i?.path) ||
          typeof i?.message !== 'string',
      );
      expectThat(wrong.length === 0, 'issue shape', '{ severity, code, ruleId?, path[], message }', short(JSON.stringify(wrong[0])));
      assertProblem(
        await ctx.http('POST', '/vacancies', { rawBody: 'hallo', headers: { 'Content-Type': 'text/plain' } }),
        415,
        'POST /vacancies as text/plain',
      );
    },
  },
  {
    id: 'CNF-ADR-004',
    category: 'ADR',
    title: 'Security headers on API responses',
    sends: 'GET /vacancies and GET /vacancies/{random id}',
    expects:
      "`X-Content-Type-Options: nosniff`, `X-Frame-Options: DENY`, `Cache-Control` containing `no-store`, `Content-Security-Policy` containing `frame-ancestors 'none'`, `Strict-Transport-Security` and `Referrer-Policy` present",
    async run(ctx) {
      for (const [what, r] of [
        ['GET /vacancies', await ctx.http('GET', '/vacancies?limit=1')],
        ['GET /vacancies/{unknown}', await ctx.http('GET', `/vacancies/${crypto.randomUUID()}`)],
      ] as const) {
        const h = (n: string) => r.headers.get(n);
        const wanted: [string, (v: string | null) => boolean, string][] = [
          ['X-Content-Type-Options', (v) => v?.toLowerCase() === 'nosniff', 'nosniff'],
          ['X-Frame-Options', (v) => v?.toUpperCase() === 'DENY', 'DENY'],
          ['Cache-Control', (v) => !!v && /no-store/i.test(v), 'no-store'],
          ['Content-Security-Policy', (v) => !!v && /frame-ancestors\s+'none'/i.test(v), "… frame-ancestors 'none' …"],
          ['Strict-Transport-Security', (v) => !!v && /max-age=\d+/i.test(v), 'max-age=…'],
          ['Referrer-Policy', (v) => !!v, 'present'],
        ];
        for (const [name, ok, exp] of wanted)
          expectThat(ok(h(name)), `${what}: ${name}`, `${name}: ${exp}`, h(name) === null ? `no ${name} header` : `${name}: ${h(name)}`);
      }
    },
  },
  {
    id: 'CNF-ADR-005',
    category: 'ADR',
    title: 'The OpenAPI document is public with CORS *',
    sends: 'GET /openapi.json without token, with `Origin: https://conformance.example`',
    expects: '200, an OpenAPI 3.x JSON document, `Access-Control-Allow-Origin: *`',
    async run(ctx) {
      const r = await ctx.http('GET', '/openapi.json', { token: 'none', headers: { Origin: 'https://conformance.example' } });
      expectThat(r.status === 200, 'GET /openapi.json without token', 'HTTP 200', `HTTP ${r.status}`);
      const doc = r.json() as Doc | undefined;
      expectThat(typeof doc?.openapi === 'string' && doc.openapi.startsWith('3.'), 'OpenAPI document', 'openapi: 3.x', short(r.text, 120));
      const acao = r.headers.get('Access-Control-Allow-Origin');
      expectThat(
        acao === '*',
        'CORS on the OpenAPI document',
        'Access-Control-Allow-Origin: *',
        acao === null ? 'no Access-Control-Allow-Origin' : `Access-Control-Allow-Origin: ${acao}`,
      );
    },
  },
];

// ---------------------------------------------------------------- VAL: validation

function ruleCheck(c: RuleCase): CheckDefinition {
  const definition = definitionOf(c.type);
  const entry = ruleCatalogue.find((r) => r.id === c.ruleId);
  return {
    id: `CNF-VAL-${c.ruleId}`,
    category: 'VAL',
    title: `${c.ruleId}: ${entry?.titleEn ?? ''}`,
    sends: `POST /${definition.collection}/_valideer (and, when core rejects it, POST /${definition.collection}) with the canonical ${c.type} example changed: ${c.change}`,
    expects: `an issue with \`ruleId: "${c.ruleId}"\` and the severity core's \`validate\` gives; for an error also 400 on create, listing the rule`,
    needsEmployee: false,
    async run(ctx) {
      const doc = structuredClone(definition.example) as Doc;
      doc.id = crypto.randomUUID();
      c.mutate(doc);
      const reference = validate(definition, doc, { asOf: today() }).issues.filter((i) => i.ruleId === c.ruleId);
      if (reference.length === 0)
        throw new Error(`core's validate does not trigger ${c.ruleId} with this change any more: update rule-cases.ts`);
      const severities = [...new Set(reference.map((i) => i.severity))];
      const resource =
        definition.type === 'EmployerInstruction' ? ctx.main.employerInstructions : resourceOf(ctx.main, definition.collection);
      let report: { valid: boolean; issues: readonly Doc[] };
      try {
        report = await resource.validate(doc);
      } catch (e) {
        throw new CheckFailure(`POST /${definition.collection}/_valideer`, '200 with { valid, issues }', describeError(e));
      }
      const found = report.issues.filter((i) => i.ruleId === c.ruleId);
      expectThat(
        found.some((i) => severities.includes(i.severity)),
        `POST /${definition.collection}/_valideer does not report ${c.ruleId}`,
        `an issue with ruleId ${c.ruleId}, severity ${severities.join(' or ')}`,
        found.length
          ? `ruleId ${c.ruleId} with severity ${found.map((i) => i.severity).join(', ')}`
          : `rule ids (or codes) reported: ${[...new Set(report.issues.map((i) => i.ruleId ?? i.code))].join(', ') || '(none)'}`,
      );
      if (!severities.includes('error')) return;
      expectThat(report.valid === false, `_valideer: valid must be false with an error`, 'valid: false', `valid: ${String(report.valid)}`);
      // The write must be rejected too. Instructions are created by the employee only.
      const writer = definition.type === 'EmployerInstruction' ? ctx.employee : ctx.main;
      if (!writer) return;
      const writeResource =
        definition.type === 'EmployerInstruction' ? writer.employerInstructions : resourceOf(writer, definition.collection);
      try {
        const created = await writeResource.create(doc as never);
        const id = (created.document as Doc).id as string;
        if (definition.type !== 'EmployerInstruction') ctx.track(definition.collection, id);
        throw new CheckFailure(
          `POST /${definition.collection} accepted a document that breaks ${c.ruleId}`,
          `400 listing ${c.ruleId}`,
          '201 Created',
        );
      } catch (e) {
        if (e instanceof CheckFailure) throw e;
        const ok = isClientError(e) && e._tag === 'ProblemError' && e.status === 400;
        expectThat(ok, `POST /${definition.collection}`, `400 listing ${c.ruleId}`, describeError(e));
        const issues = (e as { issues: readonly Doc[] }).issues;
        expectThat(
          issues.some((i) => i.ruleId === c.ruleId && i.severity === 'error'),
          `POST /${definition.collection}: the problem does not list ${c.ruleId}`,
          `issues contain ruleId ${c.ruleId} (error)`,
          `rule ids: ${[...new Set(issues.map((i) => i.ruleId ?? i.code))].join(', ')}`,
        );
      }
    },
  };
}

const valChecks: CheckDefinition[] = [
  {
    id: 'CNF-VAL-001',
    category: 'VAL',
    title: 'Every canonical example is valid for `_valideer`',
    sends: 'POST /{collection}/_valideer with the canonical example of every document type the API serves (fresh id)',
    expects: '200 with `valid: true` and no issue of severity error',
    async run(ctx) {
      for (const definition of documentDefinitions.filter((d) => SERVED_COLLECTIONS.includes(d.collection))) {
        const doc = { ...(structuredClone(definition.example) as Doc), id: crypto.randomUUID() };
        const resource =
          definition.type === 'EmployerInstruction' ? ctx.main.employerInstructions : resourceOf(ctx.main, definition.collection);
        let report: { valid: boolean; issues: readonly Doc[] };
        try {
          report = await resource.validate(doc);
        } catch (e) {
          throw new CheckFailure(`POST /${definition.collection}/_valideer`, '200 with valid: true', describeError(e));
        }
        const errors = report.issues.filter((i) => i.severity === 'error');
        expectThat(
          report.valid && errors.length === 0,
          `${definition.type} example rejected by _valideer`,
          'valid: true, no errors',
          `valid: ${String(report.valid)}; errors: ${short(JSON.stringify(errors.map((i) => [i.ruleId ?? i.code, i.path.join('.')])))}`,
        );
      }
    },
  },
  {
    id: 'CNF-VAL-002',
    category: 'VAL',
    title: 'Every canonical example can be created',
    sends:
      'POST for the canonical partnership agreement, execution plan, vacancy, placement and wage-value assessment (fresh ids, linked to each other), then GET each',
    expects: '201 with an `ETag` and the document with its id; GET returns the same document',
    async run(ctx) {
      const f = await ctx.fixture();
      for (const [collection, rec] of [
        ['partnership-agreements', f.partnership],
        ['execution-plans', f.plan],
        ['vacancies', f.vacancy],
        ['placements', f.placement],
        ['wage-value-assessments', f.assessment],
      ] as const) {
        expectThat(rec.etag, `POST /${collection}: ETag`, 'an ETag header', 'none');
        const read = await resourceOf(ctx.main, collection).get(rec.id);
        expectThat(
          (read.document as Doc).id === rec.id,
          `GET /${collection}/{id}`,
          `the record ${rec.id}`,
          `id ${(read.document as Doc).id}`,
        );
      }
    },
  },
  {
    id: 'CNF-VAL-003',
    category: 'VAL',
    title: 'A 400 lists every issue, not only the first',
    sends: 'POST /placements with the canonical placement with two independent errors (job equivalent 1, end before start)',
    expects: '400 whose issues contain both PLC-002 and PLC-003',
    async run(ctx) {
      const doc = { ...(structuredClone(definitionOf('Placement').example) as Doc), id: crypto.randomUUID() } as Doc;
      doc.jobEquivalent = 1;
      doc.actualEndDate = '2026-02-28';
      try {
        const created = await ctx.main.placements.create(doc as never);
        ctx.track('placements', (created.document as Doc).id);
        throw new CheckFailure('POST /placements accepted an invalid placement', '400', '201');
      } catch (e) {
        if (e instanceof CheckFailure) throw e;
        expectThat(isClientError(e) && e._tag === 'ProblemError' && e.status === 400, 'POST /placements', '400 problem', describeError(e));
        const ids = new Set((e as { issues: readonly Doc[] }).issues.map((i) => i.ruleId));
        expectThat(
          ids.has('PLC-002') && ids.has('PLC-003'),
          'not every issue is listed',
          'issues with PLC-002 and PLC-003',
          `rule ids: ${[...ids].join(', ')}`,
        );
      }
    },
  },
  {
    id: 'CNF-VAL-004',
    category: 'VAL',
    title: 'AGR-003: a status change outside the lifecycle is rejected on update',
    sends: 'POST /vacancies (status DRAFT), then PUT with status FILLED and the current ETag',
    expects: '400 listing AGR-003; the record keeps its version',
    async run(ctx) {
      const v = await ctx.createDraftVacancy('AGR-003');
      const changed = { ...v.document, status: 'FILLED', placesFilled: v.document.numberOfPlaces ?? 1 };
      try {
        await ctx.main.vacancies.update(v.id, changed as never, { etag: v.etag });
        throw new CheckFailure('PUT /vacancies/{id} accepted DRAFT → FILLED', '400 listing AGR-003', '200');
      } catch (e) {
        if (e instanceof CheckFailure) throw e;
        expectThat(
          isClientError(e) && e._tag === 'ProblemError' && e.status === 400,
          'PUT /vacancies/{id}',
          '400 listing AGR-003',
          describeError(e),
        );
        const ids = (e as { issues: readonly Doc[] }).issues.map((i) => i.ruleId ?? i.code);
        expectThat(ids.includes('AGR-003'), 'the problem does not list AGR-003', 'issues contain AGR-003', `rule ids: ${ids.join(', ')}`);
      }
      const after = await ctx.main.vacancies.get(v.id);
      expectThat(after.etag === v.etag, 'the rejected update changed the record', `ETag ${v.etag}`, `ETag ${after.etag}`);
    },
  },
  ...RULE_CASES.map(ruleCheck),
];

// ---------------------------------------------------------------- CON, IDM, PAG

const conChecks: CheckDefinition[] = [
  {
    id: 'CNF-CON-001',
    category: 'CON',
    title: 'A stale If-Match gets 412 and changes nothing',
    sends: 'POST /vacancies, PUT with its ETag (succeeds), PUT again with the first ETag',
    expects: 'the second PUT gets 412 problem; the record keeps the first update',
    async run(ctx) {
      const v = await ctx.createDraftVacancy('CON-001');
      const first = await ctx.main.vacancies.update(v.id, { ...v.document, numberOfPlaces: 2 } as never, { etag: v.etag });
      expectThat(first.etag !== v.etag, 'the ETag did not change on update', 'a new ETag after PUT', `ETag ${first.etag} both times`);
      try {
        await ctx.main.vacancies.update(v.id, { ...v.document, numberOfPlaces: 5 } as never, { etag: v.etag });
        throw new CheckFailure('PUT with a stale If-Match was accepted', 'HTTP 412', '200 (last write wins)');
      } catch (e) {
        if (e instanceof CheckFailure) throw e;
        expectThat(
          isClientError(e) && e._tag === 'ConflictError' && (e as { status?: number }).status === 412,
          'PUT with a stale If-Match',
          'HTTP 412',
          describeError(e),
        );
      }
      const after = await ctx.main.vacancies.get(v.id);
      expectThat(
        (after.document as Doc).numberOfPlaces === 2,
        'the stale write changed the record',
        'numberOfPlaces 2',
        `numberOfPlaces ${(after.document as Doc).numberOfPlaces}`,
      );
    },
  },
  {
    id: 'CNF-CON-002',
    category: 'CON',
    title: 'A write without If-Match gets 428',
    sends: 'PUT /vacancies/{id} without If-Match',
    expects: '428 problem; the record is unchanged',
    async run(ctx) {
      const v = await ctx.createDraftVacancy('CON-002');
      const r = await ctx.http('PUT', `/vacancies/${v.id}`, { body: { ...v.document, numberOfPlaces: 4 } });
      assertProblem(r, 428, 'PUT without If-Match');
    },
  },
];

const idmChecks: CheckDefinition[] = [
  {
    id: 'CNF-IDM-001',
    category: 'IDM',
    title: 'A retried POST with the same Idempotency-Key returns the first result',
    sends: 'POST /vacancies twice with the same body and Idempotency-Key, then lists the vacancies',
    expects: 'both answers carry the same id; exactly one vacancy with that title exists',
    async run(ctx) {
      const doc = ctx.draftVacancy('IDM-001');
      delete doc.id;
      const key = `cnf-${crypto.randomUUID()}`;
      const a = await ctx.main.vacancies.create(doc as never, { idempotencyKey: key });
      ctx.track('vacancies', (a.document as Doc).id);
      const b = await ctx.main.vacancies.create(doc as never, { idempotencyKey: key });
      ctx.track('vacancies', (b.document as Doc).id);
      expectThat(
        (a.document as Doc).id === (b.document as Doc).id,
        'the retry created another record',
        `id ${(a.document as Doc).id} twice`,
        `ids ${(a.document as Doc).id} and ${(b.document as Doc).id}`,
      );
      let count = 0;
      for await (const v of ctx.main.vacancies.listAll({ status: 'DRAFT', limit: 100 }))
        if ((v as Doc).jobType?.title === doc.jobType.title) count++;
      expectThat(count === 1, 'duplicate after a retried POST', '1 vacancy with the title', `${count} vacancies`);
    },
  },
  {
    id: 'CNF-IDM-002',
    category: 'IDM',
    title: 'The same Idempotency-Key with another body gets 409',
    sends: 'POST /vacancies with a key, then POST with the same key and a changed body',
    expects: '409 problem; nothing new is created',
    async run(ctx) {
      const doc = ctx.draftVacancy('IDM-002');
      delete doc.id;
      const key = `cnf-${crypto.randomUUID()}`;
      const a = await ctx.main.vacancies.create(doc as never, { idempotencyKey: key });
      ctx.track('vacancies', (a.document as Doc).id);
      const r = await ctx.http('POST', '/vacancies', { body: { ...doc, numberOfPlaces: 9 }, headers: { 'Idempotency-Key': key } });
      if (r.status < 300) ctx.track('vacancies', (r.json() as Doc)?.id);
      assertProblem(r, 409, 'POST with a reused Idempotency-Key and another body');
    },
  },
];

const pagChecks: CheckDefinition[] = [
  {
    id: 'CNF-PAG-001',
    category: 'PAG',
    title: 'Cursor pagination visits every record exactly once',
    sends: 'POST 5 draft vacancies, then GET /vacancies?status=DRAFT&limit=2 following nextCursor to the end',
    expects: 'no page larger than the limit, no id twice, all 5 created ids seen, the last page without nextCursor',
    async run(ctx) {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await ctx.createDraftVacancy(`PAG-001 #${i}`)).id);
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await ctx.main.vacancies.list({ status: 'DRAFT', limit: 2, ...(cursor ? { cursor } : {}) });
        expectThat(page.items.length <= 2, 'page larger than the limit', '≤ 2 items per page', `${page.items.length} items`);
        seen.push(...page.items.map((v) => (v as Doc).id as string));
        cursor = page.nextCursor;
        expectThat(++pages <= 500, 'pagination does not end', 'a last page without nextCursor', 'more than 500 pages');
      } while (cursor);
      const dupes = seen.filter((id, i) => seen.indexOf(id) !== i);
      expectThat(dupes.length === 0, 'a record appeared twice', 'every id once', `twice: ${dupes.slice(0, 3).join(', ')}`);
      const missing = ids.filter((id) => !seen.includes(id));
      expectThat(missing.length === 0, 'a created record was never listed', 'all 5 created ids', `missing: ${missing.join(', ')}`);
    },
  },
];

// ---------------------------------------------------------------- TEN: tenant isolation

const tenChecks: CheckDefinition[] = [
  {
    id: 'CNF-TEN-001',
    category: 'TEN',
    title: "Another tenant's record is 404, for reads and writes",
    sends: "GET, PUT and DELETE of each fixture record with the other tenant's token",
    expects: '404 for every request (not 403, which would reveal that the record exists); the record is unchanged',
    async run(ctx) {
      const f = await ctx.fixture();
      const pairs = [
        ['partnership-agreements', f.partnership],
        ['execution-plans', f.plan],
        ['vacancies', f.vacancy],
        ['placements', f.placement],
        ['wage-value-assessments', f.assessment],
      ] as const;
      for (const [collection, rec] of pairs) {
        const get = await ctx.http('GET', `/${collection}/${rec.id}`, { token: 'otherTenant' });
        expectThat(get.status === 404, `GET /${collection}/{id} as the other tenant`, 'HTTP 404', `HTTP ${get.status}`);
        expectThat(
          !get.text.includes(rec.id) || get.status === 404,
          `GET /${collection}/{id} as the other tenant leaks the record`,
          'no record',
          short(get.text),
        );
      }
      const put = await ctx.http('PUT', `/vacancies/${f.vacancy.id}`, {
        token: 'otherTenant',
        body: { ...f.vacancy.document, numberOfPlaces: 7 },
        headers: { 'If-Match': f.vacancy.etag },
      });
      expectThat(put.status === 404, 'PUT /vacancies/{id} as the other tenant', 'HTTP 404', `HTTP ${put.status}`);
      const del = await ctx.http('DELETE', `/vacancies/${f.vacancy.id}`, { token: 'otherTenant', headers: { 'If-Match': f.vacancy.etag } });
      expectThat(del.status === 404, 'DELETE /vacancies/{id} as the other tenant', 'HTTP 404', `HTTP ${del.status}`);
      const after = await ctx.main.vacancies.get(f.vacancy.id);
      expectThat(
        after.etag === f.vacancy.etag,
        "the other tenant's write changed the record",
        `ETag ${f.vacancy.etag}`,
        `ETag ${after.etag}`,
      );
    },
  },
  {
    id: 'CNF-TEN-002',
    category: 'TEN',
    title: "Another tenant's records are absent from lists",
    sends: "GET every collection with the other tenant's token, following every cursor",
    expects: 'none of the records this run created appears',
    async run(ctx) {
      await ctx.fixture();
      const ours = new Set([...ctx.created.values()].map((c) => c.id));
      for (const collection of FIXTURE_COLLECTIONS) {
        for await (const doc of resourceOf(ctx.other, collection).listAll({ limit: 100 })) {
          const id = (doc as Doc).id as string;
          expectThat(
            !ours.has(id),
            `GET /${collection} as the other tenant lists a record of the main tenant`,
            'only own records',
            `record ${id}`,
          );
        }
      }
    },
  },
];

// ---------------------------------------------------------------- EMI: werkgeversinstructie

interface InstructionState {
  id: string;
  etag: string;
}
const instructions = new WeakMap<Context, Promise<InstructionState>>();

/** The run's instruction: the canonical example with the canary, for the fixture placement. */
function instruction(ctx: Context): Promise<InstructionState> {
  let p = instructions.get(ctx);
  if (!p) {
    p = (async () => {
      const employee = ctx.requireEmployee();
      const f = await ctx.fixture();
      const doc = structuredClone(employerInstructionExample) as Doc;
      doc.id = crypto.randomUUID();
      doc.placementId = f.placement.id;
      doc.instructionTips = `Geef één opdracht tegelijk. ${ctx.canary}`;
      doc.adjustments[0].text = `Leg een nieuwe taak stap voor stap uit. ${ctx.canary}`;
      try {
        const r = await employee.employerInstructions.create(doc as never);
        return { id: (r.document as Doc).id as string, etag: r.etag };
      } catch (e) {
        throw new CheckFailure('POST /employer-instructions as the employee', '201 Created', describeError(e));
      }
    })();
    instructions.set(ctx, p);
  }
  return p;
}

const INSTRUCTION_OWN = /\/employer-instructions(\/[0-9a-fA-F-]{36})?$/;

/** The employee's own create, read and update of the instruction (the only places its text may be). */
function isOwnRead(r: SeenResponse): boolean {
  return r.as === 'employee' && r.status < 300 && ['GET', 'POST', 'PUT'].includes(r.method) && INSTRUCTION_OWN.test(r.path);
}

const emiChecks: CheckDefinition[] = [
  {
    id: 'CNF-EMI-001',
    category: 'EMI',
    title: 'The employee records an instruction; only the employee reads it back',
    sends:
      'POST /employer-instructions as the employee (canonical example, canary text in the tips, linked to the fixture placement); GET it as the employee, as the main token and as the other tenant',
    expects: "201; the employee's GET returns the content; the others get 403 or 404 without content",
    needsEmployee: true,
    async run(ctx) {
      const ins = await instruction(ctx);
      const own = await ctx.http('GET', `/employer-instructions/${ins.id}`, { token: 'employee' });
      expectThat(
        own.status === 200 && own.text.includes(ctx.canary),
        'the employee cannot read the instruction back',
        '200 with the content',
        `HTTP ${own.status}`,
      );
      for (const who of ['main', 'otherTenant'] as const) {
        const r = await ctx.http('GET', `/employer-instructions/${ins.id}`, { token: who });
        expectThat(
          r.status === 403 || r.status === 404,
          `GET /employer-instructions/{id} as ${who}`,
          'HTTP 403 or 404',
          `HTTP ${r.status}`,
        );
      }
    },
  },
  {
    id: 'CNF-EMI-002',
    category: 'EMI',
    title: 'Instructions are never listed',
    sends: 'GET /employer-instructions as the employee and as the main token; GET every record collection',
    expects: 'no list endpoint (404 or 405); no list response contains the instruction id',
    needsEmployee: true,
    async run(ctx) {
      const ins = await instruction(ctx);
      for (const who of ['employee', 'main'] as const) {
        const r = await ctx.http('GET', '/employer-instructions', { token: who });
        expectThat(
          r.status === 404 || r.status === 405,
          `GET /employer-instructions as ${who}`,
          'HTTP 404 or 405 (no list)',
          `HTTP ${r.status}`,
        );
      }
      for (const collection of FIXTURE_COLLECTIONS) {
        const r = await ctx.http('GET', `/${collection}?limit=100`);
        expectThat(!r.text.includes(ins.id), `GET /${collection} contains the instruction`, 'no instruction id', 'instruction id present');
      }
    },
  },
  {
    id: 'CNF-EMI-003',
    category: 'EMI',
    title: 'Placement responses never carry the instruction',
    sends: 'GET /placements/{fixture placement}, GET /placements, GET /placements/{id}/audittrail with the main token',
    expects: 'neither the instruction id nor its content appears',
    needsEmployee: true,
    async run(ctx) {
      const ins = await instruction(ctx);
      const f = await ctx.fixture();
      for (const path of [`/placements/${f.placement.id}`, '/placements?limit=100', `/placements/${f.placement.id}/audittrail`]) {
        const r = await ctx.http('GET', path);
        expectThat(r.status === 200, `GET ${path}`, 'HTTP 200', `HTTP ${r.status}`);
        expectThat(
          !r.text.includes(ins.id) && !r.text.includes(ctx.canary),
          `GET ${path} carries the instruction`,
          'no instruction id or content',
          'instruction present',
        );
      }
    },
  },
  {
    id: 'CNF-EMI-004',
    category: 'EMI',
    title: "Validation issues and the instruction's audit trail never echo its content",
    sends:
      'POST /employer-instructions/_valideer with the canary in a diagnosis field and the tips; GET …/audittrail and …/read-log as the employee',
    expects: 'EMI-001 is reported; no response contains the canary text',
    needsEmployee: true,
    async run(ctx) {
      const ins = await instruction(ctx);
      const doc = structuredClone(EmployerInstructionDefinition.example) as Doc;
      doc.diagnosis = ctx.canary;
      doc.instructionTips = ctx.canary;
      const r = await ctx.http('POST', '/employer-instructions/_valideer', { body: doc });
      expectThat(r.status === 200, 'POST /employer-instructions/_valideer', 'HTTP 200', `HTTP ${r.status}`);
      expectThat(
        ((r.json() as Doc)?.issues ?? []).some((i: Doc) => i.ruleId === 'EMI-001'),
        '_valideer does not report EMI-001',
        'an issue EMI-001',
        short(r.text),
      );
      expectThat(
        !r.text.includes(ctx.canary),
        '_valideer echoes the content',
        'no submitted value in issues',
        'canary text in the response',
      );
      for (const path of [`/employer-instructions/${ins.id}/audittrail`, `/employer-instructions/${ins.id}/read-log`]) {
        const a = await ctx.http('GET', path, { token: 'employee' });
        expectThat(a.status === 200, `GET ${path} as the employee`, 'HTTP 200', `HTTP ${a.status}`);
        expectThat(!a.text.includes(ctx.canary), `GET ${path} contains the content`, 'no content', 'canary text in the response');
      }
    },
  },
  {
    id: 'CNF-EMI-005',
    category: 'EMI',
    title: 'Revocation purges the content',
    sends: 'DELETE /employer-instructions/{id} as the employee with If-Match; GET it as the employee',
    expects: '204; afterwards 404, or 200 with a content-free tombstone (status REVOKED, no canary text)',
    needsEmployee: true,
    async run(ctx) {
      const ins = await instruction(ctx);
      const current = await ctx.http('GET', `/employer-instructions/${ins.id}`, { token: 'employee' });
      const etag = current.headers.get('ETag') ?? ins.etag;
      const del = await ctx.http('DELETE', `/employer-instructions/${ins.id}`, { token: 'employee', headers: { 'If-Match': etag } });
      expectThat(del.status === 204, 'DELETE /employer-instructions/{id}', 'HTTP 204', `HTTP ${del.status}: ${short(del.text)}`);
      const after = await ctx.http('GET', `/employer-instructions/${ins.id}`, { token: 'employee' });
      expectThat(after.status === 404 || after.status === 200, 'GET after revocation', 'HTTP 200 or 404', `HTTP ${after.status}`);
      expectThat(!after.text.includes(ctx.canary), 'the content survived the revocation', 'no content', 'canary text still returned');
      if (after.status === 200)
        expectThat(
          (after.json() as Doc)?.status === 'REVOKED',
          'tombstone status',
          'status REVOKED',
          `status ${(after.json() as Doc)?.status}`,
        );
    },
  },
  {
    id: 'CNF-EMI-006',
    category: 'EMI',
    title: 'The instruction text appears in no other response the suite saw',
    sends: 'nothing new: scans every response body of the run',
    expects: "the canary text only in the employee's own create and read responses before revocation",
    needsEmployee: true,
    async run(ctx) {
      await instruction(ctx);
      const leaks = ctx.seen.filter((r) => r.body.includes(ctx.canary) && !isOwnRead(r));
      expectThat(
        leaks.length === 0,
        'the instruction text leaked',
        'no other response with the text',
        leaks
          .map((l) => `${l.method} ${l.path} (${l.as}) → ${l.status}`)
          .slice(0, 5)
          .join('; '),
      );
    },
  },
];

/** Every check, in run order. */
export const CHECKS: readonly CheckDefinition[] = [
  ...adrChecks,
  ...valChecks,
  ...versionChecks,
  ...conChecks,
  ...idmChecks,
  ...pagChecks,
  ...tenChecks,
  ...SECURITY_CHECKS,
  ...EVENT_CHECKS,
  ...emiChecks,
];

export { CheckFailure, CheckSkipped, NOT_TRIGGERABLE };
