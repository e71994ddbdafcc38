/**
 * Hono app factory, storage port, storage implementations (memory, PostgreSQL on PGlite or
 * a server), the access policy and the storage contract suite of the banenafspraak standard.
 *
 * @packageDocumentation
 */
export { type AppOptions, createApp, generateOpenApiDocument, type OpenApiInfo } from './app.js';
export {
  createTokenVerifier,
  DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
  Principal,
  PrincipalOrganisation,
  Role,
  signToken,
  verifyToken,
} from './auth.js';
export {
  DEMO_IDS,
  type DemoFlowStep,
  type DemoPersona,
  demoFlowSteps,
  demoInstruction,
  demoPersonas,
  demoRecords,
  seedDemoData,
  seedDemoFlow,
} from './demo.js';
export type { IncomingDocument, StoredDocument } from './document.js';
export { isServerError, type ProblemDocument, ServerError, type ServerErrorCode, toProblem } from './errors.js';
export { changeEvent, DELETED_STATUS, type EventAudience, isEventVisibleTo, type OutboxEntry } from './events/outbox.js';
export { isAddressAllowed, isHostAllowed, type OutboundPolicy, postWebhook, type SendResult } from './events/sender.js';
export { newWebhookSecret, signWebhook } from './events/signature.js';
export {
  createDeliveryWorker,
  DEFAULT_RETRY_POLICY,
  type DeliveryWorker,
  type DeliveryWorkerOptions,
  type RetryPolicy,
  retryDelayMs,
} from './events/worker.js';
export type { AppEnv } from './internal/http.js';
export { API_VERSION } from './internal/http.js';
export { createJsonLogger, type Logger, maskPath, silentLogger } from './logger.js';
export { answerClientErrors } from './node.js';
export {
  type AccessScope,
  accessScopeOf,
  employerReferencesOf,
  employerReferencesOutsideScope,
  INSTRUCTION_COLLECTION,
  isBelowCeiling,
  isInScope,
  lifecycleRolesOf,
  PARENT_REFERENCES,
  parentReferenceOf,
  RECORD_COLLECTIONS,
  RECORD_REFERENCES,
  type RecordCollection,
  type RecordMeta,
  type RecordReference,
  ROLE_POLICIES,
  type RolePolicy,
  recordMetaOf,
  recordReferencesOf,
  redactRestricted,
  viewFor,
} from './policy.js';
export {
  buildHarmonisationReport,
  computeHarmonisationReport,
  computeProgressReport,
  HARMONISATION_ASPECT_LABELS,
  HarmonisationReport,
  ProgressGrouping,
  ProgressReport,
} from './reports.js';
export { createRepository, type Repository } from './repository.js';
export type { EventFeedOptions } from './routes/events.js';
export type {
  BalanceAggregate,
  CalendarDays,
  HarmonisationAggregate,
  LeadTimeAggregate,
  MeasureApplication,
  MeasureDefinition,
  ProgressAggregate,
  SteeringFigures,
  SteeringQuery,
  VacancyAggregate,
} from './steering/query.js';
export { type ContractTestApi, contractPrincipals, runStorageContract, type StorageHarness } from './storage/contract.js';
export { deleteFacts, type FactsInput, filledDateOf, writeFacts } from './storage/facts.js';
export { createMemoryStorage, type MemoryStorage } from './storage/memory.js';
export { DATA_TABLES, MIGRATIONS, type Migration, migrate } from './storage/migrations.js';
export type {
  Actor,
  AuditEntry,
  ClaimedDelivery,
  DeliveryAttempt as StoredDeliveryAttempt,
  DeliveryOutcome,
  DeliveryStatus,
  EventPage as StoredEventPage,
  ExpectedVersion,
  IdempotencyInput,
  InstructionRead,
  ListQuery,
  RecordPage,
  ReportLimits,
  Storage,
  StoredDelivery,
  StoredInstruction,
  StoredRecord,
  StoredSubscription,
  SubscriptionInput,
} from './storage/port.js';
export { DEFAULT_REPORT_TIMEOUT_MS } from './storage/port.js';
export { createPgliteStorage, createPgStorage, createPostgresStorage, type PostgresStorage } from './storage/postgres.js';
export { type ProcessEventFactsInput, writeProcessEventFacts } from './storage/process-event-facts.js';
export {
  type PgliteDatabase,
  type PgliteQueryable,
  pgliteExecutor,
  pgPoolExecutor,
  type ReportTransactionLimits,
  type SqlExecutor,
} from './storage/sql.js';
