import { documentDefinitions, EMPLOYER_INSTRUCTION_CONTENT_FIELDS } from '@banenafspraak/core';
import type { Principal } from '../auth.js';
import type { StoredDocument as Doc } from '../document.js';
import { ServerError } from '../errors.js';
import {
  type AccessScope,
  employerReferencesOutsideScope,
  isBelowCeiling,
  isInScope,
  type RecordCollection,
  type RecordMeta,
  recordMetaOf,
  redactRestricted,
} from '../policy.js';
import type { AuditEntry, ExpectedVersion, Storage } from './port.js';

/** The subscription and delivery part of the storage port, which each storage keeps in its own module. */
export type SubscriptionStore = Pick<
  Storage,
  | 'createSubscription'
  | 'listSubscriptions'
  | 'getSubscription'
  | 'updateSubscription'
  | 'deleteSubscription'
  | 'listDeliveries'
  | 'redeliver'
  | 'claimDeliveries'
  | 'finishDelivery'
>;

/** Cursor = base64url of the last sequence number seen; opaque to clients. */
export function encodeCursor(sequence: number): string {
  return Buffer.from(`s:${sequence}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^s:(\d{1,15})$/.exec(text);
  if (!m)
    throw new ServerError('invalid-input', 'De cursor is ongeldig.', {
      issues: [{ severity: 'error', code: 'invalid_cursor', path: ['cursor'], message: 'De cursor is ongeldig.' }],
    });
  return Number(m[1]);
}

/** Throws unless the principal may write a record with this meta. */
export function assertCanWrite(scope: AccessScope, meta: RecordMeta): void {
  if (scope.kind === 'none' || !scope.write) throw new ServerError('forbidden', 'Uw rol staat schrijven niet toe.');
  if (!isInScope(scope, meta)) throw new ServerError('forbidden', 'Het record valt buiten uw organisatie of regio.');
  if (!isBelowCeiling(scope, meta)) throw new ServerError('forbidden', 'De vertrouwelijkheid van het record ligt boven uw niveau.');
}

/** Throws the right error when a record exists but the principal may not read it. */
export function assertCanRead(scope: AccessScope, meta: Pick<RecordMeta, 'employers' | 'regions' | 'confidentialityRank'>): void {
  if (!isInScope(scope, meta)) throw notFound();
  if (!isBelowCeiling(scope, meta)) throw new ServerError('forbidden', 'De vertrouwelijkheid van het record ligt boven uw niveau.');
}

/**
 * A parent or organisation the document names that the caller cannot read or act for. Missing
 * and out-of-reach references get this same answer, so a write is no existence oracle.
 */
export function referenceNotFound(path: readonly (string | number)[]): ServerError {
  return new ServerError(
    'not-found',
    'Het document verwijst naar een record of organisatie die niet bestaat of waarvoor u niet mag optreden.',
    {
      issues: [
        {
          severity: 'error',
          code: 'reference_not_found',
          path: [...path],
          message: 'Verwijst naar een record of organisatie die niet bestaat of waarvoor u niet mag optreden.',
        },
      ],
    },
  );
}

/** Throws unless the principal has a writing role at all (before anything is looked up). */
export function assertMayWrite(scope: AccessScope): void {
  if (scope.kind === 'none' || !scope.write) throw new ServerError('forbidden', 'Uw rol staat schrijven niet toe.');
}

/**
 * The meta of a record about to be written, after every write check: the caller may write
 * it (tenants, ceiling) and may name each employer in it. `parent` holds the tenants of the
 * parent the caller could read (the storage looks it up in the caller's scope and throws
 * {@link referenceNotFound} when it cannot).
 */
export function writableMeta(
  scope: AccessScope,
  collection: RecordCollection,
  doc: Record<string, unknown>,
  parent: { employers: readonly string[]; regions: readonly string[] } | undefined,
  previous?: Record<string, unknown>,
): RecordMeta {
  const meta = recordMetaOf(collection, doc, parent);
  assertCanWrite(scope, meta);
  const outside = employerReferencesOutsideScope(scope, collection, doc, meta.regions, previous);
  if (outside[0]) throw referenceNotFound(outside[0].path);
  return meta;
}

/** Whether two records belong to the same employers and regions (tenant lists are sorted and unique). */
export function sameTenants(
  a: { readonly employers: readonly string[]; readonly regions: readonly string[] },
  b: { readonly employers: readonly string[]; readonly regions: readonly string[] },
): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return same(a.employers, b.employers) && same(a.regions, b.regions);
}

/** Whether a stored version satisfies the expected one (`*`: any current version). */
export function versionMatches(expected: ExpectedVersion, actual: number): boolean {
  return expected === '*' || expected === actual;
}

export function notFound(): ServerError {
  return new ServerError('not-found', 'Het record bestaat niet of u heeft er geen toegang toe.');
}

/** A report stopped at its time limit, cancelled by an operator, or left by its client (422, see ADR 0026). */
export function reportTooLarge(): ServerError {
  return new ServerError(
    'report-too-large',
    'De rapportage is afgebroken: ze vraagt meer tijd dan de server voor één verzoek toestaat, of ze werd gestopt. Kies een kortere periode, één regio of werkgever, of een grovere groepering.',
  );
}

export function stale(): ServerError {
  return new ServerError('precondition-failed', 'Het record is intussen gewijzigd; haal het opnieuw op en probeer het nog eens.');
}

/** Records may only be deleted in their initial status; later they end through a status change. */
export function assertDeletable(collection: RecordCollection, status: string): void {
  const def = documentDefinitions.find((d) => d.collection === collection);
  if (def && def.statuses[0] !== status) {
    throw new ServerError(
      'conflict',
      `Alleen een record met status ${def.statuses[0]} kan worden verwijderd; beëindig het via een statuswijziging.`,
    );
  }
}

/**
 * The 409 of a delete while records hang under the record (a grant under a placement): they
 * would keep a parent that is gone, and every later write of theirs would fail its check.
 */
export function hasRecordsUnder(): ServerError {
  return new ServerError(
    'conflict',
    'Er hangen records onder dit record; verwijder of verplaats die eerst, of beëindig het via een statuswijziging.',
  );
}

export function organisationLabel(principal: Principal): string | undefined {
  return principal.organisation ? `${principal.organisation.scheme}:${principal.organisation.value}` : undefined;
}

/** Top-level field names whose values differ. */
export function changedFields(before: Doc | undefined, after: Doc | undefined): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((k) => JSON.stringify(before?.[k]) !== JSON.stringify(after?.[k])).sort();
}

/** Audit data of a record change: before/after without restricted parts, plus what changed. */
export function recordAudit(
  collection: RecordCollection,
  before: Doc | undefined,
  after: Doc | undefined,
): Pick<AuditEntry, 'before' | 'after' | 'changedFields'> {
  const b = before ? redactRestricted(collection, before) : undefined;
  const a = after ? redactRestricted(collection, after) : undefined;
  const changed = changedFields(before, after);
  // Restricted parts (the BSN) are reported by path only, never by value.
  for (const p of new Set([...(b?.removed ?? []), ...(a?.removed ?? [])])) {
    const pick = (d: Doc | undefined) =>
      p.split('.').reduce<unknown>((o, k) => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), d);
    if (JSON.stringify(pick(before)) !== JSON.stringify(pick(after)) && !changed.includes(p)) changed.push(p);
  }
  return { before: b?.document, after: a?.document, changedFields: changed.sort() };
}

// ---- Employer instructions ------------------------------------------------------------

const CONTENT_FIELDS: readonly string[] = EMPLOYER_INSTRUCTION_CONTENT_FIELDS;

/**
 * The key a grant in `consent.sharedWith` is matched on: organisation and user together
 * (`KVK:12345678|user-id`). A grant without both names nobody: a user id alone would let a
 * token of any organisation with that user id read the instruction.
 */
function grantKey(grant: Doc): string | undefined {
  const org = grant.organisation as Doc | undefined;
  if (typeof grant.userRef !== 'string' || typeof org?.scheme !== 'string' || typeof org.value !== 'string') return undefined;
  return `${org.scheme}:${org.value}|${grant.userRef}`;
}

/** The grant key of a principal, see {@link grantKey}. */
function principalKey(principal: Principal): string | undefined {
  const org = organisationLabel(principal);
  return org === undefined ? undefined : `${org}|${principal.userId}`;
}

/** Splits an instruction into its content (purged on revocation) and a content-free header. */
export function splitInstruction(doc: Doc): { header: Doc; content: Doc; sharedWithUserRefs: string[] } {
  const header: Doc = {};
  const content: Doc = {};
  for (const [k, v] of Object.entries(doc)) {
    if (CONTENT_FIELDS.includes(k)) content[k] = v;
    else if (k === 'consent') {
      const { sharedWith, ...rest } = v as Doc;
      header.consent = rest;
      content.sharedWith = sharedWith ?? [];
    } else header[k] = v;
  }
  const sharedWithUserRefs = ((content.sharedWith ?? []) as Doc[]).map(grantKey).filter((k): k is string => k !== undefined);
  return { header, content, sharedWithUserRefs };
}

/** Joins header and content again; without content it is a schema-valid, content-free tombstone. */
export function joinInstruction(header: Doc, content: Doc | null | undefined): Doc {
  const { sharedWith, ...rest } = content ?? {};
  return {
    ...header,
    workImpacts: [],
    adjustments: [],
    ...rest,
    consent: { ...(header.consent ?? {}), sharedWith: sharedWith ?? [] },
  };
}

/** Makes the header of a purged instruction. */
export function tombstoneHeader(header: Doc, status: 'REVOKED' | 'EXPIRED', now: string): Doc {
  const date = now.slice(0, 10);
  return {
    ...header,
    status,
    ...(status === 'REVOKED' ? { revokedOn: header.revokedOn ?? date } : {}),
    purgedOn: date,
  };
}

/**
 * How a principal relates to an instruction: the employee who owns it, a recipient, or
 * nobody. `sharedWithUserRefs` are the grant keys from {@link splitInstruction}.
 */
export function instructionRelation(
  principal: Principal,
  header: Doc,
  sharedWithUserRefs: readonly string[],
): 'owner' | 'recipient' | 'none' {
  if (principal.candidateId !== undefined && principal.candidateId === header.candidateId) return 'owner';
  const key = principalKey(principal);
  if (header.status === 'SHARED' && key !== undefined && sharedWithUserRefs.includes(key)) return 'recipient';
  return 'none';
}

/** Field names that changed in an instruction, for its content-free audit trail. */
export function instructionChangedFields(before: Doc | undefined, after: Doc | undefined): string[] {
  const flat = (d: Doc | undefined) => {
    if (!d) return undefined;
    const { consent, ...rest } = d;
    const out: Doc = { ...rest };
    for (const [k, v] of Object.entries(consent ?? {})) out[`consent.${k}`] = v;
    return out;
  };
  return changedFields(flat(before), flat(after));
}

export function isPurgingStatus(status: unknown): status is 'REVOKED' | 'EXPIRED' {
  return status === 'REVOKED' || status === 'EXPIRED';
}

/**
 * Resolves after `ms`, on abort, or when a writer calls one of `waiters` (the long poll of the
 * event feed); the entry removes itself either way.
 */
export function waitForWake(waiters: Set<() => void>, ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      waiters.delete(done);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    waiters.add(done);
    signal?.addEventListener('abort', done);
  });
}
