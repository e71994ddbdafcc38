// The ADR checks: the NL API Design Rules as they show at run time.
import { assertProblem, type CheckDefinition, type Doc, short } from './check-helpers.js';
import { expectThat, type RawResponse } from './context.js';

// ---------------------------------------------------------------- ADR: NL API Design Rules

export const adrChecks: CheckDefinition[] = [
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
