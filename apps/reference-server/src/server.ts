import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import {
  answerClientErrors,
  createApp,
  createDeliveryWorker,
  createJsonLogger,
  createPgliteStorage,
  createPgStorage,
  demoPersonas,
  type Logger,
  type Storage,
  seedDemoData,
  seedDemoFlow,
  signToken,
} from '@banenafspraak/server';
import { serve } from '@hono/node-server';
import { type Config, DEV_TOKEN_SECRET } from './config.js';
import { addDashboardPage } from './dashboard/page.js';
import { addDocsPage } from './docs.js';

/** A running reference server. */
export interface RunningServer {
  readonly url: string;
  readonly storage: Storage;
  /** Stops accepting connections, then closes the database. */
  close(): Promise<void>;
}

async function openStorage(config: Config, logger: Logger): Promise<Storage> {
  if (config.DATABASE_URL) {
    logger.info('storage', { kind: 'postgres' });
    return createPgStorage({
      connectionString: config.DATABASE_URL,
      max: config.DATABASE_POOL_SIZE,
      ...(config.DATABASE_REPORT_CONNECTIONS !== undefined ? { reportConnections: config.DATABASE_REPORT_CONNECTIONS } : {}),
      ...(config.DATABASE_SCHEMA ? { schema: config.DATABASE_SCHEMA } : {}),
    });
  }
  const dir = resolve(config.DATA_DIR);
  mkdirSync(dir, { recursive: true });
  logger.info('storage', { kind: 'pglite', dataDir: dir });
  return createPgliteStorage({ dataDir: dir });
}

async function isEmpty(storage: Storage): Promise<boolean> {
  const page = await storage.listRecords(
    { principal: { userId: 'system', organisation: { scheme: 'UWV', value: 'UWV' }, roles: ['READER'] }, now: new Date().toISOString() },
    'partnership-agreements',
    { limit: 1 },
  );
  return page.items.length === 0;
}

/** Starts the reference server: storage, demo data, API, docs page, HTTP listener. */
export async function startServer(
  config: Config,
  logger: Logger = createJsonLogger(),
  print: (text: string) => void = (t) => process.stdout.write(t),
): Promise<RunningServer> {
  if (config.TOKEN_SECRET === DEV_TOKEN_SECRET) {
    logger.warn('TOKEN_SECRET is not set: using the development secret. Anyone can mint tokens; never expose this server.');
  }
  const storage = await openStorage(config, logger);
  if (config.SEED_DEMO_DATA && (await isEmpty(storage))) {
    const { created } = await seedDemoData(storage);
    const { changes } = await seedDemoFlow(storage);
    logger.info('demo data loaded', { records: created, dailyFlowChanges: changes });
  }
  const app = createApp({
    storage,
    auth: { secret: config.TOKEN_SECRET, maxTokenLifetimeSeconds: config.TOKEN_MAX_LIFETIME_SECONDS },
    logger,
    corsOrigins: config.CORS_ORIGINS,
    ...(config.STANDARD_VERSIONS ? { standardVersions: config.STANDARD_VERSIONS } : {}),
    webhooks: { allowedHosts: config.WEBHOOK_ALLOWED_HOSTS },
    reportTimeoutMs: config.REPORT_TIMEOUT_MS,
  });
  // Delivers queued webhooks; several instances on one PostgreSQL share the queue.
  const worker = createDeliveryWorker({
    storage,
    outbound: { allowedHosts: config.WEBHOOK_ALLOWED_HOSTS, timeoutMs: config.WEBHOOK_TIMEOUT_MS },
    logger,
  });
  if (config.WEBHOOK_DELIVERY) worker.start();
  addDocsPage(app);
  const devSecret = config.TOKEN_SECRET === DEV_TOKEN_SECRET;
  const printTokens = config.PRINT_DEV_TOKENS ?? devSecret;
  const offerPersonas = config.DASHBOARD_DEMO_PERSONAS ?? devSecret;
  // One token per persona, signed once: printed at start and offered on the dashboard.
  const personaTokens =
    printTokens || offerPersonas
      ? await Promise.all(
          demoPersonas.map(async (p) => ({
            key: p.key,
            description: p.description,
            token: await signToken(p.principal, config.TOKEN_SECRET, { expiresIn: `${config.TOKEN_MAX_LIFETIME_SECONDS}s` }),
          })),
        )
      : [];
  await addDashboardPage(app, { personas: offerPersonas ? personaTokens : [] });

  const server = await new Promise<ReturnType<typeof serve>>((ok) => {
    const s = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, () => ok(s));
  });
  // Oversized headers and malformed requests get a problem document too (431, 400).
  answerClientErrors(server as Server);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${port}`;
  logger.info('listening', { url });

  if (printTokens) {
    const lines = [
      `\nBanenafspraak reference server on ${url}`,
      `  API docs:  ${url}/`,
      `  Dashboard: ${url}/dashboard`,
      `  OpenAPI:   ${url}/v1/openapi.json`,
      '',
      `Development tokens (valid ${Math.round(config.TOKEN_MAX_LIFETIME_SECONDS / 3600)} hours; restart for new ones):`,
    ];
    for (const p of personaTokens) lines.push(`  ${p.key.padEnd(18)} ${p.description}`, `  ${''.padEnd(18)} ${p.token}`);
    lines.push('', `Try: curl -H "Authorization: Bearer <token of werkgever>" ${url}/v1/placements`, '');
    print(`${lines.join('\n')}\n`);
  }

  let closing: Promise<void> | undefined;
  return {
    url,
    storage,
    close() {
      closing ??= (async () => {
        await new Promise<void>((ok) => {
          server.close(() => ok());
          // Idle keep-alive connections would hold close() open.
          (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
        });
        await worker.stop();
        await storage.close();
        logger.info('stopped');
      })();
      return closing;
    },
  };
}
