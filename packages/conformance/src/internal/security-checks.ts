// Checks of the trust seams: attaching to another tenant's records, the organisation of an
// instruction grant, hostile bodies and media types (4xx, never 5xx), strong ETags and
// tampered tokens. Each attack is made with a valid token, as an integrator would.
import { employerInstructionExample, executionPlanExample, placementExample, wageValueAssessmentExample } from '@banenafspraak/core';
import type { CheckDefinition } from './checks.js';
import { CheckFailure, CheckSkipped, type Context, expectThat, type RawResponse } from './context.js';

type Doc = Record<string, unknown>;

const short = (text: string, max = 300) => (text.length > max ? `${text.slice(0, max)}…` : text);

function expectProblem(r: RawResponse, status: number, what: string): Doc {
  expectThat(r.status === status, what, `HTTP ${status} with a problem document`, `HTTP ${r.status}: ${short(r.text)}`);
  const type = r.headers.get('Content-Type') ?? '';
  expectThat(
    /^application\/problem\+json\b/i.test(type),
    `${what}: not a problem document`,
    'Content-Type: application/problem+json',
    type || '(none)',
  );
  return (r.json() as Doc | undefined) ?? {};
}

/** The claims of a JWT, or undefined when the token is not one (the suite also runs against servers with opaque tokens). */
function jwtParts(token: string | undefined): { header: Doc; payload: Doc; signature: string } | undefined {
  const parts = token?.split('.');
  if (parts?.length !== 3) return undefined;
  try {
    const decode = (s: string) => JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as Doc;
    return { header: decode(parts[0] as string), payload: decode(parts[1] as string), signature: parts[2] as string };
  } catch {
    return undefined;
  }
}
const encode = (o: Doc) => Buffer.from(JSON.stringify(o), 'utf8').toString('base64url');

/** The other tenant's employer KvK number, when its token says (a JWT with an `org` claim). */
function otherEmployer(ctx: Context): string | undefined {
  const org = jwtParts(ctx.options.otherTenantToken)?.payload.org as { scheme?: string; value?: string } | undefined;
  return org?.scheme === 'KVK' ? org.value : undefined;
}

const issuePaths = (body: Doc): string[] => ((body.issues ?? []) as { path?: unknown[] }[]).map((i) => (i.path ?? []).join('.'));

export const SECURITY_CHECKS: CheckDefinition[] = [
  {
    id: 'CNF-TEN-003',
    category: 'TEN',
    title: "No record can be attached to another tenant's record",
    sends:
      "POST /execution-plans naming the fixture partnership agreement, and POST /wage-value-assessments naming the fixture placement, with the other tenant's token (each record naming the other tenant itself); the same with a parent id that does not exist",
    expects:
      'both refused with the same 4xx status and problem `code` as for the missing parent (no existence oracle); nothing appears in the main tenant’s lists',
    async run(ctx) {
      const f = await ctx.fixture();
      const own = otherEmployer(ctx) ?? '87654321';
      const name = `CNF ${ctx.runId} attach`;
      const cases = [
        {
          collection: 'execution-plans',
          field: 'partnershipId',
          parent: f.partnership.id,
          doc: {
            ...structuredClone(executionPlanExample),
            name,
            targets: executionPlanExample.targets.map((t) => ({ ...t, ownedBy: [{ scheme: 'KVK', value: own }] })),
          } as Doc,
        },
        {
          collection: 'wage-value-assessments',
          field: 'placementId',
          parent: f.placement.id,
          doc: { ...structuredClone(wageValueAssessmentExample), employer: own } as Doc,
        },
      ];
      for (const c of cases) {
        const attack = await ctx.http('POST', `/${c.collection}`, { token: 'otherTenant', body: { ...c.doc, [c.field]: c.parent } });
        const missing = await ctx.http('POST', `/${c.collection}`, {
          token: 'otherTenant',
          body: { ...c.doc, [c.field]: crypto.randomUUID() },
        });
        expectThat(
          attack.status >= 400 && attack.status < 500,
          `POST /${c.collection} under the main tenant's record, as the other tenant`,
          'a 4xx refusal',
          `HTTP ${attack.status}`,
        );
        const code = (r: RawResponse) =>
          `${r.status} ${String((r.json() as Doc | undefined)?.code ?? (r.json() as Doc | undefined)?.type)}`;
        expectThat(
          code(attack) === code(missing),
          `POST /${c.collection}: the answer differs between another tenant's parent and a missing one (an existence oracle)`,
          `the same status and code as for a missing parent: ${code(missing)}`,
          code(attack),
        );
      }
      for await (const plan of ctx.main.executionPlans.listAll({ limit: 100 })) {
        expectThat(
          (plan as Doc).name !== name,
          "the other tenant's plan appears in the main tenant's list",
          'no such plan',
          `plan ${String((plan as Doc).id)}`,
        );
      }
    },
  },
  {
    id: 'CNF-TEN-004',
    category: 'TEN',
    title: 'No placement can count for an employer its writer may not act for',
    sends:
      "POST /placements with the other tenant's token: a secondment with the other tenant as employer and lender and the main tenant's employer (KvK of the fixture placement) as `countingEmployer`",
    expects: "a 4xx refusal; the placement does not appear in the main tenant's list",
    async run(ctx) {
      const f = await ctx.fixture();
      const own = otherEmployer(ctx) ?? '87654321';
      const victim = ((f.placement.document.employer ?? {}) as Doc).kvkNumber as string;
      const candidateId = crypto.randomUUID();
      const doc = {
        ...structuredClone(placementExample),
        candidate: { ...structuredClone(placementExample.candidate), id: candidateId },
        type: 'SECONDMENT',
        employer: { kvkNumber: own, name: 'Uitlener' },
        lender: { scheme: 'KVK', value: own, name: 'Uitlener' },
        countingEmployer: { kvkNumber: victim, name: 'Inlener' },
      };
      const r = await ctx.http('POST', '/placements', { token: 'otherTenant', body: doc });
      expectThat(
        r.status >= 400 && r.status < 500,
        'POST /placements naming the main tenant as counting employer',
        'a 4xx refusal',
        `HTTP ${r.status}: ${short(r.text)}`,
      );
      for await (const p of ctx.main.placements.listAll({ limit: 100 })) {
        const cand = (p as Doc).candidate as Doc | undefined;
        expectThat(
          cand?.id !== candidateId,
          "the other tenant's placement counts for the main tenant",
          'not listed',
          `placement ${String((p as Doc).id)}`,
        );
      }
    },
  },
  {
    id: 'CNF-EMI-007',
    category: 'EMI',
    title: 'An instruction grant matches organisation and user together',
    sends:
      "as the employee: two SHARED instructions, one shared with the other tenant's user id in another organisation, one with its user id and its own organisation (both read from its token); GET each with the other tenant's token",
    expects: '404 (or 403) without content for the grant of the other organisation; 200 for the grant of its own organisation',
    needsEmployee: true,
    async run(ctx) {
      const employee = ctx.requireEmployee();
      const claims = jwtParts(ctx.options.otherTenantToken)?.payload;
      const org = claims?.org as { scheme?: string; value?: string } | undefined;
      if (typeof claims?.sub !== 'string' || !org?.scheme || !org.value)
        throw new CheckSkipped("needs the other tenant's token to be a JWT with `sub` and `org` claims");
      const f = await ctx.fixture();
      const elsewhere =
        org.scheme === 'KVK' && org.value === '12345678' ? { scheme: 'KVK', value: '87654321' } : { scheme: 'KVK', value: '12345678' };
      const text = `CNF ${ctx.runId} grant`;
      const create = async (organisation: Doc) => {
        const doc = structuredClone(employerInstructionExample) as Doc & { consent: Doc };
        doc.placementId = f.placement.id;
        doc.status = 'SHARED';
        doc.instructionTips = text;
        doc.consent = { ...doc.consent, sharedWith: [{ role: 'JOB_COACH', name: 'Ontvanger', userRef: claims.sub, organisation }] };
        try {
          return ((await employee.employerInstructions.create(doc as never)).document as Doc).id as string;
        } catch (e) {
          throw new CheckFailure('POST /employer-instructions as the employee', '201 Created', String(e));
        }
      };
      const wrongOrg = await ctx.http('GET', `/employer-instructions/${await create(elsewhere)}`, { token: 'otherTenant' });
      expectThat(
        (wrongOrg.status === 404 || wrongOrg.status === 403) && !wrongOrg.text.includes(text),
        'GET of an instruction shared with the same user id in another organisation, as the other tenant',
        'HTTP 404 or 403 without content',
        `HTTP ${wrongOrg.status}`,
      );
      const rightOrg = await ctx.http('GET', `/employer-instructions/${await create({ scheme: org.scheme, value: org.value })}`, {
        token: 'otherTenant',
      });
      expectThat(
        rightOrg.status === 200 && rightOrg.text.includes(text),
        'GET of an instruction shared with this user in its own organisation',
        'HTTP 200 with content',
        `HTTP ${rightOrg.status}`,
      );
    },
  },
  {
    id: 'CNF-ADR-006',
    category: 'ADR',
    title: 'A body that is not JSON is 415 on every JSON operation',
    sends:
      'the canonical example as text/plain, as a form and without Content-Type to POST of every collection, its `_valideer`, PUT of the fixture vacancy, POST /placements/_zoek and POST /employer-instructions (and its `_valideer`)',
    expects: '415 with a problem document for each; never 2xx, 400 or 5xx',
    async run(ctx) {
      const f = await ctx.fixture();
      const targets: [string, string, unknown][] = [];
      for (const [collection, doc] of [
        ['partnership-agreements', f.partnership.document],
        ['execution-plans', f.plan.document],
        ['vacancies', f.vacancy.document],
        ['placements', f.placement.document],
        ['wage-value-assessments', f.assessment.document],
        ['employer-instructions', employerInstructionExample],
      ] as const) {
        targets.push(['POST', `/${collection}`, doc], ['POST', `/${collection}/_valideer`, doc]);
      }
      targets.push(['PUT', `/vacancies/${f.vacancy.id}`, f.vacancy.document], ['POST', '/placements/_zoek', { bsn: '999992077' }]);
      for (const [method, path, doc] of targets) {
        for (const type of ['text/plain', 'application/x-www-form-urlencoded', undefined]) {
          const headers: Record<string, string> = { 'If-Match': f.vacancy.etag };
          if (type) headers['Content-Type'] = type;
          const r = await ctx.http(method, path, { headers, rawBody: JSON.stringify(doc) });
          expectProblem(r, 415, `${method} ${path} with ${type ?? 'no Content-Type'}`);
        }
      }
    },
  },
  {
    id: 'CNF-ADR-007',
    category: 'ADR',
    title: 'U+0000 and unpaired surrogates are 400 naming the field; `_valideer` agrees',
    sends:
      'POST /vacancies and POST /vacancies/_valideer with a draft vacancy whose `jobType.title` contains U+0000, and one with an unpaired surrogate',
    expects: 'create: 400 with an issue at `jobType.title` (never 5xx); `_valideer`: 200 with `valid: false` and an issue at the same path',
    async run(ctx) {
      for (const [label, bad] of [
        ['U+0000', 'Medewerker \u0000 vulploeg'],
        ['an unpaired surrogate', 'Medewerker \ud800 vulploeg'],
      ] as const) {
        const doc = ctx.draftVacancy(label);
        (doc.jobType as Doc).title = bad;
        const created = await ctx.http('POST', '/vacancies', { body: doc });
        if (created.status < 300) {
          const id = (created.json() as Doc | undefined)?.id;
          if (typeof id === 'string') ctx.track('vacancies', id);
        }
        const body = expectProblem(created, 400, `POST /vacancies with ${label} in jobType.title`);
        expectThat(
          issuePaths(body).includes('jobType.title'),
          `POST /vacancies with ${label}: the issue does not name the field`,
          'an issue at jobType.title',
          issuePaths(body).join(', ') || '(none)',
        );
        const checked = await ctx.http('POST', '/vacancies/_valideer', { body: doc });
        const report = (checked.json() as Doc | undefined) ?? {};
        expectThat(
          checked.status === 200 && report.valid === false && issuePaths(report).includes('jobType.title'),
          `POST /vacancies/_valideer with ${label} disagrees with create`,
          '200, valid: false, an issue at jobType.title',
          `HTTP ${checked.status}, valid: ${String(report.valid)}, paths: ${issuePaths(report).join(', ') || '(none)'}`,
        );
      }
    },
  },
  {
    id: 'CNF-CON-003',
    category: 'CON',
    title: 'If-Match uses the strong comparison; `*` matches any current version',
    sends: 'PUT of a new draft vacancy with `If-Match: W/"…"` of its current ETag, then with `If-Match: *`; DELETE with `If-Match: *`',
    expects: '412 for the weak ETag (record unchanged); 200 and a new ETag for `*`; 204 for the DELETE',
    async run(ctx) {
      const v = await ctx.createDraftVacancy('strong etag');
      const changed = { ...v.document, numberOfPlaces: 2 };
      const weak = await ctx.http('PUT', `/vacancies/${v.id}`, { body: changed, headers: { 'If-Match': `W/${v.etag}` } });
      expectProblem(weak, 412, 'PUT with a weak ETag in If-Match');
      const star = await ctx.http('PUT', `/vacancies/${v.id}`, { body: changed, headers: { 'If-Match': '*' } });
      const etag = star.headers.get('ETag');
      expectThat(
        star.status === 200 && etag !== null && etag !== v.etag,
        'PUT with If-Match: *',
        '200 with a new ETag',
        `HTTP ${star.status}, ETag ${etag ?? '(none)'}`,
      );
      const del = await ctx.http('DELETE', `/vacancies/${v.id}`, { headers: { 'If-Match': '*' } });
      expectThat(del.status === 204, 'DELETE with If-Match: *', 'HTTP 204', `HTTP ${del.status}`);
      if (del.status === 204) ctx.untrack('vacancies', v.id);
    },
  },
  {
    id: 'CNF-ADR-008',
    category: 'ADR',
    title: 'A token cannot be unsigned or have its expiry removed or extended',
    sends:
      "GET /vacancies with the main token's claims: unsigned (`alg: none`) without `exp`; and with the original signature but `exp` removed, and moved ten years ahead",
    expects: '401 with a problem document for each',
    async run(ctx) {
      const jwt = jwtParts(ctx.options.token);
      if (!jwt) throw new CheckSkipped('needs the main token to be a JWT');
      const { exp: _exp, ...withoutExp } = jwt.payload;
      const later = { ...jwt.payload, exp: Math.floor(Date.now() / 1000) + 10 * 365 * 24 * 3600 };
      const tokens: [string, string][] = [
        ['unsigned, without exp', `${encode({ alg: 'none', typ: 'JWT' })}.${encode(withoutExp)}.`],
        ['exp removed', `${encode(jwt.header)}.${encode(withoutExp)}.${jwt.signature}`],
        ['exp ten years ahead', `${encode(jwt.header)}.${encode(later)}.${jwt.signature}`],
      ];
      for (const [label, token] of tokens) {
        const r = await ctx.http('GET', '/vacancies', { token: 'none', headers: { Authorization: `Bearer ${token}` } });
        expectProblem(r, 401, `a token ${label}`);
      }
    },
  },
];
