import * as z from 'zod';

/** The development token secret. Never use it outside your own machine. */
export const DEV_TOKEN_SECRET = 'dev-only-secret-change-me-banenafspraak-0000';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Environment variables of the reference server, validated, with defaults. */
export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** PostgreSQL 15+ connection string; when unset, PGlite stores data in DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** PostgreSQL schema to use (created when missing); default the connection's search_path. */
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lowercase SQL identifier')
    .optional(),
  DATA_DIR: z.string().min(1).default('./.data'),
  TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEV_TOKEN_SECRET),
  /** Longest accepted bearer-token lifetime in seconds (tokens without `exp` are always refused). */
  TOKEN_MAX_LIFETIME_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(30 * 24 * 3600)
    .default(24 * 3600),
  /** Comma-separated origins allowed to call the API from a browser. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    ),
  /**
   * Comma-separated standard versions accepted in request bodies, e.g. `0.1,0.2` (must include
   * the current one); default every version core still supports.
   */
  STANDARD_VERSIONS: z
    .string()
    .regex(/^\s*\d+\.\d+\s*(,\s*\d+\.\d+\s*)*$/, 'must be a comma-separated list of versions like 0.1,0.2')
    .transform((s) => s.split(',').map((v) => v.trim()))
    .optional(),
  /** Load the demo personas' records when the database is empty. */
  SEED_DEMO_DATA: bool.default(true),
  /** Print development tokens for the demo personas (default: only with the development secret). */
  PRINT_DEV_TOKENS: bool.optional(),
  /**
   * Offer the demo personas, with their tokens, on the dashboard page (default: only with the
   * development secret, where anyone can mint tokens anyway). Never on a shared server.
   */
  DASHBOARD_DEMO_PERSONAS: bool.optional(),
  /**
   * Comma-separated hosts webhook callback URLs may name (`hooks.example.nl`, `*.example.nl`,
   * or an IP address). Empty: no subscriptions can be created and nothing is sent.
   */
  WEBHOOK_ALLOWED_HOSTS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((h) => h.trim())
        .filter(Boolean),
    ),
  /** Time a webhook receiver gets to answer, in milliseconds. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /** Deliver webhooks from this instance (run the worker in every instance or in some). */
  WEBHOOK_DELIVERY: bool.default(true),
  /** Connection pool size per instance (PostgreSQL only). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Connections of the pool reports may hold at a time (PostgreSQL only); default half the pool. */
  DATABASE_REPORT_CONNECTIONS: z.coerce.number().int().min(1).max(100).optional(),
  /** Longest time one report may run, in milliseconds; longer ones get 422 report-too-large. */
  REPORT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(60 * 60 * 1000)
    .default(30_000),
});
export type Config = z.infer<typeof ConfigSchema>;

/** Parses the environment; throws with a readable list of problems (values not echoed). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const relevant = Object.fromEntries(Object.keys(ConfigSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]));
  const result = ConfigSchema.safeParse(relevant);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}
