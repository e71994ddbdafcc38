// Seeds a throwaway database for the server benchmark (issue 15). EMPTIES its data tables first.
//   pnpm --filter @banenafspraak/bench seed:server -- --placements 1000000                 (DATABASE_URL: PostgreSQL)
//   pnpm --filter @banenafspraak/bench seed:server -- --placements 100000 --pglite ./data   (PGlite data folder)
// Options: --schema NAME (PostgreSQL schema), --seed N (dataset seed, default 1).
import { parseArgs } from 'node:util';
import { createPgliteStorage, createPgStorage, type PostgresStorage } from '@banenafspraak/server';
import { seedDatabase } from './seed/load.js';

export async function openBenchStorage(options: { pglite?: string; url?: string; schema?: string }): Promise<PostgresStorage> {
  if (options.pglite) return createPgliteStorage({ dataDir: options.pglite });
  if (!options.url) throw new Error('Set DATABASE_URL (or --database-url) to a throwaway PostgreSQL 15 database, or pass --pglite DIR.');
  return createPgStorage({ connectionString: options.url, ...(options.schema ? { schema: options.schema } : {}) });
}

async function main() {
  const { values } = parseArgs({
    // `pnpm … seed:server -- --placements N` passes the `--` on.
    args: process.argv.slice(2).filter((a, i) => !(i === 0 && a === '--')),
    options: {
      placements: { type: 'string', default: '1000000' },
      'database-url': { type: 'string' },
      schema: { type: 'string' },
      pglite: { type: 'string' },
      seed: { type: 'string', default: '1' },
    },
    allowPositionals: true,
  });
  const placements = Number(values.placements);
  if (!Number.isInteger(placements) || placements < 1) throw new Error('--placements must be a positive integer');
  const url = values['database-url'] ?? process.env.DATABASE_URL;
  const storage = await openBenchStorage({ pglite: values.pglite, url, schema: values.schema });
  try {
    const where = values.pglite ? `PGlite (${values.pglite})` : `PostgreSQL${values.schema ? ` schema ${values.schema}` : ''}`;
    console.error(`seeding ${placements.toLocaleString('en')} placements into ${where} …`);
    const result = await seedDatabase(storage.executor, {
      placements,
      seed: Number(values.seed),
      onProgress: (n) => console.error(`  ${n.toLocaleString('en')} placements`),
    });
    const total = Object.values(result.records).reduce((a, b) => a + b, 0);
    console.log(
      `seeded ${total.toLocaleString('en')} records and ${result.events.toLocaleString('en')} events in ${result.seconds.toFixed(1)} s (indexes and ANALYZE ${result.indexSeconds.toFixed(1)} s)`,
    );
    for (const [collection, n] of Object.entries(result.records)) console.log(`  ${collection}: ${n.toLocaleString('en')}`);
    for (const [collection, n] of Object.entries(result.skipped))
      console.log(`  ${collection}: ${n.toLocaleString('en')} generated, not stored (no such collection on this server)`);
    console.log(JSON.stringify({ seed: result }));
  } finally {
    await storage.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
