import { OrgScheme } from '../../common/building-blocks.js';
import type { AnyDocument } from '../document-types.js';

/** A path into a document. @internal */
export type Path = (string | number)[];

// One walk over a document indexes what the identifier rules look at: organisation
// references, identifier strings, GM/AM-shaped codes and SBI objects, each in document order.
// `ctx.facts.identifiers` builds it once per validation and IDN-001…008 share it.

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
const GM_CODE = /^GM\d{4}$/;
const AM_CODE = /^AM\d{2}$/;
/** Whether `s` is exactly `GM` followed by 4 digits (as `isValidGmCode` for a string). @internal */
export function isGmShaped(s: string): boolean {
  return GM_CODE.test(s);
}

function indexString(index: DocumentIndex, path: Path, key: string | number, value: string): void {
  if (key === 'bsn' || key === 'rsin' || key === 'payrollTaxNumber') index[key].push({ path: [...path, key], value });
  else if (key === 'value') return; // an OrgRef value: indexed with its scheme
  // Length first: most strings are neither code, and the test is then free.
  if (value.length === 6 && GM_CODE.test(value)) index.gmCodes.push({ path: [...path, key], value });
  else if (value.length === 4 && AM_CODE.test(value)) index.amCodes.push({ path: [...path, key], value });
}

// The walk keeps one path that grows and shrinks with it, and copies it only for what it keeps.
function visitChild(index: DocumentIndex, path: Path, key: string | number, child: unknown): void {
  if (typeof child === 'string') indexString(index, path, key, child);
  else if (child !== null && typeof child === 'object') {
    path.push(key);
    visit(index, path, child);
    path.pop();
  }
}

/** A JSON object (parsed documents hold no other objects than these and arrays). */
function isRecord(node: object): node is Record<string, unknown> {
  return !Array.isArray(node);
}

function visit(index: DocumentIndex, path: Path, node: object): void {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) visitChild(index, path, i, node[i]);
    return;
  }
  if (!isRecord(node)) return;
  // `scheme`, `value` and `version` are picked up while walking the keys: looking them up on
  // every object, most of which have none of them, costs more than the walk.
  const orgRefsBefore = index.orgRefs.length;
  const sbiBefore = index.sbi.length;
  let scheme: unknown;
  let value: unknown;
  let version: unknown;
  for (const key in node) {
    const child = node[key];
    if (key === 'scheme') scheme = child;
    else if (key === 'value') value = child;
    else if (key === 'version') version = child;
    if (key !== 'extensions') visitChild(index, path, key, child);
  }
  // An organisation reference or SBI object goes before what was found inside it: document order.
  if (typeof scheme === 'string' && typeof value === 'string' && SCHEMES.has(scheme))
    index.orgRefs.splice(orgRefsBefore, 0, { path: [...path, 'value'], scheme, value });
  if (typeof version === 'string' && version.startsWith('SBI')) index.sbi.splice(sbiBefore, 0, { path: path.slice(), node, version });
}

/** Indexes a document in one walk over every node. @internal */
export function indexIdentifiers(root: unknown): DocumentIndex {
  const index: DocumentIndex = { bsn: [], rsin: [], payrollTaxNumber: [], orgRefs: [], gmCodes: [], amCodes: [], sbi: [] };
  if (root !== null && typeof root === 'object') visit(index, [], root);
  return index;
}

/**
 * The date a document's codes must be valid on: placement start, vacancy reception, plan
 * period start, partnership start, company visit of an assessment, drawing-up of an
 * instruction, proposal, contact moment, grant, declaration or coaching period, follow-up placement start.
 * @internal
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
    case 'ContactMoment':
      return doc.at.slice(0, 10);
    case 'InstrumentGrant':
    case 'WageCostSubsidyDeclaration':
    case 'JobCoachPlan':
    case 'JobCoachReport':
      return doc.period.from;
    case 'PlacementFollowUp':
      return doc.placementStartDate;
  }
}
