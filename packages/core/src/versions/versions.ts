import type { DocumentType } from '../common/building-blocks.js';
import { STANDARD_VERSION } from '../common/primitives.js';

/**
 * Support state of a version of the standard (see docs/standard/compatibility.md).
 *
 * @public
 */
export type VersionStatus = 'current' | 'deprecated' | 'retired';

/**
 * One published version of the standard: when it was released, which document types it
 * has and where its JSON Schemas are. Versions are data: a new version is a new entry here
 * plus its migrations, never a change to an older entry.
 *
 * @public
 */
export interface StandardVersionInfo {
  /** `major.minor`, the value of `standardVersion` in its documents. */
  readonly version: string;
  /** Release date (YYYY-MM-DD). */
  readonly date: string;
  /** `current`: what this package writes. `deprecated`: still read and upgraded. `retired`: refused. */
  readonly status: VersionStatus;
  /** Last day a deprecated version is still accepted (12 months after its successor, see the policy). */
  readonly supportedUntil?: string;
  /** Document types of this version. */
  readonly documentTypes: readonly DocumentType[];
  /** One-line summary per language, for the changelog. */
  readonly summaryEn: string;
  readonly summaryNl: string;
}

const ALL_0_1: readonly DocumentType[] = [
  'PartnershipAgreement',
  'ExecutionPlan',
  'Vacancy',
  'Placement',
  'WageValueAssessment',
  'EmployerInstruction',
];

/** New in 0.2: the daily-flow documents (issue 13). */
const DAILY_FLOW_0_2: readonly DocumentType[] = [
  'CandidateProposal',
  'InstrumentGrant',
  'PlacementFollowUp',
  'WageCostSubsidyDeclaration',
  'JobCoachPlan',
  'JobCoachReport',
  'ContactMoment',
];

/**
 * Every version of the standard, oldest first. The last one is {@link STANDARD_VERSION}.
 *
 * @public
 */
export const standardVersions: readonly StandardVersionInfo[] = [
  {
    version: '0.1',
    date: '2026-11-23',
    status: 'deprecated',
    supportedUntil: '2027-12-31',
    documentTypes: ALL_0_1,
    summaryEn: 'First published version.',
    summaryNl: 'Eerste gepubliceerde versie.',
  },
  {
    version: STANDARD_VERSION,
    date: '2026-12-02',
    status: 'current',
    documentTypes: [...ALL_0_1, ...DAILY_FLOW_0_2],
    summaryEn:
      'Strict documents: an unknown field is an error; extra data goes in `extensions` under reverse-DNS keys. New daily-flow documents: candidate proposal, instrument grant, placement follow-up, LKS declaration, job-coach plan and report, contact moment; lifecycles and events as data.',
    summaryNl:
      'Strikte documenten: een onbekend veld is een fout; extra gegevens staan in `extensions` onder sleutels met een omgekeerde domeinnaam. Nieuwe documenten voor de dagelijkse uitvoering: voordracht, voorziening, nazorg, LKS-declaratie, jobcoachplan, voortgangsrapportage en contactmoment; levenscycli en gebeurtenissen als gegevens.',
  },
];

/**
 * The version this package writes and validates natively.
 *
 * @public
 */
export const CURRENT_STANDARD_VERSION: string = STANDARD_VERSION;

/**
 * The declaration of a version, or undefined when the standard has no such version.
 *
 * @public
 */
export function getStandardVersion(version: string): StandardVersionInfo | undefined {
  return standardVersions.find((v) => v.version === version);
}

/**
 * Versions this package still reads (current and deprecated, not past their support date).
 *
 * @public
 */
export function supportedStandardVersions(asOf: string = new Date().toISOString().slice(0, 10)): readonly string[] {
  return standardVersions
    .filter((v) => v.status === 'current' || (v.status === 'deprecated' && (v.supportedUntil === undefined || asOf <= v.supportedUntil)))
    .map((v) => v.version);
}

/**
 * Orders two version strings (`0.2` < `0.10`); -1, 0 or 1.
 *
 * @public
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

function kebab(s: string): string {
  return s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/**
 * Path of a version's JSON Schema of a document type inside the package, e.g. `schemas/0.1/placement.schema.json`.
 *
 * @public
 */
export function schemaPath(version: string, type: DocumentType): string {
  return `schemas/${version}/${kebab(type)}.schema.json`;
}

/**
 * The `$id` of a version's JSON Schema of a document type.
 *
 * @public
 */
export function schemaId(version: string, type: DocumentType): string {
  return `https://banenafspraak.nl/${schemaPath(version, type)}`;
}
