import type { AddressInfo } from 'node:net';
import { createClient, type LifecycleEvent } from '@banenafspraak/client';
import { vacancyExample } from '@banenafspraak/core';
import { createApp, createDeliveryWorker, createMemoryStorage, demoPersonas, signToken, silentLogger } from '@banenafspraak/server';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createReceiver } from './receiver.js';

const SECRET = 'demo-receiver-test-secret-0123456789-abcd';
const storage = createMemoryStorage();
const webhooks = { allowedHosts: ['127.0.0.1'] };
const api = createApp({ storage, auth: { secret: SECRET }, logger: silentLogger, webhooks });
const worker = createDeliveryWorker({ storage, outbound: { ...webhooks, timeoutMs: 5_000 } });
const token = (key: string) => signToken(demoPersonas.find((p) => p.key === key)?.principal ?? { userId: 'x', roles: [] }, SECRET);
const client = async (key: string) =>
  createClient({ baseUrl: 'http://api.test/v1', token: await token(key), fetch: (r) => Promise.resolve(api.fetch(r)) });

const arrived: { event: LifecycleEvent; at: number }[] = [];
let secret = '';
let server: ReturnType<typeof serve>;

beforeAll(async () => {
  worker.start();
  const receiver = createReceiver({ secret: () => secret, onEvent: (event) => void arrived.push({ event, at: performance.now() }) });
  server = await new Promise((ok) => {
    const s = serve({ fetch: receiver.fetch, port: 0, hostname: '127.0.0.1' }, () => ok(s));
  });
});
afterAll(async () => {
  await worker.stop();
  await new Promise<void>((ok) => server.close(() => ok()));
});

it('an employer’s system hears of a new vacancy in its name as soon as the region records it, and refuses forgeries', async () => {
  const employer = await client('werkgever');
  const port = (server.address() as AddressInfo).port;
  const subscription = await employer.subscriptions.create({
    callbackUrl: `http://127.0.0.1:${port}/hooks/banenafspraak`,
    filters: { documentTypes: ['Vacancy'] },
  });
  secret = subscription.secret;

  const region = await client('regio-rijnmond');
  const started = performance.now();
  const { document } = await region.vacancies.create({ ...structuredClone(vacancyExample), status: 'RECEIVED' });
  while (!arrived.some((a) => a.event.subject === document.id)) await new Promise((r) => setTimeout(r, 10));
  const hit = arrived.find((a) => a.event.subject === document.id);
  expect(hit?.event.type).toBe('nl.banenafspraak.vacancy.received');
  expect(hit?.event.data.processEvents).toEqual(['VACANCY_RECEIVED']);
  console.log(`commit → receiver: ${Math.round((hit?.at ?? 0) - started)} ms`);

  const forged = await fetch(`http://127.0.0.1:${port}/hooks/banenafspraak`, {
    method: 'POST',
    headers: { 'webhook-id': 'x', 'webhook-timestamp': String(Math.floor(Date.now() / 1000)), 'webhook-signature': 'v1,Zm9yZ2Vk' },
    body: '{}',
  });
  expect(forged.status).toBe(401);
});
