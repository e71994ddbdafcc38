import { readFileSync } from 'node:fs';
import { placementExample } from '@banenafspraak/core';
import { createApp, createMemoryStorage, signToken, silentLogger } from '@banenafspraak/server';
import { Effect, Stream } from 'effect';
import { expect, it } from 'vitest';
import { createClient, isClientError } from '../src/index.js';
import { SECRET, startServer } from './harness.js';

// The README's Effect example, run against the reference app.
it('README Effect example: retry on conflict, fold a stream', async () => {
  const server = await startServer();
  const client = await server.clientFor('caseManager');
  const { id: _id, ...draft } = structuredClone(placementExample);
  const { document } = await client.placements.create(draft);
  const id = document.id as string;

  let reads = 0;
  const raiseHours = (id: string) =>
    Effect.gen(function* () {
      const { document, etag } = yield* client.effect.placements.get(id);
      if (++reads === 1) {
        // Someone else writes between our read and our write.
        yield* client.effect.placements.update(id, { ...document, hoursPerWeek: 20 }, { etag });
      }
      return yield* client.effect.placements.update(id, { ...document, hoursPerWeek: 28 }, { etag });
    }).pipe(
      Effect.retry({ while: (e) => e._tag === 'ConflictError', times: 3 }),
      Effect.catchTag('NotFoundError', () => Effect.succeed(undefined)),
      Effect.timeout('10 seconds'),
    );
  const saved = await Effect.runPromise(raiseHours(id));
  expect(saved?.document.hoursPerWeek).toBe(28);
  expect(reads).toBe(2);

  const activeInRijnmond = client.effect.placements.listAll({ region: 'AM22', status: 'ACTIVE' }).pipe(
    Stream.map((p) => p.hoursPerWeek),
    Stream.runFold(0, (sum, h) => sum + h),
  );
  expect(await Effect.runPromise(activeInRijnmond)).toBe(28);
});

it('README Promise example: conflict handling', async () => {
  const server = await startServer();
  const client = await server.clientFor('caseManager');
  const { id: _id, ...draft } = structuredClone(placementExample);
  const { document, etag } = await client.placements.create(draft);
  await client.placements.update(document.id as string, document, { etag });
  let handled = false;
  try {
    await client.placements.update(document.id as string, { ...document, hoursPerWeek: 28 }, { etag });
  } catch (e) {
    if (isClientError(e) && e._tag === 'ConflictError') handled = true;
    else throw e;
  }
  expect(handled).toBe(true);
});

// The README's in-process example as written: a Hono app's own `app.fetch` is the fetch
// (it returns `Response | Promise<Response>`, so this also type-checks the option).
it('README in-process example: app.fetch of the reference app is the fetch', async () => {
  const secret = SECRET;
  const app = createApp({ storage: createMemoryStorage(), auth: { secret }, logger: silentLogger });
  const client = createClient({
    baseUrl: 'http://localhost/v1',
    token: await signToken({ userId: 'u1', roles: ['WRITER'], organisation: { scheme: 'AM', value: 'AM22' } }, secret),
    fetch: (req) => app.fetch(req),
  });
  const { items } = await client.vacancies.list({ region: 'AM22' });
  expect(items).toEqual([]);
});

// The README's "Resources and methods" table against the client a user gets: every resource
// and every method of it is listed (the Effect API mirrors them under `client.effect`).
it('README resource table lists every resource of the client and its methods', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('### Resources and methods'), readme.indexOf('### Errors'));
  const names = (cell: string) => [...cell.matchAll(/`(\w+)[`(]/g)].map((m) => m[1] as string);
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.split('|').map((cell) => cell.trim()));
  const documented = new Map<string, Set<string>>();
  const recordMethods = names(rows[0]?.[2] ?? '');
  for (const [, resources = '', methods = ''] of rows) {
    const listed = new Set([...(methods.startsWith('the above') ? recordMethods : []), ...names(methods)]);
    for (const resource of names(resources)) documented.set(resource, listed);
  }
  const client = createClient({ baseUrl: 'http://localhost/v1' }) as unknown as Record<string, Record<string, unknown>>;
  const missing: string[] = [];
  for (const resource of Object.keys(client).filter((k) => k !== 'effect')) {
    const listed = documented.get(resource);
    if (!listed) missing.push(resource);
    else for (const method of Object.keys(client[resource] ?? {})) if (!listed.has(method)) missing.push(`${resource}.${method}`);
  }
  expect(missing).toEqual([]);
});
