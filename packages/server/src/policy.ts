import {
  type ConfidentialityLevel,
  ConfidentialityLevelList,
  confidentialityRank,
  documentDefinitions,
  regionOfMunicipality,
} from '@banenafspraak/core';
import type { Principal, Role } from './auth.js';
import type { StoredDocument as Doc } from './document.js';

/**
 * Collections of records that live in the shared record store (everything but the instruction).
 *
 * @public
 */
export const RECORD_COLLECTIONS = [
  'partnership-agreements',
  'execution-plans',
  'vacancies',
  'placements',
  'wage-value-assessments',
] as const;
/** @public */
export type RecordCollection = (typeof RECORD_COLLECTIONS)[number];

/**
 * The collection of the employer instruction: stored apart, with its own access rules.
 *
 * @public
 */
export const INSTRUCTION_COLLECTION = 'employer-instructions' as const;

/**
 * What a role allows on records (not on employer instructions: those follow consent).
 *
 * @public
 */
export interface RolePolicy {
  readonly readRecords: boolean;
  readonly writeRecords: boolean;
  /** Highest confidentiality level the role may see. */
  readonly ceiling: ConfidentialityLevel;
  /** May see restricted parts such as `candidate.identity` (the BSN) and search by BSN. */
  readonly readIdentity: boolean;
}

/**
 * The access policy as data. A principal's rights are the union of its roles'. Employees and
 * job coaches get nothing on records: they reach employer instructions through consent only.
 *
 * @public
 */
export const ROLE_POLICIES: Readonly<Record<Role, RolePolicy>> = {
  READER: { readRecords: true, writeRecords: false, ceiling: 'CASE_CONFIDENTIAL', readIdentity: false },
  WRITER: { readRecords: true, writeRecords: true, ceiling: 'CASE_CONFIDENTIAL', readIdentity: false },
  CASE_MANAGER: { readRecords: true, writeRecords: true, ceiling: 'CONFIDENTIAL', readIdentity: false },
  IDENTITY_READER: { readRecords: false, writeRecords: false, ceiling: 'PUBLIC', readIdentity: true },
  EMPLOYEE: { readRecords: false, writeRecords: false, ceiling: 'PUBLIC', readIdentity: false },
  JOB_COACH: { readRecords: false, writeRecords: false, ceiling: 'PUBLIC', readIdentity: false },
};

/**
 * Which records a principal may reach, computed from its organisation and roles.
 * `all`: every tenant (UWV); `tenant`: records of these employers or in these regions;
 * `none`: no records at all.
 *
 * @public
 */
export type AccessScope =
  | { readonly kind: 'all'; readonly ceilingRank: number; readonly write: boolean; readonly readIdentity: boolean }
  | {
      readonly kind: 'tenant';
      readonly employers: readonly string[];
      readonly regions: readonly string[];
      readonly ceilingRank: number;
      readonly write: boolean;
      readonly readIdentity: boolean;
    }
  | { readonly kind: 'none' };

/**
 * Computes a principal's {@link AccessScope}: a pure function of the token's claims.
 *
 * @public
 */
export function accessScopeOf(principal: Principal): AccessScope {
  const policies = principal.roles.map((r) => ROLE_POLICIES[r]);
  const read = policies.some((p) => p.readRecords);
  const org = principal.organisation;
  if (!read || !org) return { kind: 'none' };
  const write = policies.some((p) => p.writeRecords);
  const readIdentity = policies.some((p) => p.readIdentity);
  const ceilingRank = Math.max(...policies.filter((p) => p.readRecords).map((p) => confidentialityRank(p.ceiling)));
  switch (org.scheme) {
    case 'UWV':
      return { kind: 'all', ceilingRank, write, readIdentity };
    case 'KVK':
      return { kind: 'tenant', employers: [org.value], regions: [], ceilingRank, write, readIdentity };
    case 'AM':
      return { kind: 'tenant', employers: [], regions: [org.value], ceilingRank, write, readIdentity };
    case 'GM': {
      const region = regionOfMunicipality(org.value);
      return { kind: 'tenant', employers: [], regions: region ? [region] : [], ceilingRank, write, readIdentity };
    }
  }
}

/**
 * The data a record is filtered on: stored next to the document, in indexed columns.
 *
 * @public
 */
export interface RecordMeta {
  readonly status: string;
  readonly confidentialityRank: number;
  /** KvK numbers of the employers the record belongs to. */
  readonly employers: readonly string[];
  /** AM codes of the regions the record belongs to. */
  readonly regions: readonly string[];
  /** Period the record is about, for period filters (ISO dates). */
  readonly periodFrom?: string;
  readonly periodTo?: string;
  /** Id of the record whose tenants this record inherits (plan → partnership, assessment → placement). */
  readonly parentId?: string;
}

function orgRefs(value: unknown, out: { scheme: string; value: string }[] = []): { scheme: string; value: string }[] {
  if (Array.isArray(value)) for (const v of value) orgRefs(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.scheme === 'string' && typeof o.value === 'string') out.push({ scheme: o.scheme, value: o.value });
    for (const v of Object.values(o)) if (v && typeof v === 'object') orgRefs(v, out);
  }
  return out;
}

function uniq(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v.length > 0))].sort();
}

function regionsOfRefs(doc: unknown): string[] {
  const refs = orgRefs(doc);
  return [
    ...refs.filter((r) => r.scheme === 'AM').map((r) => r.value),
    ...refs.filter((r) => r.scheme === 'GM').map((r) => regionOfMunicipality(r.value)),
  ].filter((v): v is string => typeof v === 'string');
}

/**
 * Extracts the {@link RecordMeta} of a (validated) document: who it belongs to and what it is
 * about. Tenancy comes from the document itself, plus its parent's tenants
 * (`parentTenants`) for documents that do not name an employer or region themselves.
 *
 * @public
 */
export function recordMetaOf(
  collection: RecordCollection,
  doc: Doc,
  parentTenants?: { employers: readonly string[]; regions: readonly string[] },
): RecordMeta {
  const base = { status: String(doc.status), confidentialityRank: confidentialityRank(doc.confidentiality) };
  const pe = parentTenants?.employers ?? [];
  const pr = parentTenants?.regions ?? [];
  switch (collection) {
    case 'partnership-agreements':
      return {
        ...base,
        employers: uniq([doc.employer?.kvkNumber]),
        regions: uniq([
          ...(doc.regions ?? []),
          ...regionsOfRefs(doc.publicParties),
          ...(doc.workingArrangements ?? []).flatMap((w: Doc) => w.regions ?? []),
        ]),
        periodFrom: doc.validFrom,
        periodTo: doc.validTo,
      };
    case 'execution-plans':
      return {
        ...base,
        employers: uniq([
          ...pe,
          ...orgRefs(doc)
            .filter((r) => r.scheme === 'KVK')
            .map((r) => r.value),
        ]),
        regions: uniq([...pr, ...(doc.scope?.regions ?? []), ...(doc.targets ?? []).map((t: Doc) => t.region)]),
        periodFrom: doc.period?.from,
        periodTo: doc.period?.to,
        parentId: doc.partnershipId,
      };
    case 'vacancies':
      return {
        ...base,
        employers: uniq([doc.employer]),
        regions: uniq([doc.region]),
        periodFrom: typeof doc.receivedAt === 'string' ? doc.receivedAt.slice(0, 10) : undefined,
        periodTo: doc.closingDate,
      };
    case 'placements':
      return {
        ...base,
        employers: uniq([doc.employer?.kvkNumber, doc.countingEmployer?.kvkNumber]),
        regions: uniq([doc.region, doc.municipality ? regionOfMunicipality(doc.municipality) : undefined]),
        periodFrom: doc.startDate,
        periodTo: doc.actualEndDate ?? doc.plannedEndDate,
      };
    case 'wage-value-assessments':
      return {
        ...base,
        employers: uniq([...pe, doc.employer]),
        regions: uniq([...pr, ...regionsOfRefs(doc.established)]),
        periodFrom: doc.companyVisitOn,
        periodTo: doc.established?.on ?? doc.reportOn,
        parentId: doc.placementId,
      };
  }
}

/**
 * The record a document hangs under and inherits its tenants from: an execution plan under its
 * partnership agreement, a wage-value assessment under its placement. A write may only name a
 * parent the caller can read (see {@link employerReferencesOutsideScope} for organisations).
 *
 * @public
 */
export const PARENT_REFERENCES: Readonly<
  Partial<Record<RecordCollection, { readonly field: string; readonly collection: RecordCollection }>>
> = {
  'execution-plans': { field: 'partnershipId', collection: 'partnership-agreements' },
  'wage-value-assessments': { field: 'placementId', collection: 'placements' },
};

/**
 * The parent id a document names, if its collection has a parent and the id is a string.
 *
 * @public
 */
export function parentReferenceOf(
  collection: RecordCollection,
  doc: Doc,
): { field: string; collection: RecordCollection; id: string } | undefined {
  const ref = PARENT_REFERENCES[collection];
  const id = ref ? doc[ref.field] : undefined;
  return ref && typeof id === 'string' ? { ...ref, id } : undefined;
}

function kvkRefsWithPaths(value: unknown, path: (string | number)[], out: { path: (string | number)[]; value: string }[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => kvkRefsWithPaths(v, [...path, i], out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.scheme === 'KVK' && typeof o.value === 'string') out.push({ path: [...path, 'value'], value: o.value });
    for (const [k, v] of Object.entries(o)) if (v && typeof v === 'object') kvkRefsWithPaths(v, [...path, k], out);
  }
}

/**
 * Every employer (KvK number) a document names in a field that makes the record that
 * employer's (see {@link recordMetaOf}), with the field's path.
 *
 * @public
 */
export function employerReferencesOf(collection: RecordCollection, doc: Doc): { path: (string | number)[]; value: string }[] {
  const out: { path: (string | number)[]; value: string }[] = [];
  const add = (path: (string | number)[], value: unknown) => {
    if (typeof value === 'string' && value.length > 0) out.push({ path, value });
  };
  switch (collection) {
    case 'partnership-agreements':
      add(['employer', 'kvkNumber'], doc.employer?.kvkNumber);
      break;
    case 'execution-plans':
      kvkRefsWithPaths(doc, [], out);
      break;
    case 'vacancies':
    case 'wage-value-assessments':
      add(['employer'], doc.employer);
      break;
    case 'placements':
      add(['employer', 'kvkNumber'], doc.employer?.kvkNumber);
      add(['countingEmployer', 'kvkNumber'], doc.countingEmployer?.kvkNumber);
      break;
  }
  return out;
}

/**
 * The employer references of a document the principal may not make: naming an employer makes
 * the record that employer's (its lists, its progress report). An employer acts only for
 * itself; a region or municipality acts for the employers of a record in its own region; UWV
 * for all. References already in `previous` (the stored version) stay allowed, so a record
 * written by a region can still be edited by the employer it names.
 *
 * @public
 */
export function employerReferencesOutsideScope(
  scope: AccessScope,
  collection: RecordCollection,
  doc: Doc,
  recordRegions: readonly string[],
  previous?: Doc,
): { path: (string | number)[]; value: string }[] {
  if (scope.kind === 'all') return [];
  const before = new Set(previous ? employerReferencesOf(collection, previous).map((r) => r.value) : []);
  const ownRegion = scope.kind === 'tenant' && recordRegions.some((r) => scope.regions.includes(r));
  return employerReferencesOf(collection, doc).filter(
    (r) => !before.has(r.value) && !ownRegion && !(scope.kind === 'tenant' && scope.employers.includes(r.value)),
  );
}

/**
 * Whether a record with these tenants lies in the principal's scope (ignores the ceiling).
 *
 * @public
 */
export function isInScope(scope: AccessScope, meta: Pick<RecordMeta, 'employers' | 'regions'>): boolean {
  if (scope.kind === 'none') return false;
  if (scope.kind === 'all') return true;
  return meta.employers.some((e) => scope.employers.includes(e)) || meta.regions.some((r) => scope.regions.includes(r));
}

/**
 * Whether the record's confidentiality is at or below the principal's ceiling.
 *
 * @public
 */
export function isBelowCeiling(scope: AccessScope, meta: Pick<RecordMeta, 'confidentialityRank'>): boolean {
  return scope.kind !== 'none' && meta.confidentialityRank <= scope.ceilingRank;
}

/** Label of a confidentiality rank, for messages. */
export function confidentialityOfRank(rank: number): ConfidentialityLevel {
  return ConfidentialityLevelList.codes[rank] ?? 'TOP_SECRET';
}

function definitionOf(collection: string) {
  return documentDefinitions.find((d) => d.collection === collection);
}

function removePath(target: unknown, segments: readonly string[]): boolean {
  if (target === null || typeof target !== 'object') return false;
  const [head, ...rest] = segments;
  if (head === undefined) return false;
  if (head === '*') {
    if (!Array.isArray(target)) return false;
    let removed = false;
    for (const item of target) removed = removePath(item, rest) || removed;
    return removed;
  }
  const obj = target as Record<string, unknown>;
  if (!(head in obj)) return false;
  if (rest.length === 0) {
    delete obj[head];
    return true;
  }
  return removePath(obj[head], rest);
}

/**
 * Removes the privacy-restricted parts of a document (its definition's `restrictedPaths`,
 * e.g. `candidate.identity`) and returns a copy plus the paths that were present.
 *
 * @public
 */
export function redactRestricted<T>(collection: string, doc: T): { document: T; removed: string[] } {
  const def = definitionOf(collection);
  const copy = structuredClone(doc);
  const removed: string[] = [];
  for (const path of def?.restrictedPaths ?? []) {
    if (removePath(copy, path.split('.'))) removed.push(path);
  }
  return { document: copy, removed };
}

/** Restricted paths of each collection, split into segments once. */
const restrictedSegments = new Map<string, readonly (readonly string[])[]>();
function restrictedSegmentsOf(collection: string): readonly (readonly string[])[] {
  let segments = restrictedSegments.get(collection);
  if (!segments) {
    segments = (definitionOf(collection)?.restrictedPaths ?? []).map((p) => p.split('.'));
    restrictedSegments.set(collection, segments);
  }
  return segments;
}

/**
 * `target` without the part at `segments[i..]`: the same value when that part is absent,
 * otherwise copies of the objects and arrays along the path only (the rest is shared).
 */
function omitPath(target: unknown, segments: readonly string[], i: number): unknown {
  if (target === null || typeof target !== 'object') return target;
  const head = segments[i];
  if (head === undefined) return target;
  if (head === '*') {
    if (!Array.isArray(target)) return target;
    let out: unknown[] | undefined;
    for (let k = 0; k < target.length; k++) {
      const item: unknown = target[k];
      const next = omitPath(item, segments, i + 1);
      if (next !== item) (out ??= target.slice())[k] = next;
    }
    return out ?? target;
  }
  const obj = target as Record<string, unknown>;
  if (!(head in obj)) return target;
  const last = i === segments.length - 1;
  const child = last ? undefined : omitPath(obj[head], segments, i + 1);
  if (!last && child === obj[head]) return target;
  const copy = (Array.isArray(obj) ? obj.slice() : { ...obj }) as Record<string, unknown>;
  if (last) delete copy[head];
  else copy[head] = child;
  return copy;
}

/**
 * The document as this principal may see it: restricted parts removed unless its roles allow
 * them. Returns `doc` itself when nothing must go; otherwise a document without the
 * restricted parts that shares the untouched parts with `doc`.
 *
 * @public
 */
export function viewFor<T>(scope: AccessScope, collection: string, doc: T, context: 'single' | 'list'): T {
  if (context === 'single' && scope.kind !== 'none' && scope.readIdentity) return doc;
  let view: unknown = doc;
  for (const segments of restrictedSegmentsOf(collection)) view = omitPath(view, segments, 0);
  return view as T;
}
