import type { ProblemDocument as CoreProblemDocument, Issue, MigrationReport } from '@banenafspraak/core';

/**
 * What went wrong, as a stable machine-readable code. Each code maps to exactly one HTTP
 * status in {@link toProblem}.
 *
 * @public
 */
export type ServerErrorCode =
  | 'invalid-input'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'method-not-allowed'
  | 'conflict'
  | 'precondition-failed'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'report-too-large'
  | 'precondition-required'
  | 'headers-too-large'
  | 'internal';

const STATUS: Record<ServerErrorCode, number> = {
  'invalid-input': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  'method-not-allowed': 405,
  conflict: 409,
  'precondition-failed': 412,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'report-too-large': 422,
  'precondition-required': 428,
  'headers-too-large': 431,
  internal: 500,
};

const TITLE: Record<ServerErrorCode, string> = {
  'invalid-input': 'Ongeldige invoer',
  unauthorized: 'Niet geauthenticeerd',
  forbidden: 'Geen toegang',
  'not-found': 'Niet gevonden',
  'method-not-allowed': 'Methode niet toegestaan',
  conflict: 'Conflict',
  'precondition-failed': 'Voorwaarde niet vervuld',
  'payload-too-large': 'Verzoek te groot',
  'unsupported-media-type': 'Mediatype niet ondersteund',
  'report-too-large': 'Rapportage te groot voor één verzoek',
  'precondition-required': 'Voorwaarde vereist',
  'headers-too-large': 'Headers te groot',
  internal: 'Interne fout',
};

/**
 * The one error type of the server package. Thrown by storage implementations and routes;
 * turned into an RFC 9457 problem document by {@link toProblem}.
 *
 * @remarks `detail` is written by this package and never contains values from the request
 * (no BSN, no instruction text, no token), so it is safe to return and to log.
 *
 * @public
 */
export class ServerError extends Error {
  readonly _tag = 'ServerError' as const;
  constructor(
    readonly code: ServerErrorCode,
    readonly detail: string,
    readonly extra: { readonly issues?: readonly Issue[]; readonly allow?: readonly string[]; readonly migration?: MigrationReport } = {},
  ) {
    super(`${code}: ${detail}`);
    this.name = 'ServerError';
  }
  /** HTTP status of this error. */
  get status(): number {
    return STATUS[this.code];
  }
}

/**
 * Whether a value is a {@link ServerError}; does not rely on `instanceof`.
 *
 * @public
 */
export function isServerError(error: unknown): error is ServerError {
  return typeof error === 'object' && error !== null && (error as { _tag?: unknown })._tag === 'ServerError';
}

/**
 * An RFC 9457 problem document as this server returns it: core's {@link CoreProblemDocument}
 * (the wire contract), with `code` narrowed to the codes this server uses.
 *
 * @public
 */
export interface ProblemDocument extends CoreProblemDocument {
  /** Machine-readable code; maps to exactly one HTTP status. */
  code: ServerErrorCode;
}

/**
 * Maps any thrown value to a status and a problem document: the single place where errors
 * become HTTP. Unknown errors become 500 without details.
 *
 * @public
 */
export function toProblem(error: unknown, instance?: string): ProblemDocument {
  const e = isServerError(error) ? error : new ServerError('internal', 'Er ging iets mis aan de kant van de server.');
  const body: ProblemDocument = {
    type: `urn:banenafspraak:problem:${e.code}`,
    title: TITLE[e.code],
    status: STATUS[e.code],
    detail: e.detail,
    code: e.code,
  };
  if (instance) body.instance = instance;
  if (e.extra.issues) body.issues = [...e.extra.issues];
  if (e.extra.migration) body.migration = e.extra.migration;
  return body;
}
