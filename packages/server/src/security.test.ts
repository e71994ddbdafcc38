// Attacks from outside, each with a valid token: another tenant's parent, another employer as
// counting employer, a grant of another organisation, hostile tokens, headers and bodies.
import { connect } from 'node:net';
import { contactMomentExample, executionPlanExample, placementExample, wageValueAssessmentExample } from '@banenafspraak/core';
import { serve } from '@hono/node-server';
import { SignJWT } from 'jose';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { signToken } from './auth.js';
import { DEMO_IDS, demoPersonas, seedDemoData } from './demo.js';
import { createJsonLogger } from './logger.js';
import { createMemoryStorage } from './storage/memory.js';
import type { Storage } from './storage/port.js';

const SECRET = 'test-secret-that-is-long-enough-0123456789';
const NOW = new Date('2026-04-15T10:00:00.000Z');
const storage = createMemoryStorage();
const logLines: string[] = [];
const app = createApp({
  storage,
  auth: { secret: SECRET },
  clock: () => NOW,
  logger: createJsonLogger((l) => logLines.push(l)),
  maxBodyBytes: 64 * 1024,
});
const tokens: Record<string, string> = {};

/** A response body as these tests read it (JSON of a record, a page or a problem). */
interface Body {
  id?: string;
  code?: string;
  title?: string;
  detail?: string;
  valid?: boolean;
  issues?: { path: (string | number)[]; code: string; severity: string }[];
  items?: Body[];
  employer?: { kvkNumber?: string };
  [key: string]: unknown;
}

type Persona = (typeof demoPersonas)[number]['key'] | 'identiteit' | 'leidinggevende-elders';

async function call(who: Persona | null, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const h: Record<string, string> = { ...headers };
  if (who) h.Authorization = `Bearer ${tokens[who]}`;
  if (body !== undefined && h['Content-Type'] === undefined) h['Content-Type'] = 'application/json';
  const res = await app.request(path, {
    method,
    headers: h,
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  let json: Body = {};
  try {
    json = text ? (JSON.parse(text) as Body) : {};
  } catch {
    json = {};
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** The problem document without the parts that differ per request. */
const shape = (r: { status: number; json: Body }) => ({
  status: r.status,
  code: r.json?.code,
  title: r.json?.title,
  detail: r.json?.detail,
  issues: r.json?.issues,
});

beforeAll(async () => {
  for (const p of demoPersonas) tokens[p.key] = await signToken(p.principal, SECRET);
  tokens.identiteit = await signToken(
    { userId: 'bsn-lezer', organisation: { scheme: 'AM', value: 'AM22' }, roles: ['READER', 'IDENTITY_READER'] },
    SECRET,
  );
  // Same user id as the supervisor the instruction is shared with, other organisation.
  tokens['leidinggevende-elders'] = await signToken(
    { userId: 'leidinggevende-devries', organisation: { scheme: 'KVK', value: '87654321' }, roles: ['READER'] },
    SECRET,
  );
});

beforeEach(async () => {
  storage.clear();
  await seedDemoData(storage, NOW.toISOString());
  logLines.length = 0;
});

describe('attaching to another tenant’s record', () => {
  const missing = '00000000-0000-4000-8000-00000000dead';
  const plan = (partnershipId: string) => ({
    ...structuredClone(executionPlanExample),
    id: crypto.randomUUID(),
    partnershipId,
    // The attacker names itself, so the plan is in its own scope.
    targets: executionPlanExample.targets.map((t) => ({ ...t, ownedBy: [{ scheme: 'KVK', value: '87654321' }] })),
  });

  it('an execution plan under another employer’s partnership agreement: 404 exactly as for a missing one, and the victim sees nothing', async () => {
    const before = await call('werkgever', 'GET', '/v1/execution-plans');
    const attack = await call('andere-werkgever', 'POST', '/v1/execution-plans', plan(DEMO_IDS.partnershipRijnmond));
    const absent = await call('andere-werkgever', 'POST', '/v1/execution-plans', plan(missing));
    expect(attack.status).toBe(404);
    expect(shape(attack)).toEqual(shape(absent));
    expect(attack.text).not.toContain('12345678');
    expect((await call('werkgever', 'GET', '/v1/execution-plans')).json.items).toEqual(before.json.items);
  });

  it('an assessment under another employer’s placement: 404 exactly as for a missing one', async () => {
    const doc = (placementId: string) => ({
      ...structuredClone(wageValueAssessmentExample),
      id: crypto.randomUUID(),
      placementId,
      employer: '87654321',
    });
    const attack = await call('andere-werkgever', 'POST', '/v1/wage-value-assessments', doc(DEMO_IDS.placementEmployee));
    const absent = await call('andere-werkgever', 'POST', '/v1/wage-value-assessments', doc(missing));
    expect(attack.status).toBe(404);
    expect(shape(attack)).toEqual(shape(absent));
    const gemeente = await call('gemeente', 'GET', '/v1/wage-value-assessments');
    expect(gemeente.json.items?.map((a) => a.id)).toEqual([DEMO_IDS.wageValueAssessment]);
  });

  it('a placement naming another employer as counting employer is refused; the victim’s progress report does not change', async () => {
    const year = '/v1/reports/progress?from=2026-01-01&to=2026-12-31&groupBy=employer';
    const before = (await call('werkgever', 'GET', year)).json;
    const doc = {
      ...structuredClone(placementExample),
      id: crypto.randomUUID(),
      employer: { kvkNumber: '87654321', name: 'Ander B.V.' },
      countingEmployer: { kvkNumber: '12345678', name: 'Voorbeeld Retail B.V.' },
      type: 'SECONDMENT',
      lender: { scheme: 'KVK', value: '87654321', name: 'Ander B.V.' },
    };
    const r = await call('andere-werkgever', 'POST', '/v1/placements', doc);
    expect(r.json.issues).toEqual([expect.objectContaining({ code: 'reference_not_found' })]);
    expect(r.status).toBe(404);
    expect(r.json.issues?.map((i) => i.path.join('.'))).toContain('countingEmployer.kvkNumber');
    expect((await call('werkgever', 'GET', year)).json).toEqual(before);
    expect((await call('werkgever', 'GET', '/v1/placements')).json.items?.map((p) => p.id)).not.toContain(doc.id);
  });

  it('a contact moment naming another employer as the contacting organisation is refused; the victim sees nothing', async () => {
    const moment = (organisation: { scheme: string; value: string }, employer = '87654321') => {
      const { partnershipId: _p, vacancyId: _v, ...doc } = structuredClone(contactMomentExample);
      return { ...doc, id: crypto.randomUUID(), employer: { kvkNumber: employer, name: 'B.V.' }, organisation };
    };
    const before = await call('werkgever', 'GET', '/v1/contact-moments');
    const attack = await call('andere-werkgever', 'POST', '/v1/contact-moments', moment({ scheme: 'KVK', value: '12345678' }));
    expect(attack.status).toBe(404);
    expect(attack.json.issues?.map((i) => i.path.join('.'))).toEqual(['organisation.value']);
    expect((await call('werkgever', 'GET', '/v1/contact-moments')).json.items).toEqual(before.json.items);
    // A region still records the contact a job-coach organisation had with an employer in its region.
    const byCoach = moment({ scheme: 'KVK', value: '11223344' }, '12345678');
    expect((await call('regio-rijnmond', 'POST', '/v1/contact-moments', byCoach)).status).toBe(201);
  });

  it('an update may not move a record under another tenant’s parent either', async () => {
    const own = plan(missing);
    const created = await call('regio-rijnmond', 'POST', '/v1/execution-plans', {
      ...own,
      partnershipId: DEMO_IDS.partnershipRijnmond,
      targets: executionPlanExample.targets,
    });
    expect(created.status).toBe(201);
    // Rijnmond cannot read the Haaglanden partnership: moving the plan there is a 404.
    const moved = await call(
      'regio-rijnmond',
      'PUT',
      `/v1/execution-plans/${created.json.id}`,
      { ...created.json, partnershipId: DEMO_IDS.partnershipHaaglanden },
      { 'If-Match': '"1"' },
    );
    expect(moved.status).toBe(404);
  });

  it('the legitimate flows still work: a region plans under its partnership, a municipality assesses its placement', async () => {
    expect(
      (
        await call('regio-rijnmond', 'POST', '/v1/execution-plans', {
          ...structuredClone(executionPlanExample),
          id: crypto.randomUUID(),
          partnershipId: DEMO_IDS.partnershipRijnmond,
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call('gemeente', 'POST', '/v1/wage-value-assessments', {
          ...structuredClone(wageValueAssessmentExample),
          id: crypto.randomUUID(),
          placementId: DEMO_IDS.placementEmployee,
        })
      ).status,
    ).toBe(201);
  });
});

describe('client-chosen ids', () => {
  it('an id of another tenant’s record reveals nothing: the answer is the same as for a fresh id', async () => {
    const doc = (id: string) => ({ ...structuredClone(placementExample), id, employer: { kvkNumber: '87654321', name: 'Ander B.V.' } });
    const taken = await call('andere-werkgever', 'POST', '/v1/placements', doc(DEMO_IDS.placementEmployee));
    const fresh = await call('andere-werkgever', 'POST', '/v1/placements', doc(crypto.randomUUID()));
    expect(taken.status).toBe(201);
    expect(fresh.status).toBe(201);
    // The server assigns the id on create, so the body's id can never collide.
    expect(taken.json.id).not.toBe(DEMO_IDS.placementEmployee);
    expect(taken.headers.get('Location')).toBe(`/v1/placements/${taken.json.id}`);
    // The victim's record is untouched.
    expect((await call('werkgever', 'GET', `/v1/placements/${DEMO_IDS.placementEmployee}`)).json.employer?.kvkNumber).toBe('12345678');
  });
});

describe('sharing the employer instruction', () => {
  it('matches organisation and user together: the same user id in another organisation gets nothing', async () => {
    const id = DEMO_IDS.employerInstruction;
    expect((await call('leidinggevende', 'GET', `/v1/employer-instructions/${id}`)).status).toBe(200);
    const other = await call('leidinggevende-elders', 'GET', `/v1/employer-instructions/${id}`);
    expect(other.status).toBe(404);
    const log = await call('werknemer', 'GET', `/v1/employer-instructions/${id}/read-log`);
    expect(log.json.items).toEqual([expect.objectContaining({ userId: 'leidinggevende-devries', organisation: 'KVK:12345678' })]);
  });
});

describe('tokens', () => {
  const key = new TextEncoder().encode(SECRET);
  const base = () =>
    new SignJWT({ org: { scheme: 'KVK', value: '12345678' }, roles: ['WRITER'] })
      .setSubject('u1')
      .setIssuer('urn:banenafspraak:reference-server')
      .setAudience('urn:banenafspraak:api');

  it('refuses a token without exp', async () => {
    const token = await base().setProtectedHeader({ alg: 'HS256' }).setIssuedAt().sign(key);
    const r = await app.request('/v1/placements', { headers: { Authorization: `Bearer ${token}` } });
    expect(r.status).toBe(401);
  });

  it('refuses a lifetime beyond the configured maximum', async () => {
    const long = await base().setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime('400d').sign(key);
    expect((await app.request('/v1/placements', { headers: { Authorization: `Bearer ${long}` } })).status).toBe(401);
    const ok = await base().setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime('1h').sign(key);
    expect((await app.request('/v1/placements', { headers: { Authorization: `Bearer ${ok}` } })).status).toBe(200);
  });

  it('refuses alg none', async () => {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const exp = Math.floor(Date.now() / 1000) + 600;
    const token = `${enc({ alg: 'none', typ: 'JWT' })}.${enc({ sub: 'u1', org: { scheme: 'UWV', value: 'UWV' }, roles: ['WRITER'], iss: 'urn:banenafspraak:reference-server', aud: 'urn:banenafspraak:api', exp })}.`;
    expect((await app.request('/v1/placements', { headers: { Authorization: `Bearer ${token}` } })).status).toBe(401);
  });
});

describe('hostile input', () => {
  const jsonEndpoints: [string, string, Persona][] = [
    ['POST', '/v1/placements', 'werkgever'],
    ['POST', '/v1/placements/_valideer', 'werkgever'],
    ['POST', '/v1/placements/_zoek', 'identiteit'],
    ['PUT', `/v1/placements/${DEMO_IDS.placementEmployee}`, 'werkgever'],
    ['POST', '/v1/employer-instructions', 'werknemer'],
    ['POST', '/v1/employer-instructions/_valideer', 'werknemer'],
    ['PUT', `/v1/employer-instructions/${DEMO_IDS.employerInstruction}`, 'werknemer'],
    ['POST', '/v1/vacancies/_valideer', 'werkgever'],
  ];

  for (const [method, path, who] of jsonEndpoints) {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx', '']) {
      it(`${method} ${path} with Content-Type "${type}": 415 problem`, async () => {
        const r = await call(who, method, path, JSON.stringify({ bsn: '999992077' }), { 'Content-Type': type, 'If-Match': '"1"' });
        expect(r.status).toBe(415);
        expect(r.headers.get('Content-Type')).toContain('application/problem+json');
      });
    }
  }

  for (const [label, bad] of [
    ['a lone surrogate', 'Voorbeeld \ud800 Retail'],
    ['U+0000', 'Voorbeeld \u0000 Retail'],
  ] as const) {
    it(`${label} in a string: 400 naming the field on create, and _valideer agrees`, async () => {
      const doc = { ...structuredClone(placementExample), id: crypto.randomUUID(), employer: { ...placementExample.employer, name: bad } };
      const created = await call('werkgever', 'POST', '/v1/placements', doc);
      expect(created.status).toBe(400);
      expect(created.json.issues?.map((i) => i.path.join('.'))).toContain('employer.name');
      const checked = await call('werkgever', 'POST', '/v1/placements/_valideer', doc);
      expect(checked.status).toBe(200);
      expect(checked.json.valid).toBe(false);
      expect(checked.json.issues?.map((i) => i.path.join('.'))).toContain('employer.name');
      expect(created.text).not.toContain('Retail');
    });
  }

  it('a body nested deeper than any document: 400 naming the limit, not 500, on every JSON operation', async () => {
    // Well within the body limit, far deeper than the checks that walk a document can follow.
    const deepArray = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const deepExtension = JSON.stringify({
      ...structuredClone(placementExample),
      extensions: { 'x-a': JSON.parse(`${'{"a":'.repeat(2_000)}1${'}'.repeat(2_000)}`) },
    });
    for (const [method, path, who] of jsonEndpoints) {
      for (const body of [deepArray, deepExtension]) {
        const r = await call(who, method, path, body, { 'If-Match': '"1"' });
        expect([method, path, r.status, r.json.code]).toEqual([method, path, 400, 'invalid-input']);
        // The BSN search's own schema refuses any body that is not its small object first.
        if (!path.endsWith('/_zoek')) expect([path, r.json.issues?.map((i) => i.code)]).toEqual([path, ['too_deep']]);
      }
    }
    expect(logLines.filter((l) => l.includes('"level":"error"'))).toEqual([]);
  });

  it('U+0000 in a property name of an extension: 400, not 500', async () => {
    const doc = { ...structuredClone(placementExample), id: crypto.randomUUID(), extensions: { 'x-a\u0000b': 1 } };
    const r = await call('werkgever', 'POST', '/v1/placements', doc);
    expect(r.status).toBe(400);
  });

  it('a BSN in the path is masked in the problem and the log, also next to letters or with separators', async () => {
    const spellings = ['a999992077', '999992077-', 'x-999992077', '999.99.2077', '999 99 2077'];
    for (const spelling of spellings) {
      const r = await call('werkgever', 'GET', `/v1/placements/${encodeURIComponent(spelling)}`);
      expect([spelling, r.status]).toEqual([spelling, 400]);
      expect(r.json.instance).not.toContain(spelling);
      expect(r.json.instance).not.toContain('2077');
    }
    expect(logLines.length).toBe(spellings.length);
    for (const line of logLines) expect(line).not.toContain('2077');
    // Record ids stay readable.
    const missing = crypto.randomUUID();
    expect((await call('werkgever', 'GET', `/v1/placements/${missing}`)).json.instance).toBe(`/v1/placements/${missing}`);
  });

  it('a field name that is a BSN or free text is not repeated in the issues; `*` stands for it', async () => {
    const base = { ...structuredClone(placementExample), id: crypto.randomUUID() } as Record<string, unknown>;
    const bodies = [
      { ...base, '999992077': 'x' },
      { ...base, employer: { ...placementExample.employer, 'Jan rustige werkplek': 1 } },
      { ...base, extensions: { '999992077': 'x' } },
      { ...base, extensions: { 'nl.acme.999992077': { 'x y rustige': 1 } }, 'nl.acme.999992077': 1 },
    ];
    for (const body of bodies) {
      for (const path of ['/v1/placements', '/v1/placements/_valideer']) {
        const r = await call('werkgever', 'POST', path, body);
        expect(r.json.issues?.length).toBeGreaterThan(0);
        expect(r.text).not.toContain('999992077');
        expect(r.text).not.toContain('rustige');
      }
    }
    const named = await call('werkgever', 'POST', '/v1/placements', bodies[1]);
    expect(named.json.issues?.map((i) => i.path)).toContainEqual(['employer', '*']);
  });

  it('If-Match: a weak ETag does not match (412); * matches any current version', async () => {
    const got = await call('werkgever', 'GET', `/v1/vacancies/${DEMO_IDS.vacancyRijnmond}`);
    expect(got.headers.get('ETag')).toBe('"1"');
    const weak = await call(
      'werkgever',
      'PUT',
      `/v1/vacancies/${DEMO_IDS.vacancyRijnmond}`,
      { ...got.json, numberOfPlaces: 2 },
      { 'If-Match': 'W/"1"' },
    );
    expect(weak.status).toBe(412);
    const star = await call(
      'werkgever',
      'PUT',
      `/v1/vacancies/${DEMO_IDS.vacancyRijnmond}`,
      { ...got.json, numberOfPlaces: 2 },
      { 'If-Match': '*' },
    );
    expect(star.status).toBe(200);
    expect(star.headers.get('ETag')).toBe('"2"');
  });

  it('If-Match: * on a record that does not exist is 404, not a create', async () => {
    const r = await call('werkgever', 'PUT', `/v1/vacancies/${crypto.randomUUID()}`, { documentType: 'Vacancy' }, { 'If-Match': '*' });
    expect([400, 404]).toContain(r.status);
    expect((await call('werkgever', 'DELETE', `/v1/vacancies/${crypto.randomUUID()}`, undefined, { 'If-Match': '*' })).status).toBe(404);
  });
});

describe('server errors', () => {
  it('a client that breaks off its body is no server error: logged as a warning, answered 4xx', async () => {
    const lines: string[] = [];
    const served = createApp({ storage, auth: { secret: SECRET }, clock: () => NOW, logger: createJsonLogger((l) => lines.push(l)) });
    const server = serve({ fetch: served.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as { port: number };
    try {
      // Half a body, then the connection closes: with a length and chunked.
      for (const framing of ['Content-Length: 100\r\n\r\n{"a', 'Transfer-Encoding: chunked\r\n\r\n2\r\n{"']) {
        const socket = connect(port, '127.0.0.1');
        socket.write(
          `POST /v1/placements/_valideer HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${tokens.werkgever}\r\nContent-Type: application/json\r\n${framing}`,
        );
        await new Promise((resolve) => setTimeout(resolve, 100));
        socket.destroy();
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    } finally {
      server.close();
    }
    const logged = lines.map((l) => JSON.parse(l) as { level: string; status?: number });
    expect(logged.filter((l) => l.level === 'error')).toEqual([]);
    expect(logged.filter((l) => l.level === 'warn')).toHaveLength(2);
    expect(logged.filter((l) => (l.status ?? 0) >= 500)).toEqual([]);
  });

  it('a 5xx is a problem document and is logged with its request id, never with a BSN', async () => {
    const broken: Storage = { ...storage, kind: 'broken', createRecord: async () => Promise.reject(new Error('boom 999992077')) };
    const lines: string[] = [];
    const failing = createApp({
      storage: broken,
      auth: { secret: SECRET },
      clock: () => NOW,
      logger: createJsonLogger((l) => lines.push(l)),
    });
    const doc = { ...structuredClone(placementExample), id: crypto.randomUUID() };
    const res = await failing.request('/v1/placements', {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokens.werkgever}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(doc),
    });
    expect(res.status).toBe(500);
    expect(res.headers.get('Content-Type')).toContain('application/problem+json');
    const requestId = res.headers.get('X-Request-Id');
    const errors = lines.map((l) => JSON.parse(l)).filter((l) => l.level === 'error');
    expect(errors).toEqual([expect.objectContaining({ requestId, status: 500 })]);
    for (const l of lines) expect(l).not.toContain('999992077');
    expect(await res.text()).not.toContain('999992077');
  });
});
