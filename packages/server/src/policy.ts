import {
  type ActorRole,
  type ConfidentialityLevel,
  ConfidentialityLevelList,
  confidentialityRank,
  documentDefinitions,
  regionOfMunicipality,
} from '@banenafspraak/core';
import type { Principal, Role } from './auth.js';
import type { StoredDocument as Doc } from './document.js';

/**
 * Collections of records that live in the shared record store: every document type of core
 * except the employer instruction. The names (and the `/v1/{collection}` paths) are core's
 * document definitions' `collection`; a test checks that every definition is served.
 *
 * @public
 */
export const RECORD_COLLECTIONS = [
  'partnership-agreements',
  'execution-plans',
  'vacancies',
  'candidate-proposals',
  'placements',
  'instrument-grants',
  'placement-follow-ups',
  'job-coach-plans',
  'job-coach-reports',
  'wage-value-assessments',
  'wage-cost-subsidy-declarations',
  'contact-moments',
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
  ASSESSOR: { readRecords: false, writeRecords: false, ceiling: 'PUBLIC', readIdentity: false },
};

/**
 * The process roles of the lifecycles (core's `ActorRole`) a principal acts in when it changes
 * a record's status (LCY-001). The organisation decides the side: an employer (KvK) acts as
 * `EMPLOYER`, unless its token carries `JOB_COACH` (a job-coach organisation); a municipality,
 * region or UWV as `PUBLIC_PARTY`. `ASSESSOR` (a wage-value assessor) and `EMPLOYEE` come from
 * the roles of the same name. Writing at all still needs a writing role (see {@link ROLE_POLICIES}).
 *
 * @public
 */
export function lifecycleRolesOf(principal: Principal): ActorRole[] {
  const roles = new Set<ActorRole>();
  const scheme = principal.organisation?.scheme;
  if (scheme === 'KVK') roles.add(principal.roles.includes('JOB_COACH') ? 'JOB_COACH' : 'EMPLOYER');
  else if (scheme !== undefined) roles.add('PUBLIC_PARTY');
  if (principal.roles.includes('ASSESSOR')) roles.add('ASSESSOR');
  if (principal.roles.includes('EMPLOYEE')) roles.add('EMPLOYEE');
  return [...roles];
}

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
    // The daily-flow documents belong to the tenants of the record they hang under, plus the
    // organisations they name in a role that needs to read them.
    case 'candidate-proposals':
      // The vacancy's employer and region, and the proposing organisation.
      return {
        ...base,
        employers: uniq([...pe, ...kvkOf(doc.proposedBy)]),
        regions: uniq([...pr, ...regionsOfRefs(doc.proposedBy)]),
        periodFrom: dateOf(doc.proposedAt),
        periodTo: dateOf(doc.outcomeAt),
        parentId: doc.vacancyId,
      };
    case 'instrument-grants':
      // The placement's employers and regions, and the financing party.
      return {
        ...base,
        employers: uniq(pe),
        regions: uniq([...pr, ...regionsOfRefs(doc.financingParty)]),
        periodFrom: doc.period?.from ?? doc.appliedOn,
        periodTo: doc.period?.to,
        parentId: doc.placementId,
      };
    case 'placement-follow-ups':
      // The placement's tenants and the organisation responsible for the follow-up.
      return {
        ...base,
        employers: uniq([...pe, ...kvkOf(doc.responsible)]),
        regions: uniq([...pr, ...regionsOfRefs(doc.responsible)]),
        periodFrom: doc.placementStartDate,
        periodTo: lastOf((doc.moments ?? []).map((m: Doc) => m.heldOn ?? m.plannedOn)),
        parentId: doc.placementId,
      };
    case 'job-coach-plans':
      // The placement's tenants and the job-coach organisation that provides the coaching.
      return {
        ...base,
        employers: uniq([...pe, ...kvkOf(doc.provider)]),
        regions: uniq([...pr, ...regionsOfRefs(doc.provider)]),
        periodFrom: doc.period?.from,
        periodTo: doc.period?.to,
        parentId: doc.placementId,
      };
    case 'job-coach-reports':
      // The plan's tenants (which include its job-coach organisation).
      return {
        ...base,
        employers: uniq(pe),
        regions: uniq(pr),
        periodFrom: doc.period?.from,
        periodTo: doc.period?.to,
        parentId: doc.planId,
      };
    case 'wage-cost-subsidy-declarations':
      // The grant's tenants, the declaring employer and the paying municipality.
      return {
        ...base,
        employers: uniq([...pe, doc.employer?.kvkNumber]),
        regions: uniq([...pr, ...regionsOfRefs(doc.financingParty)]),
        periodFrom: doc.period?.from,
        periodTo: doc.period?.to,
        parentId: doc.grantId,
      };
    case 'contact-moments':
      // The employer contacted, the region it belongs to, the contacting organisation and those
      // it acted for. No parent: a contact moment stands on its own (CTM-005 reads many of them).
      return {
        ...base,
        employers: uniq([doc.employer?.kvkNumber, ...kvkOf(doc.organisation)]),
        regions: uniq([doc.region, ...regionsOfRefs(doc.organisation), ...regionsOfRefs(doc.onBehalfOf)]),
        periodFrom: dateOf(doc.at),
        periodTo: dateOf(doc.at),
      };
  }
}

/** KvK number of an organisation reference, when it is one. */
function kvkOf(ref: Doc | undefined): string[] {
  return ref?.scheme === 'KVK' && typeof ref.value === 'string' ? [ref.value] : [];
}

/** The date part of an ISO date-time. */
function dateOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value.slice(0, 10) : undefined;
}

function lastOf(dates: readonly unknown[]): string | undefined {
  return dates
    .filter((d): d is string => typeof d === 'string')
    .sort()
    .at(-1);
}

/**
 * A reference from a document to another record, by id in a top-level field. A write may only
 * name records the caller can read (missing and unreadable get the same 404, so a write is no
 * existence oracle). The `parent` reference is the one a document inherits its tenants from.
 *
 * @public
 */
export interface RecordReference {
  /** Top-level field of the document that holds the id. */
  readonly field: string;
  /** Collection the referenced record must be in. */
  readonly collection: RecordCollection;
  /** The record inherits the referenced record's tenants (employers and regions). */
  readonly parent: boolean;
  /**
   * The reference must equal this field of the parent (a job-coach report's placement is its
   * plan's): checked against the parent instead of looked up, so a party that reads only the
   * parent (the job coach) can still name it.
   */
  readonly sameAsParent?: string;
}

const parent = (field: string, collection: RecordCollection): RecordReference => ({ field, collection, parent: true });
const link = (field: string, collection: RecordCollection): RecordReference => ({ field, collection, parent: false });
const parentsOwn = (field: string, collection: RecordCollection, parentField = field): RecordReference => ({
  field,
  collection,
  parent: false,
  sameAsParent: parentField,
});

/**
 * The references of each collection's documents that the server checks on every write.
 *
 * @public
 */
export const RECORD_REFERENCES: Readonly<Record<RecordCollection, readonly RecordReference[]>> = {
  'partnership-agreements': [],
  'execution-plans': [parent('partnershipId', 'partnership-agreements')],
  vacancies: [],
  'candidate-proposals': [parent('vacancyId', 'vacancies'), link('placementId', 'placements')],
  placements: [link('vacancyId', 'vacancies'), link('proposalId', 'candidate-proposals'), link('executionPlanId', 'execution-plans')],
  'instrument-grants': [parent('placementId', 'placements'), link('wageValueAssessmentId', 'wage-value-assessments')],
  'placement-follow-ups': [parent('placementId', 'placements'), link('trialPlacementId', 'placements')],
  'job-coach-plans': [parent('placementId', 'placements'), link('grantId', 'instrument-grants')],
  'job-coach-reports': [parent('planId', 'job-coach-plans'), parentsOwn('placementId', 'placements')],
  'wage-value-assessments': [parent('placementId', 'placements')],
  'wage-cost-subsidy-declarations': [
    parent('grantId', 'instrument-grants'),
    parentsOwn('placementId', 'placements'),
    link('supersedes', 'wage-cost-subsidy-declarations'),
  ],
  'contact-moments': [
    link('partnershipId', 'partnership-agreements'),
    link('vacancyId', 'vacancies'),
    link('proposalId', 'candidate-proposals'),
    link('placementId', 'placements'),
  ],
};

/**
 * The record a document hangs under and inherits its tenants from (an execution plan under
 * its partnership agreement, a proposal under its vacancy, …): the `parent` entries of
 * {@link RECORD_REFERENCES}.
 *
 * @public
 */
export const PARENT_REFERENCES: Readonly<
  Partial<Record<RecordCollection, { readonly field: string; readonly collection: RecordCollection }>>
> = Object.fromEntries(
  RECORD_COLLECTIONS.flatMap((c) =>
    RECORD_REFERENCES[c].filter((r) => r.parent).map((r) => [c, { field: r.field, collection: r.collection }]),
  ),
);

/**
 * The record ids a document names in its checked references (string values only).
 *
 * @public
 */
export function recordReferencesOf(collection: RecordCollection, doc: Doc): (RecordReference & { id: string })[] {
  return RECORD_REFERENCES[collection].flatMap((r) => (typeof doc[r.field] === 'string' ? [{ ...r, id: doc[r.field] as string }] : []));
}

/**
 * The parent id a document names, if its collection has a parent and the id is a string.
 *
 * @public
 */
export function parentReferenceOf(
  collection: RecordCollection,
  doc: Doc,
): { field: string; collection: RecordCollection; id: string } | undefined {
  const ref = recordReferencesOf(collection, doc).find((r) => r.parent);
  return ref && { field: ref.field, collection: ref.collection, id: ref.id };
}

function kvkRefsWithPaths(value: unknown, path: (string | number)[], out: { path: (string | number)[]; value: string }[]): void {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) kvkRefsWithPaths(v, [...path, i], out);
  } else if (value && typeof value === 'object') {
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
    case 'wage-cost-subsidy-declarations':
      add(['employer', 'kvkNumber'], doc.employer?.kvkNumber);
      break;
    case 'contact-moments':
      // The contacting organisation is one of the record's tenants too (a job-coach organisation
      // or SW company by its KvK number), and a contact moment has no parent to check instead.
      add(['employer', 'kvkNumber'], doc.employer?.kvkNumber);
      if (doc.organisation?.scheme === 'KVK') add(['organisation', 'value'], doc.organisation.value);
      break;
    case 'candidate-proposals':
      if (doc.proposedBy?.scheme === 'KVK') add(['proposedBy', 'value'], doc.proposedBy.value);
      break;
    // A job-coach plan names its provider and a follow-up the organisation responsible for it
    // (a job-coach organisation or WSP, not an employer): the parties of the placement choose
    // who coaches or follows up, and that organisation then reads the record.
    case 'placement-follow-ups':
    case 'instrument-grants':
    case 'job-coach-plans':
    case 'job-coach-reports':
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
      if (next !== item) {
        out ??= target.slice();
        out[k] = next;
      }
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
