import * as Effect from 'effect/Effect';
import * as Fiber from 'effect/Fiber';
import { describe, expect, it } from 'vitest';
import { isClientError } from '../errors.js';
import type { FetchLike } from '../options.js';
import { execute, type HttpRequest, parseRetryAfter, resolveConfig, runPromise } from './http.js';

const problem = (status: number, body: object, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ status, ...body }), { status, headers: { 'content-type': 'application/problem+json', ...headers } });
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** A fake fetch that answers from a script and records what it was asked. */
function scripted(...answers: ((req: Request) => Response | Promise<Response>)[]) {
  const requests: Request[] = [];
  const fetch: FetchLike = async (req) => {
    requests.push(req);
    const answer = answers[Math.min(requests.length - 1, answers.length - 1)];
    if (!answer) throw new Error('no answer scripted');
    return answer(req);
  };
  return { fetch, requests };
}

const run = (
  fetch: FetchLike,
  request: HttpRequest,
  extra: Parameters<typeof resolveConfig>[0] extends infer O ? Partial<O> : never = {},
) =>
  runPromise(execute(resolveConfig({ baseUrl: 'https://api.test/v1/', token: 't0k', fetch, retry: { baseDelay: 1 }, ...extra }), request));

const failNetwork = () => {
  throw new TypeError('fetch failed');
};

describe('request pipeline', () => {
  it('sends bearer token, JSON body, query and the given headers to baseUrl + path', async () => {
    const { fetch, requests } = scripted(() => json(200, { ok: true }));
    const res = await run(fetch, {
      method: 'POST',
      path: '/placements/_zoek',
      query: { limit: 5, cursor: undefined },
      body: { bsn: '123456782' },
      idempotencyKey: 'k-1',
    });
    expect(res.body).toEqual({ ok: true });
    const [req] = requests;
    if (!req) throw new Error('no request was sent');
    expect(req.url).toBe('https://api.test/v1/placements/_zoek?limit=5');
    expect(req.method).toBe('POST');
    expect(req.headers.get('authorization')).toBe('Bearer t0k');
    expect(req.headers.get('content-type')).toBe('application/json');
    expect(req.headers.get('idempotency-key')).toBe('k-1');
    expect(await req.json()).toEqual({ bsn: '123456782' });
  });

  it('takes a fetch that answers synchronously, as the fetch of a Hono app may', async () => {
    const fetch: FetchLike = () => json(200, { ok: true });
    const res = await run(fetch, { method: 'GET', path: '/x' });
    expect(res.body).toEqual({ ok: true });
  });

  it('a fetch that throws synchronously is a network error, retried like one', async () => {
    let calls = 0;
    const fetch: FetchLike = () => {
      if (++calls === 1) throw new TypeError('fetch failed');
      return json(200, [1]);
    };
    const res = await run(fetch, { method: 'GET', path: '/x' });
    expect(res.body).toEqual([1]);
    expect(calls).toBe(2);
  });

  it('calls getToken before every attempt', async () => {
    let n = 0;
    const { fetch, requests } = scripted(
      () => problem(503, { title: 'busy' }),
      () => json(200, {}),
    );
    await run(fetch, { method: 'GET', path: '/x' }, { getToken: async () => `t${++n}` });
    expect(requests.map((r) => r.headers.get('authorization'))).toEqual(['Bearer t1', 'Bearer t2']);
  });

  it('retries network errors, 429 and 503 for safe requests', async () => {
    const { fetch, requests } = scripted(
      failNetwork,
      () => problem(429, { title: 'slow down' }),
      () => problem(503, {}),
      () => json(200, [1]),
    );
    const res = await run(fetch, { method: 'GET', path: '/x' }, { retry: { baseDelay: 1, limit: 3 } });
    expect(res.body).toEqual([1]);
    expect(requests).toHaveLength(4);
  });

  it('gives up after the retry limit with the last error', async () => {
    const { fetch, requests } = scripted(() => problem(503, { title: 'Onderhoud' }));
    const error = await run(fetch, { method: 'GET', path: '/x' }, { retry: { baseDelay: 1, limit: 2 } }).catch((e) => e);
    expect(requests).toHaveLength(3);
    expect(isClientError(error) && error._tag).toBe('ProblemError');
    expect(error.status).toBe(503);
  });

  it('does not retry a POST without idempotency key, nor a PUT without If-Match', async () => {
    for (const request of [
      { method: 'POST', path: '/x', body: {} },
      { method: 'PUT', path: '/x', body: {} },
    ] as const) {
      const { fetch, requests } = scripted(failNetwork, () => json(200, {}));
      const error = await run(fetch, request).catch((e) => e);
      expect(error._tag).toBe('NetworkError');
      expect(requests).toHaveLength(1);
    }
  });

  it('retries a PUT with If-Match and a DELETE', async () => {
    for (const request of [
      { method: 'PUT', path: '/x', body: {}, ifMatch: '"1"' },
      { method: 'DELETE', path: '/x', ifMatch: '"1"' },
    ] as const) {
      const { fetch, requests } = scripted(failNetwork, () => new Response(null, { status: 204 }));
      const res = await run(fetch, request);
      expect(res.status).toBe(204);
      expect(requests).toHaveLength(2);
      expect(requests[1]?.headers.get('if-match')).toBe('"1"');
    }
  });

  it('does not retry other statuses (400, 500)', async () => {
    for (const status of [400, 500]) {
      const { fetch, requests } = scripted(() => problem(status, { title: 'x' }));
      await run(fetch, { method: 'GET', path: '/x' }).catch(() => undefined);
      expect(requests).toHaveLength(1);
    }
  });

  it('honours Retry-After as the minimum delay', async () => {
    const { fetch, requests } = scripted(
      () => problem(429, { title: 'x' }, { 'retry-after': '1' }),
      () => json(200, {}),
    );
    const started = Date.now();
    await run(fetch, { method: 'GET', path: '/x' });
    expect(requests).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('stops retrying when Retry-After is longer than maxRetryAfter', async () => {
    const { fetch, requests } = scripted(
      () => problem(429, { title: 'x' }, { 'retry-after': '120' }),
      () => json(200, {}),
    );
    const error = await run(fetch, { method: 'GET', path: '/x' }).catch((e) => e);
    expect(requests).toHaveLength(1);
    expect(error.retryAfter).toBe(120_000);
  });

  it('parses Retry-After seconds and HTTP dates', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });

  it('times out the whole call and aborts the request in flight', async () => {
    let seenSignal: AbortSignal | undefined;
    const fetch: FetchLike = (req) => {
      seenSignal = req.signal;
      return new Promise(() => undefined);
    };
    const error = await run(fetch, { method: 'GET', path: '/slow' }, { timeout: 30 }).catch((e) => e);
    expect(error._tag).toBe('TimeoutError');
    expect(error.message).toBe('The request did not complete within 30 ms');
    expect(seenSignal?.aborted).toBe(true);
  });

  it('cancels on the caller’s AbortSignal', async () => {
    const controller = new AbortController();
    const fetch: FetchLike = () => new Promise(() => undefined);
    const pending = run(fetch, { method: 'GET', path: '/slow', options: { signal: controller.signal } });
    setTimeout(() => controller.abort(new Error('user left')), 10);
    const error = await pending.catch((e) => e);
    expect(error._tag).toBe('AbortedError');
    expect(error.name).toBe('AbortError');
    expect(error.cause).toEqual(new Error('user left'));
  });

  it('fails at once when the signal is already aborted', async () => {
    const { fetch, requests } = scripted(() => json(200, {}));
    const error = await run(fetch, { method: 'GET', path: '/x', options: { signal: AbortSignal.abort() } }).catch((e) => e);
    expect(error._tag).toBe('AbortedError');
    expect(requests.length).toBeLessThanOrEqual(1);
  });

  it('interrupting the effect aborts the fetch', async () => {
    let seenSignal: AbortSignal | undefined;
    const fetch: FetchLike = (req) => {
      seenSignal = req.signal;
      return new Promise(() => undefined);
    };
    const config = resolveConfig({ baseUrl: 'https://api.test/v1', fetch });
    await Effect.runPromise(
      Effect.gen(function* () {
        const fiber = yield* Effect.fork(execute(config, { method: 'GET', path: '/x' }));
        yield* Effect.sleep(5);
        yield* Fiber.interrupt(fiber);
      }),
    );
    expect(seenSignal?.aborted).toBe(true);
  });

  it('maps statuses to typed errors, with or without a problem document', async () => {
    const cases: [Response, string][] = [
      [problem(400, { title: 'Ongeldige invoer', issues: [{ severity: 'error', code: 'x', path: ['a'], message: 'm' }] }), 'ProblemError'],
      [problem(401, { title: 'Niet geauthenticeerd' }), 'UnauthorizedError'],
      [problem(403, { title: 'Geen toegang' }), 'ForbiddenError'],
      [problem(404, { title: 'Niet gevonden' }), 'NotFoundError'],
      [problem(409, { title: 'Conflict' }), 'ConflictError'],
      [problem(412, { title: 'Voorwaarde niet vervuld' }), 'ConflictError'],
      [new Response('404 Not Found', { status: 404, headers: { 'content-type': 'text/plain' } }), 'NotFoundError'],
      [new Response('<h1>Bad gateway</h1>', { status: 502, headers: { 'content-type': 'text/html' } }), 'UnexpectedResponseError'],
      [new Response('<html>', { status: 200, headers: { 'content-type': 'text/html' } }), 'UnexpectedResponseError'],
      [new Response('{oops', { status: 200, headers: { 'content-type': 'application/json' } }), 'UnexpectedResponseError'],
    ];
    for (const [response, tag] of cases) {
      const error = await run(async () => response, { method: 'GET', path: '/x' }, { retry: false }).catch((e) => e);
      expect(isClientError(error)).toBe(true);
      expect(error._tag).toBe(tag);
    }
  });

  it('an empty 2xx body is undefined', async () => {
    const res = await run(async () => new Response(null, { status: 204 }), { method: 'DELETE', path: '/x' });
    expect(res).toMatchObject({ status: 204, body: undefined });
  });

  it('rejects with the token provider’s own error', async () => {
    const error = await run(
      async () => json(200, {}),
      { method: 'GET', path: '/x' },
      { getToken: () => Promise.reject(new Error('no session')) },
    ).catch((e) => e);
    expect(error).toEqual(new Error('no session'));
  });
});
