/**
 * Typed REST client for servers that implement the banenafspraak standard: retries that
 * never duplicate, cursor pagination, ETag concurrency and typed problem errors. A Promise
 * API for everyone and an Effect API (`client.effect`) for Effect users.
 *
 * @packageDocumentation
 */
export {
  type Client,
  type CodeListResource,
  type CodeListResourceEffect,
  createClient,
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
  type AnyClientError,
  type AnyProblemError,
  ClientError,
  type ClientErrorTag,
  ConflictError,
  ForbiddenError,
  HttpError,
  isClientError,
  isProblemError,
  NetworkError,
  NotFoundError,
  ProblemError,
  type ProblemErrorTag,
  type ReceivedProblemDocument,
  type RequestSummary,
  TimeoutError,
  UnauthorizedError,
  UnexpectedResponseError,
} from './errors.js';
export type { ClientOptions, FetchLike, PostOptions, RequestOptions, RetryOptions, TokenProvider, WriteOptions } from './options.js';
export type {
  AuditEntry,
  CodeListDocument,
  CodeListDocumentEntry,
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
