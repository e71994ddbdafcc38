import { placementExample } from '@banenafspraak/core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { signToken } from './auth.js';
import { DEMO_IDS, demoInstruction, demoPersonas, demoPrincipal, seedDemoData } from './demo.js';
import { parseJson, type ResponseJson } from './internal/testing.js';
import { createJsonLogger } from './logger.js';
import { createMemoryStorage } from './storage/memory.js';

const SECRET = 'test-secret-that-is-long-enough-0123456789';
const NOW = new Date('2026-04-15T10:00:00.000Z');
const storage = createMemoryStorage();
const logLines: string[] = [];
const app = createApp({
  storage,
  auth: { secret: SECRET },
  clock: () => NOW,
  logger: createJsonLogger((l) => logLines.push(l)),
  corsOrigins: ['https://app.example.nl'],
  maxBodyBytes: 64 * 1024,
});
const tokens: Record<string, string> = {};

type Persona = (typeof demoPersonas)[number]['key'] | 'identiteit';

async function call(who: Persona | null, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const h: Record<string, string> = { ...headers };
  if (who) h.Authorization = `Bearer ${tokens[who]}`;
  if (body !== undefined && !h['Content-Type']) h['Content-Type'] = 'application/json';
  const res = await app.request(path, {
    method,
    headers: h,
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: parseJson(text) };
}

const newPlacement = (over: Record<string, unknown> = {}) => ({
  ...structuredClone(placementExample),
  id: crypto.randomUUID(),
  status: 'PLANNED',
  ...over,
});

beforeAll(async () => {
  for (const p of demoPersonas) tokens[p.key] = await signToken(p.principal, SECRET);
  tokens.identiteit = await signToken(
    { userId: 'bsn-lezer', organisation: { scheme: 'AM', value: 'AM22' }, roles: ['READER', 'IDENTITY_READER'] },
    SECRET,
  );
});

beforeEach(async () => {
  storage.clear();
  await seedDemoData(storage, NOW.toISOString());
});

describe('NL API Design Rules at run time', () => {
  it('serves the OpenAPI document publicly with CORS * and API-Version', async () => {
    const r = await app.request('/v1/openapi.json', { headers: { Origin: 'https://elsewhere.example' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('access-control-allow-origin')).toBe('*');
    expect(r.headers.get('api-version')).toBe('0.2.0');
    const doc = await r.json();
    expect(doc.info.version).toBe('0.2.0');
    expect(doc.servers).toEqual([{ url: '/v1', description: 'This server.' }]);
  });

  it('sends API-Version and security headers on every API response, errors included', async () => {
    for (const r of [
      await call('werkgever', 'GET', '/v1/placements'),
      await call(null, 'GET', '/v1/placements'),
      await call('werkgever', 'GET', '/v1/nope'),
    ]) {
      expect(r.headers.get('api-version')).toBe('0.2.0');
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(r.headers.get('x-frame-options')).toBe('DENY');
      expect(r.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('answers a trailing slash with 404, not a redirect', async () => {
    const r = await call('werkgever', 'GET', '/v1/placements/');
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(r.json).toMatchObject({ status: 404, title: 'Niet gevonden', code: 'not-found' });
  });

  it('allows CORS only for listed origins outside the OpenAPI document', async () => {
    const ok = await app.request('/v1/placements', {
      method: 'OPTIONS',
      headers: { Origin: 'https://app.example.nl', 'Access-Control-Request-Method': 'GET' },
    });
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://app.example.nl');
    const other = await app.request('/v1/placements', {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('errors as problem+json', () => {
  it('401 without or with a bad token', async () => {
    const none = await call(null, 'GET', '/v1/placements');
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect(none.json).toMatchObject({ type: 'urn:banenafspraak:problem:unauthorized', status: 401, code: 'unauthorized' });
    const forged = await signToken(demoPrincipal('werkgever'), 'another-secret-that-is-long-enough-xyz');
    const bad = await app.request('/v1/placements', { headers: { Authorization: `Bearer ${forged}` } });
    expect(bad.status).toBe(401);
  });

  it('404 for unknown paths and ids', async () => {
    expect((await call('werkgever', 'GET', '/v1/unknown')).status).toBe(404);
    expect((await call('werkgever', 'GET', `/v1/placements/${crypto.randomUUID()}`)).status).toBe(404);
  });

  it('405 with Allow for unsupported methods; no list of employer instructions', async () => {
    const patch = await call('werkgever', 'PATCH', `/v1/placements/${DEMO_IDS.placementEmployee}`, {});
    expect(patch.status).toBe(405);
    expect(patch.headers.get('allow')).toBe('GET, PUT, DELETE');
    const list = await call('werknemer', 'GET', '/v1/employer-instructions');
    expect(list.status).toBe(405);
    expect(list.headers.get('allow')).toBe('POST');
    expect((await call('werkgever', 'GET', '/v1/placements/_valideer')).status).toBe(405);
  });

  it('415 for bodies that are not JSON', async () => {
    const r = await call('werkgever', 'POST', '/v1/placements', 'hello', { 'Content-Type': 'text/plain' });
    expect(r.status).toBe(415);
  });

  it('413 for bodies above the limit', async () => {
    const r = await call('werkgever', 'POST', '/v1/placements', {
      ...newPlacement(),
      extensions: { 'nl.test.pad': 'x'.repeat(70 * 1024) },
    });
    expect(r.status).toBe(413);
    expect(r.json.code).toBe('payload-too-large');
  });

  it('400 for malformed JSON and for bad parameters', async () => {
    expect((await call('werkgever', 'POST', '/v1/placements', '{"a":')).json).toMatchObject({
      status: 400,
      issues: [{ code: 'invalid_json' }],
    });
    const q = await call('werkgever', 'GET', '/v1/placements?limit=1000&region=XX');
    expect(q.status).toBe(400);
    expect(q.json.issues.map((i: ResponseJson) => i.path)).toEqual(
      expect.arrayContaining([
        ['query', 'limit'],
        ['query', 'region'],
      ]),
    );
    expect((await call('werkgever', 'GET', '/v1/placements/not-a-uuid')).status).toBe(400);
  });

  it('400 lists every issue with path, rule id, code and Dutch message, without echoing values', async () => {
    const doc = newPlacement({
      hoursPerWeek: 200,
      region: 'AM04',
      type: 'SECONDMENT',
      candidate: { ...placementExample.candidate, identity: { bsn: '123456789' } },
      extensions: { 'bad-key': 1 },
    });
    const r = await call('werkgever', 'POST', '/v1/placements', doc);
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(r.json.issues.length).toBeGreaterThanOrEqual(3);
    for (const i of r.json.issues) expect(Object.keys(i).sort()).toEqual(expect.arrayContaining(['code', 'message', 'path', 'severity']));
    expect(r.text).not.toContain('123456789');
    const rules = await call('werkgever', 'POST', '/v1/placements', newPlacement({ type: 'SECONDMENT' }));
    expect(rules.status).toBe(400);
    expect(rules.json.issues.some((i: ResponseJson) => i.ruleId === 'PLC-001')).toBe(true);
  });

  it('gives English messages on request', async () => {
    const r = await call('werkgever', 'POST', '/v1/placements', newPlacement({ hoursPerWeek: -1 }), { 'Accept-Language': 'en' });
    const nl = await call('werkgever', 'POST', '/v1/placements', newPlacement({ hoursPerWeek: -1 }));
    expect(r.json.issues[0].message).not.toBe(nl.json.issues[0].message);
  });
});

describe('records: create, read, update, delete, list', () => {
  it('creates with ETag and Location, reads, updates with If-Match, refuses stale and missing If-Match', async () => {
    const doc = newPlacement();
    const created = await call('werkgever', 'POST', '/v1/placements', doc);
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    // The server assigns the id; the body's id is ignored.
    expect(created.json.id).not.toBe(doc.id);
    expect(created.headers.get('location')).toBe(`/v1/placements/${created.json.id}`);
    doc.id = created.json.id;
    const got = await call('werkgever', 'GET', `/v1/placements/${doc.id}`);
    expect(got.status).toBe(200);
    expect(got.headers.get('etag')).toBe('"1"');
    const upd = await call('werkgever', 'PUT', `/v1/placements/${doc.id}`, { ...doc, status: 'ACTIVE' }, { 'If-Match': '"1"' });
    expect(upd.status).toBe(200);
    expect(upd.headers.get('etag')).toBe('"2"');
    const stale = await call(
      'werkgever',
      'PUT',
      `/v1/placements/${doc.id}`,
      { ...doc, status: 'ACTIVE', hoursPerWeek: 30 },
      { 'If-Match': '"1"' },
    );
    expect(stale.status).toBe(412);
    expect((await call('werkgever', 'PUT', `/v1/placements/${doc.id}`, doc)).status).toBe(428);
    const transition = await call('werkgever', 'PUT', `/v1/placements/${doc.id}`, { ...doc, status: 'PLANNED' }, { 'If-Match': '"2"' });
    expect(transition.status).toBe(400);
    expect(transition.json.issues.some((i: ResponseJson) => i.ruleId === 'AGR-003')).toBe(true);
    const trail = await call('werkgever', 'GET', `/v1/placements/${doc.id}/audittrail`);
    expect(trail.json.items.map((e: ResponseJson) => [e.action, e.result])).toEqual([
      ['create', 201],
      ['update', 200],
      ['update', 412],
      ['update', 428],
      ['update', 400],
    ]);
    expect(trail.json.items[1]).toMatchObject({
      actor: { userId: 'hr-voorbeeld-retail', organisation: 'KVK:12345678' },
      at: NOW.toISOString(),
      before: { status: 'PLANNED' },
      after: { status: 'ACTIVE' },
    });
  });

  it('refuses an id in the body that differs from the path', async () => {
    const r = await call('werkgever', 'PUT', `/v1/placements/${DEMO_IDS.placementEmployee}`, newPlacement(), { 'If-Match': '"1"' });
    expect(r.status).toBe(400);
    expect(r.json.issues[0].code).toBe('id_mismatch');
  });

  it('replays a POST with the same Idempotency-Key and refuses the key for another body', async () => {
    const doc = newPlacement();
    const a = await call('werkgever', 'POST', '/v1/placements', doc, { 'Idempotency-Key': 'abc-1' });
    const b = await call('werkgever', 'POST', '/v1/placements', doc, { 'Idempotency-Key': 'abc-1' });
    expect(b.status).toBe(201);
    expect(b.headers.get('idempotent-replayed')).toBe('true');
    expect(b.json).toEqual(a.json);
    const withoutId = { ...newPlacement() } as Record<string, unknown>;
    delete withoutId.id;
    const c1 = await call('werkgever', 'POST', '/v1/placements', withoutId, { 'Idempotency-Key': 'abc-2' });
    const c2 = await call('werkgever', 'POST', '/v1/placements', withoutId, { 'Idempotency-Key': 'abc-2' });
    expect(c2.json.id).toBe(c1.json.id);
    expect((await call('werkgever', 'POST', '/v1/placements', newPlacement(), { 'Idempotency-Key': 'abc-1' })).status).toBe(409);
    expect((await call('werkgever', 'POST', '/v1/placements', newPlacement(), { 'Idempotency-Key': 'bad key with spaces' })).status).toBe(
      400,
    );
  });

  it('assigns a new id on create, also when the body names an existing one', async () => {
    const r = await call('werkgever', 'POST', '/v1/placements', { ...placementExample });
    expect(r.status).toBe(201);
    expect(r.json.id).not.toBe(placementExample.id);
  });

  it('deletes only in the initial status, with If-Match', async () => {
    const active = await call('werkgever', 'DELETE', `/v1/placements/${DEMO_IDS.placementEmployee}`, undefined, { 'If-Match': '"1"' });
    expect(active.status).toBe(409);
    expect((await call('regio-rijnmond', 'DELETE', `/v1/placements/${DEMO_IDS.placementTrial}`)).status).toBe(428);
    const ok = await call('regio-rijnmond', 'DELETE', `/v1/placements/${DEMO_IDS.placementTrial}`, undefined, { 'If-Match': '"1"' });
    expect(ok.status).toBe(204);
    expect((await call('regio-rijnmond', 'GET', `/v1/placements/${DEMO_IDS.placementTrial}`)).status).toBe(404);
  });

  it('lists with filters and cursor pagination', async () => {
    const all = await call('werkgever', 'GET', '/v1/placements?limit=2');
    expect(all.json.items).toHaveLength(2);
    const next = await call('werkgever', 'GET', `/v1/placements?limit=2&cursor=${all.json.nextCursor}`);
    expect(next.json.items.map((p: ResponseJson) => p.id)).toEqual([DEMO_IDS.placementTrial]);
    expect(next.json.nextCursor).toBeUndefined();
    expect((await call('werkgever', 'GET', '/v1/placements?region=AM21')).json.items.map((p: ResponseJson) => p.id)).toEqual([
      DEMO_IDS.placementHaaglanden,
    ]);
    expect((await call('werkgever', 'GET', '/v1/placements?status=PLANNED')).json.items.map((p: ResponseJson) => p.id)).toEqual([
      DEMO_IDS.placementTrial,
    ]);
    expect((await call('werkgever', 'GET', '/v1/placements?from=2026-11-01&to=2026-12-31')).json.items.length).toBe(3);
    expect((await call('werkgever', 'GET', '/v1/placements?to=2026-02-15')).json.items.map((p: ResponseJson) => p.id)).toEqual([
      DEMO_IDS.placementHaaglanden,
    ]);
    expect((await call('werkgever', 'GET', '/v1/vacancies?employer=12345678')).json.items).toHaveLength(2);
  });

  it('validates without storing (_valideer)', async () => {
    const doc = newPlacement({ hoursPerWeek: 0 });
    const r = await call('werkgever', 'POST', '/v1/placements/_valideer', doc);
    expect(r.status).toBe(200);
    expect(r.json.valid).toBe(false);
    expect(r.json.issues.length).toBeGreaterThan(0);
    expect((await call('werkgever', 'GET', `/v1/placements/${doc.id}`)).status).toBe(404);
    expect((await call('werkgever', 'POST', '/v1/vacancies/_valideer', { ...newPlacement() })).json.valid).toBe(false);
  });

  it('covers every record collection', async () => {
    for (const [collection, id] of [
      ['partnership-agreements', DEMO_IDS.partnershipRijnmond],
      ['execution-plans', DEMO_IDS.planRijnmond],
      ['vacancies', DEMO_IDS.vacancyRijnmond],
      ['placements', DEMO_IDS.placementEmployee],
      ['wage-value-assessments', DEMO_IDS.wageValueAssessment],
    ] as const) {
      const one = await call('gemeente', 'GET', `/v1/${collection}/${id}`);
      expect(one.status, collection).toBe(200);
      const put = await call('gemeente', 'PUT', `/v1/${collection}/${id}`, one.json, { 'If-Match': one.headers.get('etag') ?? '' });
      expect(put.status, `${collection} ${put.text}`).toBe(200);
      expect((await call('gemeente', 'GET', `/v1/${collection}`)).json.items.length, collection).toBeGreaterThan(0);
      expect((await call('gemeente', 'GET', `/v1/${collection}/${id}/audittrail`)).json.items.length, collection).toBe(2);
    }
  });
});

describe('who may see what', () => {
  it("hides other tenants' records (404) and lists none of them", async () => {
    expect((await call('andere-werkgever', 'GET', `/v1/placements/${DEMO_IDS.placementEmployee}`)).status).toBe(404);
    expect((await call('andere-werkgever', 'GET', '/v1/placements')).json.items).toEqual([]);
    expect((await call('regio-haaglanden', 'GET', `/v1/placements/${DEMO_IDS.placementEmployee}`)).status).toBe(404);
    expect((await call('regio-haaglanden', 'GET', '/v1/placements')).json.items.map((p: ResponseJson) => p.id)).toEqual([
      DEMO_IDS.placementHaaglanden,
    ]);
    expect((await call('gemeente', 'GET', '/v1/placements')).json.items.map((p: ResponseJson) => p.id).sort()).toEqual(
      [DEMO_IDS.placementEmployee, DEMO_IDS.placementTrial].sort(),
    );
    expect(
      (await call('andere-werkgever', 'PUT', `/v1/placements/${DEMO_IDS.placementEmployee}`, placementExample, { 'If-Match': '"1"' }))
        .status,
    ).toBe(404);
  });

  it('403 above the confidentiality ceiling on direct access; filtered from lists', async () => {
    expect((await call('regio-rijnmond', 'GET', `/v1/wage-value-assessments/${DEMO_IDS.wageValueAssessment}`)).status).toBe(403);
    expect((await call('regio-rijnmond', 'GET', '/v1/wage-value-assessments')).json.items).toEqual([]);
    expect((await call('gemeente', 'GET', `/v1/wage-value-assessments/${DEMO_IDS.wageValueAssessment}`)).status).toBe(200);
  });

  it('403 for writes without a writing role or for another tenant', async () => {
    expect((await call('uwv', 'POST', '/v1/placements', newPlacement())).status).toBe(403);
    expect((await call('andere-werkgever', 'POST', '/v1/placements', newPlacement())).status).toBe(403);
    expect((await call('werknemer', 'GET', '/v1/reports/progress?from=2026-01-01&to=2026-12-31')).status).toBe(403);
  });

  it('keeps the BSN out of responses unless the caller may read identities; searches by BSN in the body', async () => {
    const doc = newPlacement({
      candidate: { ...placementExample.candidate, identity: { bsn: '999992077', bsnProcessingBasis: 'PAYROLL_TAX' } },
    });
    const created = await call('werkgever', 'POST', '/v1/placements', doc);
    expect(created.text).not.toContain('999992077');
    doc.id = created.json.id;
    expect((await call('werkgever', 'GET', `/v1/placements/${doc.id}`)).text).not.toContain('999992077');
    expect((await call('werkgever', 'GET', '/v1/placements')).text).not.toContain('999992077');
    expect((await call('identiteit', 'GET', `/v1/placements/${doc.id}`)).text).toContain('999992077');
    expect((await call('identiteit', 'GET', '/v1/placements')).text).not.toContain('999992077');
    expect((await call('regio-rijnmond', 'POST', '/v1/placements/_zoek', { bsn: '999992077' })).status).toBe(403);
    const found = await call('identiteit', 'POST', '/v1/placements/_zoek', { bsn: '999992077' });
    expect(found.json.items.map((p: ResponseJson) => p.id)).toEqual([doc.id]);
    expect((await call('identiteit', 'POST', '/v1/placements/_zoek', { bsn: 'x' })).status).toBe(400);
    // An update without the identity keeps it (callers who cannot see it cannot lose it).
    const got = await call('werkgever', 'GET', `/v1/placements/${doc.id}`);
    expect(
      (await call('werkgever', 'PUT', `/v1/placements/${doc.id}`, { ...got.json, hoursPerWeek: 20 }, { 'If-Match': '"1"' })).status,
    ).toBe(200);
    expect((await call('identiteit', 'GET', `/v1/placements/${doc.id}`)).text).toContain('999992077');
    const trail = await call('werkgever', 'GET', `/v1/placements/${doc.id}/audittrail`);
    expect(trail.text).not.toContain('999992077');
  });

  it('the employer instruction: employee and the people shared with only; reads logged; revocation purges', async () => {
    const id = DEMO_IDS.employerInstruction;
    const own = await call('werknemer', 'GET', `/v1/employer-instructions/${id}`);
    expect(own.status).toBe(200);
    expect(own.json.workImpacts.length).toBeGreaterThan(0);
    expect((await call('leidinggevende', 'GET', `/v1/employer-instructions/${id}`)).status).toBe(200);
    expect((await call('jobcoach', 'GET', `/v1/employer-instructions/${id}`)).status).toBe(200);
    for (const p of ['werkgever', 'gemeente', 'regio-rijnmond', 'uwv', 'andere-werkgever'] as const) {
      expect((await call(p, 'GET', `/v1/employer-instructions/${id}`)).status, p).toBe(404);
    }
    const log = await call('werknemer', 'GET', `/v1/employer-instructions/${id}/read-log`);
    expect(log.json.items.map((r: ResponseJson) => r.userId)).toEqual(['werknemer-jansen', 'leidinggevende-devries', 'jobcoach-bakker']);
    expect((await call('leidinggevende', 'GET', `/v1/employer-instructions/${id}/read-log`)).status).toBe(404);
    expect((await call('leidinggevende', 'PUT', `/v1/employer-instructions/${id}`, demoInstruction(), { 'If-Match': '"1"' })).status).toBe(
      403,
    );
    expect((await call('werkgever', 'POST', '/v1/employer-instructions', { ...demoInstruction(), id: crypto.randomUUID() })).status).toBe(
      403,
    );
    const placement = await call('werkgever', 'GET', `/v1/placements/${DEMO_IDS.placementEmployee}`);
    expect(placement.text).not.toContain('workImpacts');
    expect((await call('leidinggevende', 'DELETE', `/v1/employer-instructions/${id}`, undefined, { 'If-Match': '"1"' })).status).toBe(403);
    expect((await call('werknemer', 'DELETE', `/v1/employer-instructions/${id}`, undefined, { 'If-Match': '"1"' })).status).toBe(204);
    expect((await call('leidinggevende', 'GET', `/v1/employer-instructions/${id}`)).status).toBe(404);
    const tomb = await call('werknemer', 'GET', `/v1/employer-instructions/${id}`);
    expect(tomb.json).toMatchObject({
      status: 'REVOKED',
      revokedOn: '2026-04-15',
      purgedOn: '2026-04-15',
      workImpacts: [],
      adjustments: [],
    });
    expect(tomb.text).not.toContain(demoInstruction().workImpacts[0].text);
    const trail = await call('werknemer', 'GET', `/v1/employer-instructions/${id}/audittrail`);
    expect(trail.json.items.map((e: ResponseJson) => [e.action, e.result, e.actor.userId])).toEqual([
      ['create', 201, 'werknemer-jansen'],
      ['update', 403, 'leidinggevende-devries'],
      ['revoke', 403, 'leidinggevende-devries'],
      ['revoke', 200, 'werknemer-jansen'],
    ]);
  });

  it('the employee can edit the instruction and share it again', async () => {
    const id = DEMO_IDS.employerInstruction;
    const doc = { ...demoInstruction(), status: 'DRAFT' };
    const r = await call('werknemer', 'PUT', `/v1/employer-instructions/${id}`, doc, { 'If-Match': '"1"' });
    expect(r.status).toBe(200);
    expect((await call('leidinggevende', 'GET', `/v1/employer-instructions/${id}`)).status).toBe(404);
    expect((await call('werknemer', 'POST', '/v1/employer-instructions/_valideer', { ...doc, diagnosis: 'x' })).json.valid).toBe(false);
  });
});

describe('reports', () => {
  it('progress toward the target in job equivalents per region, employer and sector, labelled indicative', async () => {
    const r = await call('werkgever', 'GET', '/v1/reports/progress?from=2026-01-01&to=2026-12-31');
    expect(r.status).toBe(200);
    expect(r.json.indicative).toBe(true);
    const am22 = r.json.rows.find((x: ResponseJson) => x.key === 'AM22');
    expect(am22).toMatchObject({ placements: 1, target: 20 });
    // 24 h from 1 March to 31 December: 24 / 25.5 × 306 / 365.
    expect(am22.jobEquivalents).toBeCloseTo((24 / 25.5) * (306 / 365), 3);
    const am21 = r.json.rows.find((x: ResponseJson) => x.key === 'AM21');
    expect(am21.jobEquivalents).toBeCloseTo((32 / 25.5) * (334 / 365), 3);
    expect(
      (await call('werkgever', 'GET', '/v1/reports/progress?from=2026-01-01&to=2026-12-31&groupBy=employer')).json.rows.map(
        (x: ResponseJson) => x.key,
      ),
    ).toEqual(['12345678']);
    expect(
      (await call('werkgever', 'GET', '/v1/reports/progress?from=2026-01-01&to=2026-12-31&groupBy=sector')).json.rows.map(
        (x: ResponseJson) => x.key,
      ),
    ).toEqual(['MARKET']);
    expect(
      (await call('regio-haaglanden', 'GET', '/v1/reports/progress?from=2026-01-01&to=2026-12-31')).json.rows.map(
        (x: ResponseJson) => x.key,
      ),
    ).toEqual(['AM21']);
    expect((await call('werkgever', 'GET', '/v1/reports/progress?from=2026-12-31&to=2026-01-01')).status).toBe(400);
    expect((await call('werkgever', 'GET', '/v1/reports/progress')).status).toBe(400);
  });

  it('harmonisation report: where the national employer’s regions differ', async () => {
    const r = await call('werkgever', 'GET', '/v1/reports/harmonisation?employer=12345678&asOf=2026-04-01');
    expect(r.status).toBe(200);
    expect(r.json.regions).toEqual(['AM21', 'AM22']);
    const aspect = (a: string) => r.json.aspects.find((x: ResponseJson) => x.aspect === a);
    expect(aspect('trialPlacement').harmonised).toBe(false);
    expect(aspect('trialPlacement').variants).toEqual([
      { value: { regime: 'MUNICIPAL_PW', defaultMonths: 3, maxMonths: 4 }, regions: ['AM21'] },
      { value: { regime: 'UWV', defaultMonths: 2, maxMonths: 6 }, regions: ['AM22'] },
    ]);
    expect(aspect('jobCoaching').harmonised).toBe(false);
    expect(aspect('lksProcess').harmonised).toBe(false);
    expect(aspect('employerContact').harmonised).toBe(true);
    expect(r.json.contacts.every((c: ResponseJson) => c.exactlyOnePerSide)).toBe(true);
    expect((await call('andere-werkgever', 'GET', '/v1/reports/harmonisation?employer=12345678')).json.regions).toEqual([]);
  });
});

describe('code lists', () => {
  it('lists and serves code lists without a token', async () => {
    const index = await call(null, 'GET', '/v1/code-lists');
    expect(index.status).toBe(200);
    expect(index.json.items.map((l: ResponseJson) => l.id)).toEqual(
      expect.arrayContaining(['labour-market-region', 'target-group-basis', 'placement-type']),
    );
    const regions = await call(null, 'GET', '/v1/code-lists/labour-market-region');
    expect(regions.json.entries).toHaveLength(35);
    expect((await call(null, 'GET', '/v1/code-lists/nope')).status).toBe(404);
  });

  it('serves a code list by the id core gives it (its name) as well, without a token', async () => {
    const index = await call(null, 'GET', '/v1/code-lists');
    const entry = index.json.items.find((l: ResponseJson) => l.id === 'labour-market-region');
    expect(entry.name).toBe('LabourMarketRegion');
    const byName = await call(null, 'GET', '/v1/code-lists/LabourMarketRegion');
    expect(byName.status).toBe(200);
    expect(byName.json.id).toBe('labour-market-region');
    expect(byName.json.entries).toHaveLength(35);
    const unknown = await call(null, 'GET', '/v1/code-lists/NoSuchList');
    expect(unknown.status).toBe(404);
  });
});

describe('canary: the employer instruction never leaks', () => {
  it('does not appear in any list, report, audit trail, error response or log line, for any persona', async () => {
    const canary = `KANARIE-${crypto.randomUUID()}`;
    const instr = {
      ...demoInstruction(),
      id: crypto.randomUUID(),
      workImpacts: [{ category: 'WORK_PACE', text: canary }],
      instructionTips: canary,
    };
    logLines.length = 0;
    const created = await call('werknemer', 'POST', '/v1/employer-instructions', instr, { 'Idempotency-Key': 'canary' });
    expect(created.status).toBe(201);
    instr.id = created.json.id;
    const bodies: string[] = [];
    const personas = [...demoPersonas.map((p) => p.key), 'identiteit'] as Persona[];
    const year = 'from=2026-01-01&to=2026-12-31';
    for (const who of personas) {
      for (const c of ['partnership-agreements', 'execution-plans', 'vacancies', 'placements', 'wage-value-assessments']) {
        bodies.push((await call(who, 'GET', `/v1/${c}`)).text);
        bodies.push((await call(who, 'POST', `/v1/${c}/_valideer`, { ...instr, documentType: 'Placement' })).text);
      }
      for (const [c, id] of [
        ['placements', DEMO_IDS.placementEmployee],
        ['vacancies', DEMO_IDS.vacancyRijnmond],
        ['partnership-agreements', DEMO_IDS.partnershipRijnmond],
      ]) {
        bodies.push((await call(who, 'GET', `/v1/${c}/${id}`)).text);
        bodies.push((await call(who, 'GET', `/v1/${c}/${id}/audittrail`)).text);
        bodies.push((await call(who, 'PUT', `/v1/${c}/${id}`, instr, { 'If-Match': '"1"' })).text);
      }
      for (const g of ['region', 'employer', 'sector'])
        bodies.push((await call(who, 'GET', `/v1/reports/progress?${year}&groupBy=${g}`)).text);
      bodies.push((await call(who, 'GET', '/v1/reports/harmonisation?employer=12345678')).text);
      bodies.push((await call(who, 'GET', '/v1/employer-instructions')).text);
      bodies.push((await call(who, 'GET', `/v1/employer-instructions/${instr.id}/audittrail`)).text);
      bodies.push((await call(who, 'GET', `/v1/employer-instructions/${instr.id}/read-log`)).text);
      bodies.push(
        (await call(who, 'PUT', `/v1/employer-instructions/${instr.id}`, { ...instr, workImpacts: 'x' }, { 'If-Match': '"1"' })).text,
      );
      bodies.push((await call(who, 'POST', '/v1/employer-instructions', { ...instr, notPartOfPersonnelFile: false })).text);
      bodies.push(
        (await call(who, 'POST', '/v1/employer-instructions', instr, { 'Idempotency-Key': 'canary', 'Content-Type': 'text/plain' })).text,
      );
      bodies.push((await call(who, 'POST', '/v1/placements/_zoek', { bsn: canary })).text);
    }
    expect(bodies.length).toBeGreaterThanOrEqual(300);
    for (const b of bodies) expect(b).not.toContain(canary);
    for (const line of logLines) expect(line).not.toContain(canary);
    // Only the people it belongs to see it.
    expect((await call('werknemer', 'GET', `/v1/employer-instructions/${instr.id}`)).text).toContain(canary);
  });

  it('logs are JSON lines without tokens or BSNs', async () => {
    logLines.length = 0;
    await call('identiteit', 'POST', '/v1/placements/_zoek', { bsn: '999992077' });
    await call('werkgever', 'GET', '/v1/placements/999992077');
    expect(logLines.length).toBe(2);
    for (const line of logLines) {
      const parsed = JSON.parse(line);
      expect(parsed).toMatchObject({ level: 'info', msg: 'request' });
      expect(line).not.toContain('999992077');
      expect(line).not.toContain(tokens.identiteit);
      expect(line).not.toContain('Bearer');
    }
  });
});
