import { type LifecycleEvent, placementExample } from '@banenafspraak/core';
import { signWebhook } from '@banenafspraak/server';
import { Effect, Either, Stream } from 'effect';
import { Webhook } from 'standardwebhooks';
import { beforeEach, describe, expect, it } from 'vitest';
import { isWebhookVerificationError, verifyWebhook, verifyWebhookEffect } from '../src/index.js';
import { startServer, type TestServer } from './harness.js';

const BSN = '123456782';
const placement = () => ({
  ...structuredClone(placementExample),
  status: 'PLANNED' as const,
  candidate: { ...structuredClone(placementExample.candidate), identity: { bsn: BSN, bsnProcessingBasis: 'PAYROLL_TAX' as const } },
});

let server: TestServer;
beforeEach(async () => {
  server = await startServer({ webhooks: { allowedHosts: ['hooks.example.nl'] } });
});

describe('client.events', () => {
  it('iterates the feed page by page and resumes from a stored cursor without losing or repeating an event', async () => {
    const hr = await server.clientFor('employerA');
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(String((await hr.placements.create(placement())).document.id));
    const first = await hr.events.list({ limit: 2 });
    expect(first.items.map((e) => e.subject)).toEqual(ids.slice(0, 2));
    // A consumer that stored first.nextCursor and restarted:
    const rest: string[] = [];
    for await (const page of hr.events.iterate({ after: first.nextCursor, limit: 2 })) rest.push(...page.items.map((e) => e.subject));
    expect(rest).toEqual(ids.slice(2));
    const all = await Effect.runPromise(Stream.runCollect(hr.effect.events.iterate({ limit: 2 })));
    expect([...all].flatMap((p) => p.items.map((e) => e.subject))).toEqual(ids);
    expect(JSON.stringify([...all])).not.toContain(BSN);
    const other = await server.clientFor('employerB');
    expect(await other.events.list()).toMatchObject({ items: [] });
  });

  it('follows the feed with long polls until aborted', async () => {
    const region = await server.clientFor('rijnmond');
    const hr = await server.clientFor('employerA');
    const abort = new AbortController();
    const seen: string[] = [];
    const following = (async () => {
      try {
        for await (const page of region.events.iterate({ follow: true, wait: 10 }, { signal: abort.signal })) {
          seen.push(...page.items.map((e) => e.type));
          if (seen.length === 2) abort.abort();
        }
      } catch (e) {
        if (!abort.signal.aborted) throw e;
      }
    })();
    const created = await hr.placements.create(placement());
    await hr.placements.update(String(created.document.id), { ...created.document, status: 'ACTIVE' }, { etag: created.etag });
    await following;
    expect(seen).toEqual(['nl.banenafspraak.placement.planned', 'nl.banenafspraak.placement.active']);
  });
});

describe('client.subscriptions', () => {
  it('creates a subscription (secret once), lists deliveries and asks for redelivery, in both APIs', async () => {
    const region = await server.clientFor('rijnmond');
    const created = await region.subscriptions.create({
      callbackUrl: 'https://hooks.example.nl/banenafspraak',
      filters: { documentTypes: ['Placement'] },
    });
    expect(created.secret).toMatch(/^whsec_/);
    const read = await Effect.runPromise(region.effect.subscriptions.get(created.id));
    expect(read).not.toHaveProperty('secret');
    expect(read.filters.documentTypes).toEqual(['Placement']);
    await (await server.clientFor('employerA')).placements.create(placement());
    const { items } = await region.subscriptions.deliveries(created.id);
    expect(items.map((d) => [d.status, d.eventType])).toEqual([['pending', 'nl.banenafspraak.placement.planned']]);
    const again = await region.subscriptions.redeliver(created.id, items[0]?.id as string);
    expect(again.status).toBe('pending');
    const elsewhere = await server.clientFor('utrecht');
    await expect(elsewhere.subscriptions.get(created.id)).rejects.toMatchObject({ _tag: 'NotFoundError' });
    await region.subscriptions.delete(created.id);
    expect(await region.subscriptions.list()).toEqual([]);
  });
});

describe('verifyWebhook', () => {
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const event: LifecycleEvent = {
    specversion: '1.0',
    type: 'nl.banenafspraak.candidate-proposal.pending',
    source: '/v1/candidate-proposals',
    id: '4b7f3a7e-2c1d-4e5f-8a9b-0c1d2e3f4a5b',
    time: '2026-04-01T10:00:00.000Z',
    subject: '7d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a',
    datacontenttype: 'application/json',
    data: {
      documentType: 'CandidateProposal',
      recordId: '7d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a',
      fromStatus: null,
      toStatus: 'PENDING',
      processEvents: [],
      links: { vacancyId: 'a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8c0e12' },
    },
  };
  const body = JSON.stringify(event);
  const now = Date.parse('2026-04-01T10:00:05.000Z');
  const ts = Math.floor(now / 1000);
  const request = (headers: Record<string, string>, text = body) =>
    new Request('https://receiver.example/hooks', { method: 'POST', headers, body: text });

  it('accepts what the Standard Webhooks library signs, and what the server signs, from a Request or headers and body', async () => {
    const reference = new Webhook(secret).sign(event.id, new Date(now), body);
    const headers = { 'webhook-id': event.id, 'webhook-timestamp': String(ts), 'webhook-signature': reference };
    expect(await verifyWebhook(request(headers), secret, { now: () => now })).toEqual(event);
    const ours = signWebhook(secret, event.id, ts, body);
    expect(ours['webhook-signature']).toBe(reference);
    expect(await verifyWebhook({ headers: ours, body }, secret, { now: () => now })).toEqual(event);
    // During a secret rotation the header carries several signatures.
    expect(
      await verifyWebhook({ headers: { ...ours, 'webhook-signature': `v1,bm90LXRoaXMtb25l ${ours['webhook-signature']}` }, body }, secret, {
        now: () => now,
      }),
    ).toEqual(event);
  });

  it('refuses a tampered body, another secret, a stale timestamp, missing headers and a payload that is not an ID-only event', async () => {
    const headers = signWebhook(secret, event.id, ts, body);
    const reason = (p: Promise<unknown>) =>
      p.then(
        () => 'accepted',
        (e: unknown) => (isWebhookVerificationError(e) ? e.reason : String(e)),
      );
    expect(await reason(verifyWebhook({ headers, body: body.replace('PENDING', 'INVITED') }, secret, { now: () => now }))).toBe(
      'invalid-signature',
    );
    expect(await reason(verifyWebhook({ headers, body }, 'whsec_b3RoZXItc2VjcmV0LW90aGVyLXNlY3JldA==', { now: () => now }))).toBe(
      'invalid-signature',
    );
    expect(await reason(verifyWebhook({ headers, body }, secret, { now: () => now + 10 * 60_000 }))).toBe('timestamp-out-of-range');
    expect(await reason(verifyWebhook({ headers: { 'webhook-id': event.id }, body }, secret, { now: () => now }))).toBe('missing-headers');
    const leaky = JSON.stringify({ ...event, data: { ...event.data, bsn: BSN } });
    expect(
      await reason(verifyWebhook({ headers: signWebhook(secret, event.id, ts, leaky), body: leaky }, secret, { now: () => now })),
    ).toBe('invalid-payload');
    const failed = await Effect.runPromise(Effect.either(verifyWebhookEffect({ headers, body: `${body} ` }, secret, { now: () => now })));
    expect(Either.isLeft(failed) && failed.left._tag === 'WebhookVerificationError' && failed.left.reason).toBe('invalid-signature');
  });
});
