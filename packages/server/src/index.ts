/**
 * Hono app factory, storage port, storage implementations (memory, PostgreSQL on PGlite or
 * a server), the access policy and the storage contract suite of the banenafspraak standard.
 *
 * @packageDocumentation
 */
export { createApp, generateOpenApiDocument, type AppOptions, type OpenApiInfo } from './app.js';
export { DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, Principal, PrincipalOrganisation, Role, createTokenVerifier, signToken, verifyToken } from './auth.js';
export { ServerError, isServerError, toProblem, type ProblemDocument, type ServerErrorCode } from './errors.js';
export { API_VERSION } from './internal/http.js';
export { createJsonLogger, maskPath, silentLogger, type Logger } from './logger.js';
export {
  INSTRUCTION_COLLECTION,
  PARENT_REFERENCES,
  RECORD_COLLECTIONS,
  ROLE_POLICIES,
  accessScopeOf,
  employerReferencesOf,
  employerReferencesOutsideScope,
  isBelowCeiling,
  isInScope,
  parentReferenceOf,
  recordMetaOf,
  redactRestricted,
  viewFor,
  type AccessScope,
  type RecordCollection,
  type RecordMeta,
  type RolePolicy,
} from './policy.js';
export { answerClientErrors } from './node.js';
export { createRepository, type Repository } from './repository.js';
export { HarmonisationReport, ProgressGrouping, ProgressReport, computeHarmonisationReport, computeProgressReport } from './reports.js';
export { runStorageContract, contractPrincipals, type ContractTestApi, type StorageHarness } from './storage/contract.js';
export { createMemoryStorage, type MemoryStorage } from './storage/memory.js';
export { DATA_TABLES, MIGRATIONS, migrate } from './storage/migrations.js';
export type { Actor, AuditEntry, ExpectedVersion, IdempotencyInput, InstructionRead, ListQuery, RecordPage, Storage, StoredInstruction, StoredRecord } from './storage/port.js';
export { createPgStorage, createPgliteStorage, createPostgresStorage, type PostgresStorage } from './storage/postgres.js';
export { pgPoolExecutor, pgliteExecutor, type PgliteDatabase, type PgliteQueryable, type SqlExecutor } from './storage/sql.js';
export { DEMO_IDS, demoInstruction, demoPersonas, demoRecords, seedDemoData, type DemoPersona } from './demo.js';
