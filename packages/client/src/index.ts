/**
 * Typed REST client for servers that implement the banenafspraak standard: retries that
 * never duplicate, cursor pagination, ETag concurrency and typed problem errors. A Promise
 * API for everyone and an Effect API (`client.effect`) for Effect users.
 *
 * @packageDocumentation
 */
export {
  createClient,
  type Client,
  type CodeListResource,
  type CodeListResourceEffect,
  type EffectClient,
  type EmployerInstructionResource,
  type EmployerInstructionResourceEffect,
  type PlacementResource,
  type PlacementResourceEffect,
  type RecordResource,
  type RecordResourceEffect,
  type ReportResource,
  type ReportResourceEffect,
} from './client.js';
export {
  AbortedError,
  ClientError,
  ConflictError,
  ForbiddenError,
  HttpError,
  NetworkError,
  NotFoundError,
  ProblemError,
  TimeoutError,
  UnauthorizedError,
  UnexpectedResponseError,
  isClientError,
  isProblemError,
  type AnyClientError,
  type AnyProblemError,
  type ClientErrorTag,
  type ProblemDocument,
  type ProblemErrorTag,
  type RequestSummary,
} from './errors.js';
export type { ClientOptions, FetchLike, PostOptions, RequestOptions, RetryOptions, TokenProvider, WriteOptions } from './options.js';
export type {
  AuditEntry,
  CodeList,
  CodeListEntry,
  CodeListSummary,
  HarmonisationReport,
  HarmonisationReportParams,
  InstructionRead,
  ListParams,
  Page,
  PageParams,
  PlacementSearchParams,
  ProgressGrouping,
  ProgressReport,
  ProgressReportParams,
  ReportContact,
  ValidationReport,
  Versioned,
} from './types.js';
