import { createPgliteStorage, createPgStorage, type PostgresStorage } from './postgres.js';

/**
 * The SQL storages a test runs on: PGlite always, and a PostgreSQL server in its own schema
 * when DATABASE_URL is set (CI sets it), so the same SQL is checked on both.
 */
export function storageTargets(schema: string): [string, () => Promise<PostgresStorage>][] {
  const url = process.env.DATABASE_URL;
  const targets: [string, () => Promise<PostgresStorage>][] = [['PGlite', () => createPgliteStorage()]];
  if (url) targets.push(['PostgreSQL server', () => createPgStorage({ connectionString: url, schema })]);
  else console.warn(`› ${schema}: the PostgreSQL server run is skipped, DATABASE_URL is not set.`);
  return targets;
}
