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
// references, strings by field name, and SBI objects. Paths are kept as parent links and
// only turned into arrays for the entries a rule asks for, so a validation pays for one
// walk, not one per rule with a path copy per node.
interface Frame {
  readonly key: string | number;
  readonly parent: Frame | undefined;
}

function pathOf(frame: Frame | undefined): Path {
  const path: Path = [];
  for (let f = frame; f; f = f.parent) path.push(f.key);
  return path.reverse();
}

interface DocumentIndex {
  readonly orgRefs: { frame: Frame | undefined; scheme: string; value: string }[];
  readonly strings: { frame: Frame; key: string | number; value: string }[];
  readonly sbi: { frame: Frame | undefined; node: Record<string, unknown>; version: string }[];
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
  const cached = root !== null && typeof root === 'object' ? indexCache.get(root) : undefined;
  if (cached) return cached;
  const index: DocumentIndex = { orgRefs: [], strings: [], sbi: [] };
  const visitChild = (child: unknown, key: string | number, parent: Frame | undefined): void => {
    if (typeof child === 'string') {
      if (isIndexedString(key, child)) index.strings.push({ frame: { key, parent }, key, value: child });
    } else if (child !== null && typeof child === 'object') {
      visit(child, { key, parent });
    }
  };
  const visit = (node: object, frame: Frame | undefined): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) visitChild(node[i], i, frame);
      return;
    }
    const obj = node as Record<string, unknown>;
    const { scheme, value, version } = obj;
    if (typeof scheme === 'string' && typeof value === 'string' && SCHEMES.has(scheme)) index.orgRefs.push({ frame, scheme, value });
    if (typeof version === 'string' && version.startsWith('SBI')) index.sbi.push({ frame, node: obj, version });
    for (const k in obj) if (k !== 'extensions') visitChild(obj[k], k, frame);
  };
  if (root !== null && typeof root === 'object') {
    visit(root, undefined);
    indexCache.set(root, index);
  }
  return index;
}

/** Every organisation reference (`{ scheme, value }`) in a document, optionally of some schemes. @internal */
export function orgRefs(doc: unknown, schemes?: readonly string[]): { path: Path; scheme: string; value: string }[] {
  const out: { path: Path; scheme: string; value: string }[] = [];
  for (const ref of indexOf(doc).orgRefs) {
    if (schemes && !schemes.includes(ref.scheme)) continue;
    out.push({ path: [...pathOf(ref.frame), 'value'], scheme: ref.scheme, value: ref.value });
  }
  return out;
}

/** Every string stored under a field with one of these names. @internal */
export function fieldsNamed(doc: unknown, names: readonly string[]): { path: Path; value: string }[] {
  const out: { path: Path; value: string }[] = [];
  for (const s of indexOf(doc).strings) {
    if (typeof s.key === 'string' && names.includes(s.key)) out.push({ path: pathOf(s.frame), value: s.value });
  }
  return out;
}

/** Every string that is exactly a code of this shape, outside organisation references. @internal */
export function codesLike(doc: unknown, shape: RegExp): { path: Path; value: string }[] {
  const out: { path: Path; value: string }[] = [];
  for (const s of indexOf(doc).strings) {
    if (s.key === 'value' || !shape.test(s.value)) continue; // an OrgRef value: handled with its scheme
    out.push({ path: pathOf(s.frame), value: s.value });
  }
  return out;
}

/** Every SBI object (`{ version: 'SBI_…', code }`) in a document. @internal */
export function sbiCodes(doc: unknown): { path: Path; node: Record<string, unknown>; version: string }[] {
  return indexOf(doc).sbi.map((e) => ({ path: pathOf(e.frame), node: e.node, version: e.version }));
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
