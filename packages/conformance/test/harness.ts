// Builds the reference app in-process (as packages/server's tests do) with tokens for the
// three roles the suite needs, on memory, PGlite or (with DATABASE_URL) a PostgreSQL server.
import {
  createApp,
  createDeliveryWorker,
  createMemoryStorage,
  createPgliteStorage,
  createPgStorage,
  demoPersonas,
  type Storage,
  seedDemoData,
  signToken,
  silentLogger,
} from '@banenafspraak/server';

export const SECRET = 'conformance-test-secret-0123456789-abcdef';
export const BASE_URL = 'http://localhost/v1';

export interface Harness {
  readonly fetch: (request: Request) => Promise<Response>;
  readonly token: string;
  readonly otherTenantToken: string;
  readonly employeeToken: string;
  /** Where the suite's webhook receiver listens: on the server's allow-list. */
  readonly webhookHost: string;
  close(): Promise<void>;
}

const persona = (key: string) => {
  const p = demoPersonas.find((d) => d.key === key);
  if (!p) throw new Error(`no persona ${key}`);
  return p.principal;
};

/** Tokens of the reference server's personas: gemeente (main), andere-werkgever, werknemer. */
export async function tokens(secret = SECRET) {
  return {
    token: await signToken(persona('gemeente'), secret),
    otherTenantToken: await signToken(persona('andere-werkgever'), secret),
    employeeToken: await signToken(persona('werknemer'), secret),
  };
}

/** The reference app on a storage, with the demo data loaded (as the reference server does). */
export async function harnessOn(storage: Storage): Promise<Harness> {
  await seedDemoData(storage);
  const webhooks = { allowedHosts: ['127.0.0.1'] };
  const app = createApp({ storage, auth: { secret: SECRET }, logger: silentLogger, webhooks });
  // Delivers the suite's webhooks as the reference server does, with a short first retry delay.
  const worker = createDeliveryWorker({
    storage,
    outbound: { ...webhooks, timeoutMs: 5_000 },
    retry: { initialDelayMs: 200 },
    pollIntervalMs: 100,
  });
  worker.start();
  return {
    fetch: async (r) => app.fetch(r),
    ...(await tokens()),
    webhookHost: '127.0.0.1',
    close: async () => {
      await worker.stop();
      await storage.close();
    },
  };
}

export const STORAGES: [string, () => Promise<Storage>][] = [
  ['memory', async () => createMemoryStorage()],
  ['PGlite', () => createPgliteStorage()],
];
if (process.env.DATABASE_URL) {
  STORAGES.push([
    'PostgreSQL server',
    async () => {
      const s = await createPgStorage({ connectionString: process.env.DATABASE_URL as string, schema: 'test_conformance' });
      await s.truncateAll();
      return s;
    },
  ]);
}
