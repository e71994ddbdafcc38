// A bounded, seeded fuzz test over every operation of the OpenAPI document: generated bodies,
// headers, content types and query values, sent in-process by every persona. Whatever comes
// in, the answer is a 2xx or a 4xx problem document: never a 5xx, never a thrown request
// (a dropped connection in-process), and an error or validation report never echoes a value
// that was sent.
import { documentDefinitions } from '@banenafspraak/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, generateOpenApiDocument } from './app.js';
import { signToken } from './auth.js';
import { DEMO_IDS, demoPersonas, seedDemoData } from './demo.js';
import { silentLogger } from './logger.js';
import { createMemoryStorage } from './storage/memory.js';
import type { Storage } from './storage/port.js';
import { createPgliteStorage, type PostgresStorage } from './storage/postgres.js';

const SECRET = 'fuzz-secret-that-is-long-enough-0123456789';
const NOW = new Date('2026-04-15T10:00:00.000Z');
/** Every generated string carries this marker, so an echo is recognisable. */
const MARK = 'EchoMark';

type Doc = Record<string, unknown>;
interface Operation {
  method: string;
  path: string;
  operationId: string;
  query: string[];
  hasBody: boolean;
}

const operations: Operation[] = Object.entries(generateOpenApiDocument().paths ?? {}).flatMap(([path, item]) =>
  Object.entries(item as Record<string, Doc>).map(([method, op]) => ({
    method: method.toUpperCase(),
    path,
    operationId: String(op.operationId),
    query: ((op.parameters ?? []) as Doc[]).filter((p) => p.in === 'query').map((p) => String(p.name)),
    hasBody: op.requestBody !== undefined,
  })),
);

const marked = fc.string({ maxLength: 12, unit: 'binary' }).map((s) => `${MARK}${s}`);
/** Header values are byte strings: visible Latin-1 only. */
const markedHeader = fc
  .string({ maxLength: 12, unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)) })
  .map((s) => `${MARK}${s}`);
const scalar = fc.oneof(
  marked,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('2026-02-30', '0000-00-00', '9999-12-31', '', '\u0000', '\ud800', '999992077', 'AM22', '12345678'),
);
const value: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  // Property names are not marked: an issue's path names the field (also an unknown one).
  v: fc.oneof(
    { maxDepth: 3 },
    scalar,
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8, unit: 'binary' }), tie('v'), { maxKeys: 4 }),
  ),
})).v;

/** A body: a canonical example with a few fields replaced, any JSON, or bytes that are not JSON. */
/** The canonical examples, those of the operation's own collection first. */
function examplesFor(op: Operation): Doc[] {
  const own = documentDefinitions.filter((d) => op.path.startsWith(`/${d.collection}`)).map((d) => d.example as Doc);
  return own.length > 0 ? own : documentDefinitions.map((d) => d.example as Doc);
}
function mutate(doc: Doc, edits: [number, unknown][]): Doc {
  const copy = structuredClone(doc);
  for (const [pick, v] of edits) {
    // Walk to a random object along the document and replace one of its fields.
    let target: Doc = copy;
    for (let depth = 0; depth < 3; depth++) {
      const keys = Object.keys(target).filter((k) => target[k] && typeof target[k] === 'object');
      if (keys.length === 0 || (pick >> depth) % 3 === 0) break;
      target = target[keys[(pick >> (depth + 2)) % keys.length] as string] as Doc;
    }
    const keys = Object.keys(target);
    if (keys.length > 0) target[keys[pick % keys.length] as string] = v;
  }
  return copy;
}
/** The example with hostile text appended to one of its strings: often still a valid document. */
function taint(doc: Doc, pick: number, text: string): Doc {
  const copy = structuredClone(doc);
  const leaves: [Doc, string][] = [];
  const walk = (o: Doc) => {
    for (const [k, v] of Object.entries(o)) {
      // Free text (it has a space) stays valid with anything appended; codes and dates do not.
      if (typeof v === 'string' && v.includes(' ')) leaves.push([o, k]);
      else if (v && typeof v === 'object') walk(v as Doc);
    }
  };
  walk(copy);
  const leaf = leaves[pick % Math.max(1, leaves.length)];
  if (leaf) leaf[0][leaf[1]] = `${leaf[0][leaf[1]]}${text}`;
  return copy;
}
const hostileText = fc.oneof(
  fc.constantFrom('\u0000', '\ud800', '\udfff', '\u0000\ud83d', '\\', "'; DROP TABLE records; --", '\u202e', '%00'),
  marked,
);
const bodyFor = (op: Operation) => {
  const examples = examplesFor(op);
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom(...examples), fc.nat(), hostileText)
        .map(([doc, pick, text]) => JSON.stringify(taint(doc, pick, text))),
    },
    fc.tuple(fc.constantFrom(...examples), fc.nat(), hostileText).map(([doc, pick, text]) => JSON.stringify(taint(doc, pick, text))),
    fc
      .tuple(fc.constantFrom(...examples), fc.array(fc.tuple(fc.nat(), value), { minLength: 1, maxLength: 3 }))
      .map(([doc, edits]) => JSON.stringify(mutate(doc, edits))),
    value.map((v) => JSON.stringify(v) ?? 'null'),
    fc.string({ maxLength: 40, unit: 'binary' }).map((s) => `${MARK}${s}`),
    fc.constantFrom('', '{', '[]', '{"bsn":"999992077"}', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{}}}', `"${MARK}"`),
  );
};
const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/problem+json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  '',
  undefined,
);
const ifMatch = fc.oneof(
  fc.constantFrom('"1"', '"2"', 'W/"1"', '*', '"1", "2"', '', '"99999999999"'),
  markedHeader,
  fc.constant(undefined),
);
const idempotencyKey = fc.oneof(fc.constant(undefined), fc.constantFrom('k1', 'k2'), markedHeader);
// Path segments carry no marker: the problem's `instance` is the request path (BSN-like digit
// runs masked), which names the resource rather than repeating a submitted value.
const idValue = fc.oneof(
  fc.constantFrom(...Object.values(DEMO_IDS)),
  fc.uuid(),
  fc.string({ maxLength: 20, unit: 'binary' }).map(encodeURIComponent),
  fc.constantFrom('999992077', 'x'.repeat(300)),
);
const queryValue = fc.oneof(
  marked,
  fc.constantFrom('AM22', '12345678', 'ACTIVE', '2026-01-01', '2026-13-01', '0', '101', '-1', 'region', 'employer', 'sector', 'czox'),
);

const request = fc.constantFrom(...operations).chain((op) =>
  fc.record({
    op: fc.constant(op),
    who: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('werkgever', 'regio-rijnmond', 'gemeente', 'werknemer') },
      { weight: 3, arbitrary: fc.constantFrom(...demoPersonas.map((p) => p.key), 'none', 'garbage') },
    ),
    body: bodyFor(op),
    // Mostly JSON, so that bodies get past the media-type check and into validation and storage.
    contentType: fc.oneof({ weight: 3, arbitrary: fc.constant('application/json') }, { weight: 2, arbitrary: contentType }),
    ifMatch,
    idempotencyKey: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: idempotencyKey }),
    id: idValue,
    query: fc.array(fc.tuple(fc.nat(), queryValue), { maxLength: 4 }),
    language: fc.oneof(fc.constantFrom('nl', 'en', undefined), markedHeader),
  }),
);

async function fuzz(storage: Storage, runs: number, seed: number): Promise<{ sent: number; written: number }> {
  const app = createApp({ storage, auth: { secret: SECRET }, clock: () => NOW, logger: silentLogger, maxBodyBytes: 16 * 1024 });
  const tokens: Record<string, string> = { garbage: `${MARK}.x.y` };
  for (const p of demoPersonas) tokens[p.key] = await signToken(p.principal, SECRET);
  let sent = 0;
  // Writes that got through: the generator must reach storage, not only validation.
  let written = 0;
  await fc.assert(
    fc.asyncProperty(request, async (r) => {
      const path = `/v1${r.op.path.replace(/\{[^}]+\}/g, () => r.id)}`;
      const params = new URLSearchParams();
      for (const [i, v] of r.query) if (r.op.query.length > 0) params.append(r.op.query[i % r.op.query.length] as string, v);
      const qs = params.size > 0 ? `?${params}` : '';
      const headers: Record<string, string> = {};
      if (r.who !== 'none') headers.Authorization = `Bearer ${tokens[r.who]}`;
      if (r.contentType !== undefined) headers['Content-Type'] = r.contentType;
      if (r.ifMatch !== undefined) headers['If-Match'] = r.ifMatch;
      if (r.idempotencyKey !== undefined) headers['Idempotency-Key'] = r.idempotencyKey;
      if (r.language !== undefined) headers['Accept-Language'] = r.language;
      let res: Response;
      try {
        res = await app.request(`${path}${qs}`, { method: r.op.method, headers, ...(r.op.hasBody ? { body: r.body } : {}) });
      } catch (e) {
        throw new Error(`${r.op.method} ${path}: the request threw (a dropped connection): ${String(e)}`);
      }
      sent++;
      if (res.status < 300 && r.op.method !== 'GET') written++;
      const text = await res.text();
      const where = `${r.op.method} ${path} as ${r.who} (${r.contentType ?? 'no Content-Type'}) → ${res.status}`;
      expect(res.status, where).toBeLessThan(500);
      if (res.status >= 400) expect(res.headers.get('Content-Type'), where).toContain('application/problem+json');
      // Error documents and validation reports describe the input; they never repeat it.
      if (res.status >= 400 || r.op.operationId.startsWith('validate'))
        expect(text.includes(MARK), `${where} echoes a value it was sent`).toBe(false);
    }),
    { seed, numRuns: runs, endOnFailure: true },
  );
  return { sent, written };
}

describe('fuzzing every operation of the OpenAPI document', () => {
  it('covers every operation', () => {
    expect(operations.length).toBeGreaterThanOrEqual(40);
  });

  it('memory storage: 2000 generated requests, no 5xx, no dropped request, no echo', async () => {
    const storage = createMemoryStorage();
    await seedDemoData(storage, NOW.toISOString());
    const { sent, written } = await fuzz(storage, 2000, 20261202);
    expect(sent).toBe(2000);
    expect(written).toBeGreaterThan(50);
  });

  describe('PGlite storage', () => {
    let storage: PostgresStorage | undefined;
    beforeAll(async () => {
      storage = await createPgliteStorage();
      await seedDemoData(storage, NOW.toISOString());
    });
    afterAll(async () => {
      await storage?.close();
    });

    it('1000 generated requests, no 5xx, no dropped request, no echo', async () => {
      if (!storage) throw new Error('PGlite did not start');
      const { sent, written } = await fuzz(storage, 1000, 20261203);
      expect(sent).toBe(1000);
      expect(written).toBeGreaterThan(30);
    });
  });
});
