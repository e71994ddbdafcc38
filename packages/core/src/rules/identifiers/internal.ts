import { DocumentType, OrgScheme } from '../../common/building-blocks.js';
import type { AnyDocument } from '../document-types.js';
import type { RuleContext } from '../legacy.js';

/** A path into a document. @internal */
export type Path = (string | number)[];

/** Every document type: identifier rules look at all of them. @internal */
export const ALL_DOCUMENT_TYPES: readonly DocumentType[] = DocumentType.options;

// One pass over a document indexes what the identifier rules look at: organisation
// references, identifier strings, GM/AM-shaped codes and SBI objects, each in document
// order. The walk keeps one mutable path and copies it only for the entries it keeps. During
// `validate` the index lives in the validation's scope (built once, shared by IDN-001…008,
// dropped when the call returns); a rule called on its own indexes afresh.

/** A string found in a document and where. @internal */
export interface IndexedString {
  readonly path: Path;
  readonly value: string;
}

/** An organisation reference (`{ scheme, value }`); `path` points at its `value`. @internal */
export interface IndexedOrgRef extends IndexedString {
  readonly scheme: string;
}

/** An SBI object (`{ version: 'SBI_…', code }`). @internal */
export interface IndexedSbi {
  readonly path: Path;
  readonly node: Record<string, unknown>;
  readonly version: string;
}

/** What the identifier rules read from one document. @internal */
export interface DocumentIndex {
  readonly bsn: IndexedString[];
  readonly rsin: IndexedString[];
  readonly payrollTaxNumber: IndexedString[];
  readonly orgRefs: IndexedOrgRef[];
  /** Strings that are exactly `GMnnnn`, outside organisation references. */
  readonly gmCodes: IndexedString[];
  /** Strings that are exactly `AMnn`, outside organisation references. */
  readonly amCodes: IndexedString[];
  readonly sbi: IndexedSbi[];
}

const SCHEMES = new Set<string>(OrgScheme.options);

function emptyIndex(): DocumentIndex {
  return { bsn: [], rsin: [], payrollTaxNumber: [], orgRefs: [], gmCodes: [], amCodes: [], sbi: [] };
}

function pathTo(path: Path, key: string | number): Path {
  const p = path.slice();
  p.push(key);
  return p;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Whether `s` is exactly `GM` followed by 4 digits (`/^GM\d{4}$/`, as `isValidGmCode` for a string). @internal */
export function isGmShaped(s: string): boolean {
  return (
    s.length === 6 &&
    s.charCodeAt(0) === 71 &&
    s.charCodeAt(1) === 77 &&
    isDigit(s.charCodeAt(2)) &&
    isDigit(s.charCodeAt(3)) &&
    isDigit(s.charCodeAt(4)) &&
    isDigit(s.charCodeAt(5))
  );
}

/** Whether `s` is exactly `AM` followed by 2 digits (`/^AM\d{2}$/`). */
function isAmShaped(s: string): boolean {
  return s.length === 4 && s.charCodeAt(0) === 65 && s.charCodeAt(1) === 77 && isDigit(s.charCodeAt(2)) && isDigit(s.charCodeAt(3));
}

function indexString(index: DocumentIndex, path: Path, key: string | number, value: string): void {
  if (typeof key === 'string') {
    if (key === 'bsn') index.bsn.push({ path: pathTo(path, key), value });
    else if (key === 'rsin') index.rsin.push({ path: pathTo(path, key), value });
    else if (key === 'payrollTaxNumber') index.payrollTaxNumber.push({ path: pathTo(path, key), value });
    else if (key === 'value') return; // an OrgRef value: handled with its scheme
  }
  if (isGmShaped(value)) index.gmCodes.push({ path: pathTo(path, key), value });
  else if (isAmShaped(value)) index.amCodes.push({ path: pathTo(path, key), value });
}

function visitChild(index: DocumentIndex, path: Path, child: unknown, key: string | number): void {
  if (typeof child === 'string') {
    indexString(index, path, key, child);
  } else if (child !== null && typeof child === 'object') {
    path.push(key);
    visit(index, path, child);
    path.pop();
  }
}

function visit(index: DocumentIndex, path: Path, node: object): void {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) visitChild(index, path, node[i], i);
    return;
  }
  const obj = node as Record<string, unknown>;
  const scheme = obj.scheme;
  const value = obj.value;
  const version = obj.version;
  if (typeof scheme === 'string' && typeof value === 'string' && SCHEMES.has(scheme)) index.orgRefs.push({ path: pathTo(path, 'value'), scheme, value });
  if (typeof version === 'string' && version.startsWith('SBI')) index.sbi.push({ path: path.slice(), node: obj, version });
  for (const k in obj) if (k !== 'extensions') visitChild(index, path, obj[k], k);
}

/** Indexes a document in one walk over every node. @internal */
export function indexIdentifiers(root: unknown): DocumentIndex {
  const index = emptyIndex();
  if (root !== null && typeof root === 'object') visit(index, [], root);
  return index;
}

/**
 * The identifier index of a document, built afresh. @internal
 * @deprecated Legacy rules only; rules read `ctx.facts.identifiers`.
 */
export function documentIndex(doc: unknown, _ctx?: RuleContext): DocumentIndex {
  return indexIdentifiers(doc);
}

/** Exactly `/^\d{4}-\d{2}-\d{2}$/`. */
function isDateShaped(d: unknown): d is string {
  if (typeof d !== 'string' || d.length !== 10) return false;
  for (let i = 0; i < 10; i++) {
    const c = d.charCodeAt(i);
    if (i === 4 || i === 7 ? c !== 45 : !isDigit(c)) return false;
  }
  return true;
}

/**
 * The date a record's codes must be valid on: placement start, vacancy reception, plan
 * period start, partnership start, company visit of an assessment, drawing-up of an
 * instruction, proposal, grant or declaration period, follow-up placement start; `asOf` when
 * the record has none. @internal
 */
export function referenceDate(doc: Record<string, any>, asOf: string): string {
  let d: unknown;
  switch (doc.documentType) {
    case 'Placement':
      d = doc.startDate;
      break;
    case 'Vacancy':
      d = typeof doc.receivedAt === 'string' ? doc.receivedAt.slice(0, 10) : undefined;
      break;
    case 'ExecutionPlan':
      d = doc.period?.from;
      break;
    case 'PartnershipAgreement':
      d = doc.validFrom;
      break;
    case 'WageValueAssessment':
      d = doc.companyVisitOn;
      break;
    case 'EmployerInstruction':
      d = doc.drawnUpOn;
      break;
    case 'CandidateProposal':
      d = typeof doc.proposedAt === 'string' ? doc.proposedAt.slice(0, 10) : undefined;
      break;
    case 'InstrumentGrant':
    case 'WageCostSubsidyDeclaration':
      d = doc.period?.from;
      break;
    case 'PlacementFollowUp':
      d = doc.placementStartDate;
      break;
    case 'JobCoachPlan':
    case 'JobCoachReport':
      d = doc.period?.from;
      break;
  }
  return isDateShaped(d) ? d : asOf;
}

/**
 * The date a document's codes must be valid on: placement start, vacancy reception, plan
 * period start, partnership start, company visit of an assessment, drawing-up of an
 * instruction, proposal, grant or declaration period, follow-up placement start. @internal
 */
export function documentReferenceDate(doc: AnyDocument, asOf: string): string {
  switch (doc.documentType) {
    case 'Placement':
      return doc.startDate;
    case 'Vacancy':
      return doc.receivedAt?.slice(0, 10) ?? asOf;
    case 'ExecutionPlan':
      return doc.period.from;
    case 'PartnershipAgreement':
      return doc.validFrom;
    case 'WageValueAssessment':
      return doc.companyVisitOn;
    case 'EmployerInstruction':
      return doc.drawnUpOn;
    case 'CandidateProposal':
      return doc.proposedAt.slice(0, 10);
    case 'InstrumentGrant':
    case 'WageCostSubsidyDeclaration':
      return doc.period.from;
    case 'PlacementFollowUp':
      return doc.placementStartDate;
    case 'JobCoachPlan':
    case 'JobCoachReport':
      return doc.period.from;
  }
}
