import { OrgScheme, type DocumentType } from '../../common/building-blocks.js';

/** A path into a document. @internal */
export type Path = (string | number)[];

/** Every document type: identifier rules look at all of them. @internal */
export const ALL_DOCUMENT_TYPES: readonly DocumentType[] = [
  'PartnershipAgreement',
  'ExecutionPlan',
  'Vacancy',
  'Placement',
  'WageValueAssessment',
  'EmployerInstruction',
];

// One pass over a document indexes what the identifier rules look at: organisation
// references, identifier strings and SBI objects. The walk keeps one mutable path and copies
// it only for the entries it keeps, so a validation pays for one cheap walk, not one per rule.
interface DocumentIndex {
  readonly orgRefs: { path: Path; scheme: string; value: string }[];
  readonly strings: { path: Path; key: string | number; value: string }[];
  readonly sbi: { path: Path; node: Record<string, unknown>; version: string }[];
}

const SCHEMES = new Set<string>(OrgScheme.options);
/** Field names whose string values identifier rules read. */
const INDEXED_FIELDS = new Set(['bsn', 'rsin', 'payrollTaxNumber']);
const indexCache = new WeakMap<object, DocumentIndex>();

/** Strings worth indexing: named identifier fields and anything shaped like a GM/AM code. */
function isIndexedString(key: string | number, value: string): boolean {
  if (typeof key === 'string' && INDEXED_FIELDS.has(key)) return true;
  const c = value.charCodeAt(0);
  return (value.length === 6 || value.length === 4) && (c === 71 /* G */ || c === 65 /* A */) && value.charCodeAt(1) === 77; /* M */
}

function indexOf(root: unknown): DocumentIndex {
  if (root === null || typeof root !== 'object') return { orgRefs: [], strings: [], sbi: [] };
  const cached = indexCache.get(root);
  if (cached) return cached;
  const index: DocumentIndex = { orgRefs: [], strings: [], sbi: [] };
  const path: Path = [];
  const visitChild = (child: unknown, key: string | number): void => {
    if (typeof child === 'string') {
      if (isIndexedString(key, child)) index.strings.push({ path: [...path, key], key, value: child });
    } else if (child !== null && typeof child === 'object') {
      path.push(key);
      visit(child);
      path.pop();
    }
  };
  const visit = (node: object): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) visitChild(node[i], i);
      return;
    }
    const obj = node as Record<string, unknown>;
    const { scheme, value, version } = obj;
    if (typeof scheme === 'string' && typeof value === 'string' && SCHEMES.has(scheme)) index.orgRefs.push({ path: [...path, 'value'], scheme, value });
    if (typeof version === 'string' && version.startsWith('SBI')) index.sbi.push({ path: [...path], node: obj, version });
    for (const k in obj) if (k !== 'extensions') visitChild(obj[k], k);
  };
  visit(root);
  indexCache.set(root, index);
  return index;
}

/** Every organisation reference (`{ scheme, value }`) in a document, optionally of some schemes. @internal */
export function orgRefs(doc: unknown, schemes?: readonly string[]): { path: Path; scheme: string; value: string }[] {
  const out: { path: Path; scheme: string; value: string }[] = [];
  for (const ref of indexOf(doc).orgRefs) {
    if (schemes && !schemes.includes(ref.scheme)) continue;
    out.push({ path: [...ref.path], scheme: ref.scheme, value: ref.value });
  }
  return out;
}

/** Every string stored under a field with one of these names. @internal */
export function fieldsNamed(doc: unknown, names: readonly string[]): { path: Path; value: string }[] {
  const out: { path: Path; value: string }[] = [];
  for (const s of indexOf(doc).strings) {
    if (typeof s.key === 'string' && names.includes(s.key)) out.push({ path: [...s.path], value: s.value });
  }
  return out;
}

/** Every string that is exactly a code of this shape, outside organisation references. @internal */
export function codesLike(doc: unknown, shape: RegExp): { path: Path; value: string }[] {
  const out: { path: Path; value: string }[] = [];
  for (const s of indexOf(doc).strings) {
    if (s.key === 'value' || !shape.test(s.value)) continue; // an OrgRef value: handled with its scheme
    out.push({ path: [...s.path], value: s.value });
  }
  return out;
}

/** Every SBI object (`{ version: 'SBI_…', code }`) in a document. @internal */
export function sbiCodes(doc: unknown): { path: Path; node: Record<string, unknown>; version: string }[] {
  return indexOf(doc).sbi.map((e) => ({ path: [...e.path], node: e.node, version: e.version }));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The date a record's codes must be valid on: placement start, vacancy reception, plan
 * period start, partnership start, company visit of an assessment, drawing-up of an
 * instruction; `asOf` when the record has none. @internal
 */
export function referenceDate(doc: Record<string, any>, asOf: string): string {
  const candidates: Record<string, unknown> = {
    Placement: doc.startDate,
    Vacancy: typeof doc.receivedAt === 'string' ? doc.receivedAt.slice(0, 10) : undefined,
    ExecutionPlan: doc.period?.from,
    PartnershipAgreement: doc.validFrom,
    WageValueAssessment: doc.companyVisitOn,
    EmployerInstruction: doc.drawnUpOn,
  };
  const d = candidates[doc.documentType as string];
  return typeof d === 'string' && ISO_DATE.test(d) ? d : asOf;
}
