// The reference server's entry point: `pnpm start` from the repository root.
import { createJsonLogger } from '@banenafspraak/server';
import { loadConfig } from './config.js';
import { type RunningServer, startServer } from './server.js';

const logger = createJsonLogger();
let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(2);
}

// Signal handlers first: a SIGTERM during start-up must still close the database cleanly.
let server: Promise<RunningServer> | undefined;
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    (server ?? Promise.reject(new Error('not started')))
      .then((s) => s.close())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  });
}

server = startServer(config, logger);
await server;
