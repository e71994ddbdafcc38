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

/**
 * Every node of a parsed document with its path, depth first. Vendor `extensions` are
 * skipped: the standard does not define what they hold. @internal
 */
export function* walk(node: unknown, path: Path = []): Generator<[Path, unknown]> {
  yield [path, node];
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* walk(node[i], [...path, i]);
  } else if (node !== null && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) if (k !== 'extensions') yield* walk(v, [...path, k]);
  }
}

const SCHEMES = new Set<string>(OrgScheme.options);

/** Every organisation reference (`{ scheme, value }`) in a document, optionally of some schemes. @internal */
export function orgRefs(doc: unknown, schemes?: readonly string[]): { path: Path; scheme: string; value: string }[] {
  const out: { path: Path; scheme: string; value: string }[] = [];
  for (const [path, node] of walk(doc)) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) continue;
    const { scheme, value } = node as { scheme?: unknown; value?: unknown };
    if (typeof scheme !== 'string' || !SCHEMES.has(scheme) || typeof value !== 'string') continue;
    if (schemes && !schemes.includes(scheme)) continue;
    out.push({ path: [...path, 'value'], scheme, value });
  }
  return out;
}

/** Every string stored under a field with one of these names. @internal */
export function fieldsNamed(doc: unknown, names: readonly string[]): { path: Path; value: string }[] {
  const out: { path: Path; value: string }[] = [];
  for (const [path, node] of walk(doc)) {
    const key = path.at(-1);
    if (typeof node === 'string' && typeof key === 'string' && names.includes(key)) out.push({ path, value: node });
  }
  return out;
}

/** Every string that is exactly a code of this shape, outside organisation references. @internal */
export function codesLike(doc: unknown, shape: RegExp): { path: Path; value: string }[] {
  const out: { path: Path; value: string }[] = [];
  for (const [path, node] of walk(doc)) {
    if (typeof node !== 'string' || !shape.test(node)) continue;
    if (path.at(-1) === 'value') continue; // an OrgRef value: handled with its scheme
    out.push({ path, value: node });
  }
  return out;
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
