import { placementExample } from '@banenafspraak/core';
import { Effect, Stream } from 'effect';
import { expect, it } from 'vitest';
import { isClientError } from '../src/index.js';
import { startServer } from './harness.js';

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
