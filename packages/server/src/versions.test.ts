import { placementExample, STANDARD_VERSION, UNKNOWN_FIELDS_0_1_KEY } from '@banenafspraak/core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { signToken } from './auth.js';
import { demoPersonas, seedDemoData } from './demo.js';
import { silentLogger } from './logger.js';
import { createMemoryStorage } from './storage/memory.js';

const SECRET = 'test-secret-that-is-long-enough-0123456789';
const NOW = new Date('2026-04-15T10:00:00.000Z');
const storage = createMemoryStorage();
let token = '';

function appWith(standardVersions?: readonly string[]) {
  return createApp({
    storage,
    auth: { secret: SECRET },
    clock: () => NOW,
    logger: silentLogger,
    ...(standardVersions ? { standardVersions } : {}),
  });
}

async function call(app: ReturnType<typeof createApp>, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await app.request(path, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Accept-Language': 'en', ...headers },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : undefined };
}

/** A placement as a 0.1 client sends it: old version, a field 0.1 did not define, a 0.1 extension key. */
const placement01 = () => ({
  ...structuredClone(placementExample),
  id: crypto.randomUUID(),
  status: 'PLANNED',
  standardVersion: '0.1',
  internalRef: 'HR-2231',
  extensions: { 'x-acme-team': 'vulploeg' },
});

beforeAll(async () => {
  const employer = demoPersonas.find((p) => p.key === 'werkgever');
  if (!employer) throw new Error('the demo data has no werkgever persona');
  token = await signToken(employer.principal, SECRET);
});

beforeEach(async () => {
  storage.clear();
  await seedDemoData(storage, NOW.toISOString());
});

describe('standard versions at the API', () => {
  it('says which standard version it speaks: API-Version and the OpenAPI info', async () => {
    const app = appWith(['0.1', '0.2']);
    const r = await app.request('/v1/openapi.json');
    expect(r.headers.get('api-version')).toBe(`${STANDARD_VERSION}.0`);
    const doc = await r.json();
    expect(doc.info.version).toBe(`${STANDARD_VERSION}.0`);
    expect(doc.info['x-standard-version']).toBe(STANDARD_VERSION);
    expect(doc.info['x-accepted-standard-versions']).toEqual(['0.1', '0.2']);
  });

  it('stores a 0.1 document upgraded to the current version and reports every change', async () => {
    const app = appWith();
    const created = await call(app, 'POST', '/v1/placements', placement01());
    expect(created.status).toBe(201);
    expect(created.json.standardVersion).toBe(STANDARD_VERSION);
    expect(created.json.extensions).toEqual({
      'nl.banenafspraak.v0-1.acme.team': 'vulploeg',
      [UNKNOWN_FIELDS_0_1_KEY]: { internalRef: 'HR-2231' },
    });
    expect(created.headers.get('warning')).toMatch(/^299 - "Document upgraded from standard version 0\.1 to 0\.2 \(3 changes/);
    const report = JSON.parse(created.headers.get('migration-report') ?? 'null');
    expect(report).toMatchObject({ documentType: 'Placement', fromVersion: '0.1', toVersion: STANDARD_VERSION });
    expect(report.steps.flatMap((s: { changes: { path: unknown[] }[] }) => s.changes.map((c) => c.path))).toEqual([
      ['extensions', 'x-acme-team'],
      ['internalRef'],
      ['standardVersion'],
    ]);
    // The report names places, never values.
    expect(created.headers.get('migration-report')).not.toContain('HR-2231');
    const read = await call(app, 'GET', `/v1/placements/${created.json.id}`);
    expect(read.json.standardVersion).toBe(STANDARD_VERSION);
    expect(read.headers.get('warning')).toBeNull();
  });

  it('a current document gets no migration headers', async () => {
    const created = await call(appWith(), 'POST', '/v1/placements', {
      ...placement01(),
      standardVersion: STANDARD_VERSION,
      internalRef: undefined,
      extensions: undefined,
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('warning')).toBeNull();
    expect(created.headers.get('migration-report')).toBeNull();
  });

  it('_valideer reports the migration too, and stores nothing', async () => {
    const r = await call(appWith(), 'POST', '/v1/placements/_valideer', placement01());
    expect(r.status).toBe(200);
    expect(r.json.valid).toBe(true);
    expect(r.headers.get('migration-report')).toContain('0.2/unknown-fields-to-extensions');
  });

  it('an upgraded document that is still invalid gets a 400 with the migration in the problem', async () => {
    const r = await call(appWith(), 'POST', '/v1/placements', { ...placement01(), hoursPerWeek: -1 });
    expect(r.status).toBe(400);
    expect(r.json.migration).toMatchObject({ fromVersion: '0.1', toVersion: STANDARD_VERSION });
    expect(r.json.issues.some((i: { path: unknown[] }) => i.path[0] === 'hoursPerWeek')).toBe(true);
  });

  it('a version outside the window is a 400 naming the accepted versions (VER-001)', async () => {
    const r = await call(appWith([STANDARD_VERSION]), 'POST', '/v1/placements', placement01());
    expect(r.status).toBe(400);
    expect(r.json.issues).toEqual([expect.objectContaining({ ruleId: 'VER-001', path: ['standardVersion'] })]);
    expect(r.json.issues[0].message).toContain(STANDARD_VERSION);
  });

  it('an unknown version is a 400 (VER-001), never a 5xx', async () => {
    const r = await call(appWith(), 'POST', '/v1/placements', { ...placement01(), standardVersion: '9.9' });
    expect(r.status).toBe(400);
    expect(r.json.issues).toEqual([expect.objectContaining({ ruleId: 'VER-001' })]);
  });

  it('an old document that needs a decision is a 400 naming the field (VER-003)', async () => {
    const r = await call(appWith(), 'POST', '/v1/placements', { ...placement01(), extensions: ['not', 'an', 'object'] });
    expect(r.status).toBe(400);
    expect(r.json.issues).toContainEqual(expect.objectContaining({ ruleId: 'VER-003', path: ['extensions'] }));
  });

  it('a 0.1 field that may hold a BSN is not kept in extensions: 400 naming the field, the value never echoed', async () => {
    const r = await call(appWith(), 'POST', '/v1/placements', { ...placement01(), clientBsn: '111222333' });
    expect(r.status).toBe(400);
    expect(r.json.issues).toEqual([expect.objectContaining({ ruleId: 'VER-003', path: ['clientBsn'] })]);
    expect(JSON.stringify(r.json)).not.toContain('111222333');
    const headerValues: string[] = [];
    r.headers.forEach((value) => {
      headerValues.push(value);
    });
    expect(headerValues.join(' ')).not.toContain('111222333');
  });

  it('refuses a window without the current version or with an unknown one', () => {
    expect(() => appWith(['0.1'])).toThrow(/current version/);
    expect(() => appWith(['0.2', '0.7'])).toThrow(/0\.7/);
  });
});
