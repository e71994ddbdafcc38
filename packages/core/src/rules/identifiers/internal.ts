import { DocumentType, OrgScheme } from '../../common/building-blocks.js';
import type { RuleContext } from '../rule.js';
import { scopeOf } from '../scope.js';

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

function buildIndex(root: unknown): DocumentIndex {
  const index = emptyIndex();
  if (root !== null && typeof root === 'object') visit(index, [], root);
  return index;
}

// A walk plan derived once from a document schema: which fields can hold anything the index
// keeps. Parsed output has exactly the schema's keys, in the schema's order, so walking the
// plan finds the same entries in the same order as walking every node, while skipping numbers,
// booleans, dates, enums without GM/AM codes and formatted strings (uuid, date, e-mail…).
// Anything the plan does not understand (records, unknown, unions…) falls back to the full walk.
const SKIP = 0;
const STRING = 1;
const GENERIC = 2;
interface ObjectPlan {
  readonly kind: 'object';
  readonly keys: readonly string[];
  readonly plans: readonly Plan[];
  /** The shape has `scheme` and `value`: it may be an organisation reference. */
  readonly orgRef: boolean;
  /** The shape has `version`: it may be an SBI object. */
  readonly sbi: boolean;
}
interface ArrayPlan {
  readonly kind: 'array';
  readonly element: Plan;
}
type Plan = typeof SKIP | typeof STRING | typeof GENERIC | ObjectPlan | ArrayPlan;

/** What the plan reads of a zod schema (`schema._zod.def`). */
interface SchemaDef {
  readonly type: string;
  readonly innerType?: unknown;
  readonly shape?: Record<string, unknown>;
  readonly catchall?: unknown;
  readonly element?: unknown;
  readonly format?: string;
  readonly entries?: Record<string, unknown>;
  readonly values?: readonly unknown[];
}

/** String formats whose values can never be a GM or AM code. */
const CODE_FREE_FORMATS = new Set(['uuid', 'guid', 'datetime', 'date', 'email', 'url']);
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch']);
const SCALARS = new Set(['number', 'int', 'boolean', 'bigint', 'null', 'undefined', 'nan', 'date', 'never', 'void']);
const KEYED_FIELDS = new Set(['bsn', 'rsin', 'payrollTaxNumber']);
const plans = new WeakMap<object, Plan>();

function defOf(schema: unknown): SchemaDef | undefined {
  return (schema as { _zod?: { def?: SchemaDef } } | null)?._zod?.def;
}

function mayBeCode(values: readonly unknown[]): boolean {
  return values.some((v) => typeof v === 'string' && (isGmShaped(v) || isAmShaped(v)));
}

function planOf(schema: unknown, depth = 0): Plan {
  let def = defOf(schema);
  while (def !== undefined && WRAPPERS.has(def.type)) {
    schema = def.innerType;
    def = defOf(schema);
  }
  if (def === undefined || depth > 64) return GENERIC;
  const known = plans.get(schema as object);
  if (known !== undefined) return known;
  let plan: Plan = GENERIC;
  if (SCALARS.has(def.type)) plan = SKIP;
  else if (def.type === 'string') plan = def.format !== undefined && CODE_FREE_FORMATS.has(def.format) ? SKIP : STRING;
  else if (def.type === 'enum') plan = mayBeCode(Object.values(def.entries ?? {})) ? STRING : SKIP;
  else if (def.type === 'literal') plan = mayBeCode(def.values ?? []) ? STRING : SKIP;
  else if (def.type === 'array') {
    const element = planOf(def.element, depth + 1);
    plan = element === SKIP ? SKIP : { kind: 'array', element };
  } else if (def.type === 'object' && def.shape !== undefined && (def.catchall === undefined || defOf(def.catchall)?.type === 'never')) {
    const keys: string[] = [];
    const childPlans: Plan[] = [];
    for (const key of Object.keys(def.shape)) {
      if (key === 'extensions') continue;
      let child = planOf(def.shape[key], depth + 1);
      if (child === SKIP && KEYED_FIELDS.has(key)) child = STRING;
      if (child === SKIP) continue;
      keys.push(key);
      childPlans.push(child);
    }
    const orgRef = 'scheme' in def.shape && 'value' in def.shape;
    const sbi = 'version' in def.shape;
    plan = keys.length === 0 && !orgRef && !sbi ? SKIP : { kind: 'object', keys, plans: childPlans, orgRef, sbi };
  }
  plans.set(schema as object, plan);
  return plan;
}

function visitPlannedChild(index: DocumentIndex, path: Path, child: unknown, key: string | number, plan: Plan): void {
  if (typeof child === 'string') {
    indexString(index, path, key, child);
  } else if (child !== null && typeof child === 'object') {
    path.push(key);
    if (typeof plan === 'object') visitPlanned(index, path, child, plan);
    else visit(index, path, child);
    path.pop();
  }
}

function visitPlanned(index: DocumentIndex, path: Path, node: object, plan: ObjectPlan | ArrayPlan): void {
  if (plan.kind === 'array') {
    if (!Array.isArray(node)) return visit(index, path, node);
    const element = plan.element;
    for (let i = 0; i < node.length; i++) visitPlannedChild(index, path, node[i], i, element);
    return;
  }
  if (Array.isArray(node)) return visit(index, path, node);
  const obj = node as Record<string, unknown>;
  if (plan.orgRef) {
    const scheme = obj.scheme;
    const value = obj.value;
    if (typeof scheme === 'string' && typeof value === 'string' && SCHEMES.has(scheme)) index.orgRefs.push({ path: pathTo(path, 'value'), scheme, value });
  }
  if (plan.sbi) {
    const version = obj.version;
    if (typeof version === 'string' && version.startsWith('SBI')) index.sbi.push({ path: path.slice(), node: obj, version });
  }
  const keys = plan.keys;
  const childPlans = plan.plans;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const child = obj[key];
    if (child !== undefined) visitPlannedChild(index, path, child, key, childPlans[i]!);
  }
}

// Where the runtime allows it (as zod's own object parser does), a plan is compiled into one
// straight-line function per schema: literal paths instead of a path stack, and property reads
// that each see one shape. Without eval (a strict CSP) the plan is interpreted.
type CompiledWalk = (index: DocumentIndex, root: object) => void;
const compiled = new WeakMap<object, CompiledWalk | null>();
let allowsEval: boolean | undefined;
/** Whether `new Function` works here; asked on first use, not at import (a CSP would report it). */
function evalAllowed(): boolean {
  if (allowsEval === undefined) {
    try {
      new Function('');
      allowsEval = true;
    } catch {
      allowsEval = false;
    }
  }
  return allowsEval;
}

/** Appends `s` under `path` when it is a GM or AM code (a field not named `value`). */
function indexCode(index: DocumentIndex, path: Path, s: string): void {
  if (isGmShaped(s)) index.gmCodes.push({ path, value: s });
  else if (isAmShaped(s)) index.amCodes.push({ path, value: s });
}

const helpers = { SCHEMES, visit, indexString, indexCode, isGmShaped, isAmShaped };

function compile(plan: ObjectPlan | ArrayPlan): CompiledWalk | null {
  let n = 0;
  const lit = (k: string | number): string => (typeof k === 'number' ? String(k) : JSON.stringify(k));
  const pathCode = (path: readonly string[]): string => `[${path.join(', ')}]`;
  const gen = (p: Plan, expr: string, path: readonly string[]): string => {
    const v = `v${n++}`;
    if (p === SKIP) return '';
    if (p === STRING || p === GENERIC) {
      // The element of an array (numeric key) or a field read by the parent.
      return `{ const ${v} = ${expr}; if (typeof ${v} === 'string') h.indexString(idx, ${pathCode(path.slice(0, -1))}, ${path[path.length - 1]}, ${v}); else if (${v} !== null && typeof ${v} === 'object') h.visit(idx, ${pathCode(path)}, ${v}); }\n`;
    }
    if (p.kind === 'array') {
      const i = `i${n++}`;
      return `{ const ${v} = ${expr}; if (Array.isArray(${v})) { for (let ${i} = 0; ${i} < ${v}.length; ${i}++) ${gen(p.element, `${v}[${i}]`, [...path, i])} } else if (typeof ${v} === 'string') h.indexString(idx, ${pathCode(path.slice(0, -1))}, ${path[path.length - 1]}, ${v}); else if (${v} !== null && typeof ${v} === 'object') h.visit(idx, ${pathCode(path)}, ${v}); }\n`;
    }
    let body = '';
    if (p.orgRef)
      body += `{ const s = ${v}.scheme, x = ${v}.value; if (typeof s === 'string' && typeof x === 'string' && h.SCHEMES.has(s)) idx.orgRefs.push({ path: ${pathCode([...path, lit('value')])}, scheme: s, value: x }); }\n`;
    if (p.sbi)
      body += `{ const s = ${v}.version; if (typeof s === 'string' && s.startsWith('SBI')) idx.sbi.push({ path: ${pathCode(path)}, node: ${v}, version: s }); }\n`;
    p.keys.forEach((key, j) => {
      const child = p.plans[j]!;
      const read = `${v}[${lit(key)}]`;
      if (child === STRING && key !== 'bsn' && key !== 'rsin' && key !== 'payrollTaxNumber') {
        const c = `c${n++}`;
        // A string field: only GM/AM codes are kept, never under `value` (an OrgRef's).
        const onString = key === 'value' ? '' : `if (typeof ${c} === 'string') { if (${c}.length === 6 || ${c}.length === 4) h.indexCode(idx, ${pathCode([...path, lit(key)])}, ${c}); } else `;
        body += `{ const ${c} = ${read}; ${onString}if (${c} !== null && typeof ${c} === 'object') h.visit(idx, ${pathCode([...path, lit(key)])}, ${c}); }\n`;
      } else body += gen(child, read, [...path, lit(key)]);
    });
    return `{ const ${v} = ${expr}; if (${v} !== null && typeof ${v} === 'object') { if (Array.isArray(${v})) h.visit(idx, ${pathCode(path)}, ${v}); else {\n${body}} } else if (typeof ${v} === 'string') h.indexString(idx, ${pathCode(path.slice(0, -1))}, ${path[path.length - 1]}, ${v}); }\n`;
  };
  try {
    // The root is an object: `path.slice(0, -1)` is never reached for it.
    const source = `return function walk(idx, root) {\n${gen(plan, 'root', [])}};`;
    return new Function('h', source)(helpers) as CompiledWalk;
  } catch {
    return null;
  }
}

let compiledWalks = true;

/** Tests only: interpret plans even where compiling them is possible. @internal */
export function useCompiledWalks(on: boolean): void {
  compiledWalks = on;
}

// The last schema indexed, with its plan and walk: validating many documents of one type
// (an import) skips the two WeakMap lookups per document. Schemas and plans are immutable.
let lastSchema: unknown;
let lastPlan: Plan = GENERIC;
let lastWalk: CompiledWalk | null = null;

/** The index of a document known to be the output of `schema`. */
function buildPlannedIndex(root: unknown, schema: unknown): DocumentIndex {
  let plan: Plan;
  let walk: CompiledWalk | null;
  if (schema === lastSchema && schema !== undefined) {
    plan = lastPlan;
    walk = lastWalk;
  } else {
    plan = planOf(schema);
    walk = null;
    if (typeof plan === 'object') {
      const known = compiled.get(plan);
      if (known === undefined) compiled.set(plan, (walk = evalAllowed() ? compile(plan) : null));
      else walk = known;
    }
    lastSchema = schema;
    lastPlan = plan;
    lastWalk = walk;
  }
  if (typeof plan !== 'object' || root === null || typeof root !== 'object') return buildIndex(root);
  const index = emptyIndex();
  if (!compiledWalks) walk = null;
  if (walk !== null) walk(index, root);
  else visitPlanned(index, [], root, plan);
  return index;
}

/**
 * The identifier index of a document: from the validation's scope when `validate` runs the
 * rule, else built afresh. Entries (and their paths) belong to the index: copy before
 * changing them. @internal
 */
export function documentIndex(doc: unknown, ctx?: RuleContext): DocumentIndex {
  const scope = scopeOf(doc, ctx);
  if (scope === undefined) return buildIndex(doc);
  let index = scope.idIndex as DocumentIndex | undefined;
  if (index === undefined) scope.idIndex = index = buildPlannedIndex(doc, scope.schema);
  return index;
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
  }
  return isDateShaped(d) ? d : asOf;
}
