import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Effect, Stream } from 'effect';
import { describe, expect, it } from 'vitest';
import { type Client, createClient } from '../src/index.js';
import { OPERATIONS } from '../src/internal/operations.js';

/** The committed OpenAPI document of the reference server: the wire contract. */
const openapi = JSON.parse(readFileSync(fileURLToPath(new URL('../../server/openapi.json', import.meta.url)), 'utf8')) as {
  paths: Record<string, Record<string, { operationId?: string }>>;
};
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const documentOperations = Object.entries(openapi.paths).flatMap(([path, item]) =>
  Object.keys(item)
    .filter((m) => HTTP_METHODS.includes(m))
    .map((m) => `${m.toUpperCase()} ${path}`),
);

type AnyFn = (...args: unknown[]) => unknown;
const methodAt = (root: object, dotted: string): AnyFn | undefined => {
  const [resource, method] = dotted.split('.') as [string, string];
  const r = (root as Record<string, Record<string, unknown> | undefined>)[resource];
  const fn = r?.[method];
  return typeof fn === 'function' ? (fn as AnyFn) : undefined;
};
const mapped = Object.values(OPERATIONS).flat() as string[];

/** Arguments that make a method send its request: ids, bodies, ETags and parameters. */
function argsFor(dotted: string): unknown[] {
  const method = dotted.split('.')[1];
  switch (method) {
    case 'get':
    case 'auditTrail':
    case 'readLog':
      return dotted.startsWith('codeLists') ? ['labour-market-region'] : ['00000000-0000-4000-8000-000000000001'];
    case 'update':
      return ['00000000-0000-4000-8000-000000000001', {}, { etag: '"1"' }];
    case 'delete':
    case 'revoke':
      return ['00000000-0000-4000-8000-000000000001', { etag: '"1"' }];
    case 'create':
    case 'validate':
      return [{}];
    case 'search':
    case 'searchAll':
      return [{ bsn: '123456782' }];
    case 'progress':
    case 'leadTimes':
    case 'balance':
      return [{ from: '2026-01-01', to: '2026-12-31' }];
    case 'vacancies':
      return dotted.startsWith('reports') ? [{ from: '2026-01-01', to: '2026-12-31' }] : [];
    case 'harmonisation':
      return [{ employer: '12345678' }];
    case 'deliveries':
      return ['00000000-0000-4000-8000-000000000001'];
    case 'redeliver':
      return ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'];
    default:
      return [];
  }
}

/** A client whose fetch records the request and answers with a minimal valid response. */
function recordingClient() {
  const sent: { method: string; path: string }[] = [];
  const client = createClient({
    baseUrl: 'https://api.test/v1',
    token: 't',
    retry: false,
    fetch: async (req) => {
      sent.push({ method: req.method, path: new URL(req.url).pathname.replace(/^\/v1/, '') });
      if (req.method === 'DELETE') return new Response(null, { status: 204 });
      return new Response(JSON.stringify({ items: [] }), { status: 200, headers: { 'content-type': 'application/json', etag: '"1"' } });
    },
  });
  return { client, sent };
}

async function call(root: Client | Client['effect'], dotted: string): Promise<void> {
  const fn = methodAt(root, dotted);
  if (!fn) throw new Error(`${dotted} is missing`);
  const result = fn(...argsFor(dotted));
  if (Stream.StreamTypeId in (result as object)) await Effect.runPromise(Stream.runDrain(result as Stream.Stream<unknown>));
  else if (Effect.isEffect(result)) await Effect.runPromise(result as Effect.Effect<unknown, unknown>);
  else if (Symbol.asyncIterator in (result as object)) for await (const _ of result as AsyncIterable<unknown>);
  else await result;
}

const matches = (template: string, path: string) => new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path);

describe('coverage of the OpenAPI document', () => {
  it('every operation in the committed OpenAPI document has a client method', () => {
    const missing = documentOperations.filter((op) => !(op in OPERATIONS));
    expect(missing, 'operations without a client method: add them to OPERATIONS and the client').toEqual([]);
  });

  it('every operation the client knows is in the OpenAPI document', () => {
    const unknown = Object.keys(OPERATIONS).filter((op) => !documentOperations.includes(op));
    expect(unknown, 'client operations the document does not have').toEqual([]);
  });

  it('every mapped method exists in the Promise API and the Effect API', () => {
    const { client } = recordingClient();
    expect(mapped.filter((m) => !methodAt(client, m))).toEqual([]);
    expect(mapped.filter((m) => !methodAt(client.effect, m))).toEqual([]);
  });

  it('every public method of the client is mapped to an operation', () => {
    const { client } = recordingClient();
    const all = (root: object) =>
      Object.entries(root)
        .filter(([name]) => name !== 'effect')
        .flatMap(([resource, methods]) => Object.keys(methods as object).map((m) => `${resource}.${m}`));
    expect(all(client).filter((m) => !mapped.includes(m))).toEqual([]);
    expect(all(client.effect).filter((m) => !mapped.includes(m))).toEqual([]);
  });

  it.each(Object.entries(OPERATIONS).flatMap(([op, methods]) => methods.map((m) => [m, op] as const)))(
    '%s sends %s (Promise and Effect API)',
    async (dotted, operation) => {
      const [method, template] = operation.split(' ') as [string, string];
      for (const api of ['promise', 'effect'] as const) {
        const { client, sent } = recordingClient();
        await call(api === 'promise' ? client : client.effect, dotted);
        expect(sent.length, `${api}: ${dotted} sent nothing`).toBeGreaterThan(0);
        for (const s of sent) {
          expect(s.method).toBe(method);
          expect(matches(template, s.path), `${api}: ${s.path} does not match ${template}`).toBe(true);
        }
      }
    },
  );
});
