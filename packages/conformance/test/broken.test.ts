import { createMemoryStorage } from '@banenafspraak/server';
import { describe, expect, it } from 'vitest';
import { formatReport, runConformance } from '../src/index.js';
import { RULE_CASES } from '../src/internal/rule-cases.js';
import { BASE_URL, harnessOn } from './harness.js';

// Deliberately broken servers: the reference app behind a test double that breaks one
// promise of the standard. The matching checks must fail and every other check still pass,
// so the suite is shown to catch what it claims to catch.
type Fetch = (request: Request) => Promise<Response>;

const withHeaders = (res: Response, edit: (h: Headers) => void, body?: string) => {
  const headers = new Headers(res.headers);
  edit(headers);
  return new Response(body ?? res.body, { status: res.status, statusText: res.statusText, headers });
};
const isList = (req: Request) =>
  req.method === 'GET' &&
  /^\/v1\/(vacancies|placements|partnership-agreements|execution-plans|wage-value-assessments)$/.test(new URL(req.url).pathname);

interface Double {
  readonly name: string;
  readonly fails: readonly string[];
  readonly wrap: (inner: Fetch, tokens: { token: string; otherTenantToken: string; employeeToken: string }) => Fetch;
}

/** Rewrites the `standardVersion` of a JSON request body before the server sees it. */
const rewriteVersion = (from: string, to: string) => (inner: Fetch) => async (req: Request) => {
  if (req.method !== 'POST' && req.method !== 'PUT') return inner(req);
  const text = await req.clone().text();
  const needle = `"standardVersion":"${from}"`;
  if (!text.includes(needle)) return inner(req);
  return inner(new Request(req, { body: text.replace(needle, `"standardVersion":"${to}"`) }));
};

const doubles: Double[] = [
  {
    name: 'claims standard version 0.1 but refuses its documents',
    fails: ['CNF-VER-001'],
    wrap: rewriteVersion('0.1', '0.0'),
  },
  {
    name: 'accepts a document of any standard version',
    fails: ['CNF-VER-002'],
    wrap: rewriteVersion('99.0', '0.2'),
  },
  {
    name: 'drops the API-Version header',
    fails: ['CNF-ADR-001'],
    wrap: (inner) => async (req) => withHeaders(await inner(req), (h) => h.delete('API-Version')),
  },
  {
    name: 'redirects a trailing slash instead of 404',
    fails: ['CNF-ADR-002'],
    wrap: (inner) => async (req) => {
      const url = new URL(req.url);
      if (url.pathname.length > 1 && url.pathname.endsWith('/'))
        return new Response(null, { status: 308, headers: { Location: url.pathname.slice(0, -1), 'API-Version': '0.1.0' } });
      return inner(req);
    },
  },
  {
    name: 'answers errors as plain JSON',
    fails: ['CNF-ADR-002', 'CNF-ADR-003', 'CNF-ADR-006', 'CNF-ADR-007', 'CNF-ADR-008', 'CNF-CON-002', 'CNF-CON-003', 'CNF-IDM-002'],
    wrap: (inner) => async (req) => {
      const res = await inner(req);
      return res.status >= 400 ? withHeaders(res, (h) => h.set('Content-Type', 'application/json')) : res;
    },
  },
  {
    name: 'sends no security headers',
    fails: ['CNF-ADR-004'],
    wrap: (inner) => async (req) =>
      withHeaders(await inner(req), (h) => {
        for (const n of ['X-Frame-Options', 'Content-Security-Policy', 'X-Content-Type-Options']) h.delete(n);
      }),
  },
  {
    name: 'has no CORS on the OpenAPI document',
    fails: ['CNF-ADR-005'],
    wrap: (inner) => async (req) => withHeaders(await inner(req), (h) => h.delete('Access-Control-Allow-Origin')),
  },
  {
    name: 'reports validation issues without rule ids',
    fails: [...RULE_CASES.map((c) => `CNF-VAL-${c.ruleId}`), 'CNF-EMI-004'],
    wrap: (inner) => async (req) => {
      const res = await inner(req);
      if (!new URL(req.url).pathname.endsWith('/_valideer') || res.status !== 200) return res;
      const body = (await res.json()) as { valid: boolean; issues: Record<string, unknown>[] };
      return withHeaders(res, () => {}, JSON.stringify({ ...body, issues: body.issues.map(({ ruleId, ...rest }) => rest) }));
    },
  },
  {
    name: 'ignores If-Match (last write wins)',
    fails: ['CNF-CON-001', 'CNF-CON-003'],
    wrap: (inner) => async (req) => {
      if (req.method !== 'PUT' || !req.headers.get('If-Match')) return inner(req);
      const current = await inner(new Request(req.url, { headers: { Authorization: req.headers.get('Authorization') ?? '' } }));
      const headers = new Headers(req.headers);
      if (current.ok && current.headers.get('ETag')) headers.set('If-Match', current.headers.get('ETag') as string);
      return inner(new Request(req.url, { method: 'PUT', headers, body: await req.text() }));
    },
  },
  {
    name: 'duplicates on a retried POST (ignores Idempotency-Key)',
    fails: ['CNF-IDM-001', 'CNF-IDM-002'],
    wrap: (inner) => async (req) => {
      if (req.method !== 'POST') return inner(req);
      const headers = new Headers(req.headers);
      headers.delete('Idempotency-Key');
      return inner(new Request(req.url, { method: 'POST', headers, body: await req.text() }));
    },
  },
  {
    name: "leaks the main tenant's records into the other tenant's lists",
    fails: ['CNF-TEN-002'],
    wrap: (inner, t) => async (req) => {
      if (!isList(req) || req.headers.get('Authorization') !== `Bearer ${t.otherTenantToken}`) return inner(req);
      const headers = new Headers(req.headers);
      headers.set('Authorization', `Bearer ${t.token}`);
      return inner(new Request(req.url, { headers }));
    },
  },
  {
    name: "answers 403 for another tenant's record (reveals it exists)",
    fails: ['CNF-TEN-001', 'CNF-TEN-005'],
    wrap: (inner, t) => async (req) => {
      const res = await inner(req);
      if (res.status !== 404 || req.method !== 'GET' || req.headers.get('Authorization') !== `Bearer ${t.otherTenantToken}`) return res;
      const problem = { ...((await res.json()) as object), status: 403, title: 'Verboden' };
      return new Response(JSON.stringify(problem), { status: 403, headers: res.headers });
    },
  },
  {
    name: 'embeds the werkgeversinstructie in placement responses',
    fails: ['CNF-EMI-003', 'CNF-EMI-006'],
    wrap: (inner) => {
      const texts: string[] = [];
      return async (req) => {
        const path = new URL(req.url).pathname;
        if (req.method === 'POST' && path === '/v1/employer-instructions')
          texts.push(String(((await req.clone().json()) as { instructionTips?: string }).instructionTips));
        const res = await inner(req);
        if (req.method !== 'GET' || !/^\/v1\/placements\/[^/]+$/.test(path) || res.status !== 200) return res;
        const doc = (await res.json()) as Record<string, unknown>;
        return withHeaders(res, () => {}, JSON.stringify({ ...doc, employerInstruction: { instructionTips: texts.at(-1) } }));
      };
    },
  },
  {
    name: 'does not purge the content on revocation',
    fails: ['CNF-EMI-005'],
    wrap: (inner) => async (req) => {
      if (req.method === 'DELETE' && new URL(req.url).pathname.startsWith('/v1/employer-instructions/'))
        return new Response(null, { status: 204, headers: { 'API-Version': '0.1.0' } });
      return inner(req);
    },
  },
  {
    name: "lets the other tenant attach records to the main tenant's records",
    fails: ['CNF-TEN-003'],
    wrap: (inner, t) => async (req) => {
      const path = new URL(req.url).pathname;
      if (req.method !== 'POST' || !/^\/v1\/(execution-plans|wage-value-assessments)$/.test(path)) return inner(req);
      if (req.headers.get('Authorization') !== `Bearer ${t.otherTenantToken}`) return inner(req);
      const headers = new Headers(req.headers);
      headers.set('Authorization', `Bearer ${t.token}`);
      return inner(new Request(req.url, { method: 'POST', headers, body: await req.text() }));
    },
  },
  {
    name: 'lets any writer name the counting employer',
    fails: ['CNF-TEN-004'],
    wrap: (inner, t) => async (req) => {
      if (req.method !== 'POST' || new URL(req.url).pathname !== '/v1/placements') return inner(req);
      if (req.headers.get('Authorization') !== `Bearer ${t.otherTenantToken}`) return inner(req);
      const headers = new Headers(req.headers);
      headers.set('Authorization', `Bearer ${t.token}`);
      return inner(new Request(req.url, { method: 'POST', headers, body: await req.text() }));
    },
  },
  {
    name: 'matches instruction grants on the user id only',
    fails: ['CNF-EMI-001', 'CNF-EMI-006', 'CNF-EMI-007'],
    wrap: (inner, t) => async (req) => {
      if (req.method !== 'GET' || !/^\/v1\/employer-instructions\/[^/]+$/.test(new URL(req.url).pathname)) return inner(req);
      if (req.headers.get('Authorization') !== `Bearer ${t.otherTenantToken}`) return inner(req);
      // Reads as the employee: the grant's organisation is not checked.
      const headers = new Headers(req.headers);
      headers.set('Authorization', `Bearer ${t.employeeToken}`);
      return inner(new Request(req.url, { headers }));
    },
  },
  {
    name: 'takes any Content-Type for JSON',
    fails: ['CNF-ADR-003', 'CNF-ADR-006'],
    wrap: (inner) => async (req) => {
      if (req.method !== 'POST' && req.method !== 'PUT') return inner(req);
      const headers = new Headers(req.headers);
      headers.set('Content-Type', 'application/json');
      return inner(new Request(req.url, { method: req.method, headers, body: await req.text() }));
    },
  },
  {
    name: 'fails with 500 on U+0000 in a string',
    fails: ['CNF-ADR-007'],
    wrap: (inner) => async (req) => {
      if (req.method === 'POST' && (await req.clone().text()).includes('\\u0000') && !new URL(req.url).pathname.endsWith('/_valideer'))
        return new Response(JSON.stringify({ type: 'about:blank', title: 'Internal', status: 500, detail: 'boom' }), {
          status: 500,
          headers: { 'Content-Type': 'application/problem+json', 'API-Version': '0.1.0' },
        });
      return inner(req);
    },
  },
  {
    name: 'accepts a weak ETag in If-Match',
    fails: ['CNF-CON-003'],
    wrap: (inner) => async (req) => {
      const ifMatch = req.headers.get('If-Match');
      if (!ifMatch?.startsWith('W/')) return inner(req);
      const headers = new Headers(req.headers);
      headers.set('If-Match', ifMatch.slice(2));
      return inner(new Request(req.url, { method: req.method, headers, body: req.method === 'PUT' ? await req.text() : null }));
    },
  },
  {
    name: 'accepts unsigned tokens',
    fails: ['CNF-ADR-008'],
    wrap: (inner, t) => async (req) => {
      const token = req.headers.get('Authorization')?.replace(/^Bearer /, '') ?? '';
      const header = token.split('.')[0] ?? '';
      let alg: unknown;
      try {
        alg = (JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { alg?: unknown }).alg;
      } catch {
        return inner(req);
      }
      if (alg !== 'none') return inner(req);
      const headers = new Headers(req.headers);
      headers.set('Authorization', `Bearer ${t.token}`);
      return inner(new Request(req.url, { method: req.method, headers }));
    },
  },
  {
    name: 'shows every tenant the main tenant’s events',
    fails: ['CNF-EVT-003'],
    wrap: (inner, t) => async (req) => {
      if (new URL(req.url).pathname !== '/v1/events' || req.headers.get('Authorization') !== `Bearer ${t.otherTenantToken}`)
        return inner(req);
      const headers = new Headers(req.headers);
      headers.set('Authorization', `Bearer ${t.token}`);
      return inner(new Request(req.url, { headers }));
    },
  },
  {
    name: 'puts the BSN in event payloads',
    fails: ['CNF-EVT-002'],
    wrap: (inner) => async (req) => {
      const res = await inner(req);
      if (new URL(req.url).pathname !== '/v1/events' || res.status !== 200) return res;
      const page = (await res.json()) as { items: { data: Record<string, unknown> }[] };
      for (const e of page.items) e.data = { ...e.data, bsn: '123456782' };
      return withHeaders(res, () => {}, JSON.stringify(page));
    },
  },
];

const memory = async () => createMemoryStorage();

describe('deliberately broken servers fail the matching checks, and only those', () => {
  for (const d of doubles) {
    it(d.name, async () => {
      const h = await harnessOn(await memory());
      try {
        const report = await runConformance({ baseUrl: BASE_URL, ...h, fetch: d.wrap(h.fetch, h) });
        const failed = report.results.filter((r) => r.status === 'failed').map((r) => r.id);
        expect(failed.sort(), formatReport(report)).toEqual([...d.fails].sort());
        for (const r of report.results.filter((x) => x.status === 'failed')) {
          expect(r.expected, r.id).toBeTruthy();
          expect(r.observed, r.id).toBeTruthy();
          // CNF-EMI-006 sends nothing: it scans what the others received, and names the leaking responses.
          if (r.id !== 'CNF-EMI-006') expect(r.requests.length, r.id).toBeGreaterThan(0);
        }
      } finally {
        await h.close();
      }
    });
  }
});
