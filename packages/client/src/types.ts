import type { Issue } from '@banenafspraak/core';

/** A document with the ETag of the version that was read; pass `etag` to `update` and `delete`. */
export interface Versioned<T> {
  /** The document as stored, with its server-assigned `id`. */
  readonly document: T;
  /** Opaque version tag (`ETag` header), sent back as `If-Match` on writes. */
  readonly etag: string;
}

/** One page of a list. */
export interface Page<T> {
  /** The documents of this page. */
  readonly items: T[];
  /** Cursor of the next page; absent on the last page. */
  readonly nextCursor?: string;
}

/** Filters and paging of a list. All filters are combined with AND. */
export interface ListParams {
  /** Labour-market region (AM code), e.g. `AM22`. */
  readonly region?: string;
  /** Employer (KvK number). */
  readonly employer?: string;
  /** Lifecycle status, e.g. `ACTIVE`. */
  readonly status?: string;
  /** Records whose period overlaps [from, to] (ISO dates, inclusive). */
  readonly from?: string;
  /** See `from`. */
  readonly to?: string;
  /** Page size, 1–100. */
  readonly limit?: number;
  /** Cursor from a previous page's `nextCursor`. */
  readonly cursor?: string;
}

/** Paging of a search (`_zoek`). */
export interface PageParams {
  /** Page size, 1–100. */
  readonly limit?: number;
  /** Cursor from a previous page's `nextCursor`. */
  readonly cursor?: string;
}

/** Parameters of `placements.search`: the BSN travels in the body, never in the URL. */
export interface PlacementSearchParams extends PageParams {
  /** Burgerservicenummer, 9 digits. */
  readonly bsn: string;
}

/** Result of a dry-run validation (`_valideer`): nothing is stored. */
export interface ValidationReport {
  /** True when there is no issue of severity `error`. */
  readonly valid: boolean;
  /** Every issue found, structural and business rules. */
  readonly issues: Issue[];
}

/** One entry of a record's audit trail: who did what when, and how it ended. */
export interface AuditEntry {
  /** Order of the entry. */
  readonly sequence: number;
  /** The record the entry is about. */
  readonly recordId: string;
  /** Collection of the record, e.g. `placements`. */
  readonly collection: string;
  /** What was attempted. */
  readonly action: 'create' | 'update' | 'delete' | 'revoke' | 'purge';
  /** Who: user id and organisation (`KVK:12345678`, `AM:AM22`, …). */
  readonly actor: { readonly userId: string; readonly organisation?: string };
  /** ISO date-time. */
  readonly at: string;
  /** HTTP status of the attempt: failed attempts are recorded too. */
  readonly result: number;
  /** Document before the change, restricted parts removed. */
  readonly before?: Record<string, unknown>;
  /** Document after the change, restricted parts removed. */
  readonly after?: Record<string, unknown>;
  /** Names of the top-level fields that changed. */
  readonly changedFields: string[];
}

/** One read of an employer instruction (only the employee it belongs to sees the log). */
export interface InstructionRead {
  /** Order of the read. */
  readonly sequence: number;
  /** The instruction that was read. */
  readonly instructionId: string;
  /** Who read it. */
  readonly userId: string;
  /** Organisation of the reader. */
  readonly organisation?: string;
  /** ISO date-time. */
  readonly at: string;
}

/** A code list as listed by `codeLists.list()`. */
export interface CodeListSummary {
  /** Kebab-case id, used in the path, e.g. `labour-market-region`. */
  readonly id: string;
  /** Id of the list in the standard (PascalCase). */
  readonly name: string;
  readonly titleNl: string;
  readonly titleEn: string;
  /** Source of the list. */
  readonly source: string;
  /** Number of entries. */
  readonly size: number;
}

/** One entry of a code list; lists may add fields of their own. */
export interface CodeListEntry {
  readonly code: string;
  readonly labelNl: string;
  readonly labelEn: string;
  /** First day the code may be used. */
  readonly validFrom?: string;
  /** Last day the code may be used. */
  readonly validTo?: string;
  readonly source?: string;
  readonly [field: string]: unknown;
}

/** A code list with its entries. */
export interface CodeList extends CodeListSummary {
  readonly entries: CodeListEntry[];
}

/** How a progress report groups its rows. */
export type ProgressGrouping = 'region' | 'employer' | 'sector';

/** Parameters of the progress report. */
export interface ProgressReportParams {
  /** First day of the period (ISO date). */
  readonly from: string;
  /** Last day of the period (ISO date). */
  readonly to: string;
  /** `region` (default), `employer` or `sector`. */
  readonly groupBy?: ProgressGrouping;
}

/**
 * Voortgang taakstelling: indicative progress toward the targets in job equivalents
 * (baanequivalenten), over the placements the caller may see. The official figure is UWV's.
 */
export interface ProgressReport {
  readonly indicative: true;
  /** How the figures were computed. */
  readonly note: string;
  readonly period: { readonly from: string; readonly to: string };
  readonly groupBy: ProgressGrouping;
  /** Paid hours per week of one job (baanequivalent). */
  readonly hoursPerJob: number;
  readonly rows: {
    /** AM code, KvK number or sector (`UNKNOWN` when no partnership names it). */
    readonly key: string;
    /** Time-weighted average of counting job equivalents over the period. */
    readonly jobEquivalents: number;
    /** Counting placements active at some point in the period. */
    readonly placements: number;
    readonly target?: number;
    readonly progressPct?: number;
  }[];
  readonly totals: { readonly jobEquivalents: number; readonly placements: number; readonly target?: number };
  readonly excluded: { readonly unpaidType: number; readonly noCountingBasis: number };
}

/** Parameters of the harmonisation report. */
export interface HarmonisationReportParams {
  /** KvK number of the national employer. */
  readonly employer: string;
  /** Date to compare the arrangements on (ISO date); default today. */
  readonly asOf?: string;
}

/** A contact person in a harmonisation report. */
export interface ReportContact {
  readonly name: string;
  readonly role?: string;
  readonly email?: string;
}

/** Harmonisatierapport: where a national employer's arrangements differ between regions. */
export interface HarmonisationReport {
  readonly employer: { readonly kvkNumber: string; readonly name?: string };
  readonly asOf: string;
  /** Regions the employer works with. */
  readonly regions: string[];
  /** Regions without working arrangements in force. */
  readonly regionsWithoutArrangements: string[];
  readonly aspects: {
    readonly aspect: 'trialPlacement' | 'jobCoaching' | 'lksProcess' | 'employerContact';
    readonly labelNl: string;
    /** True when every region has the same arrangement. */
    readonly harmonised: boolean;
    /** Distinct arrangements (`null` when a region has none) with the regions that have them. */
    readonly variants: { readonly value: unknown; readonly regions: string[] }[];
  }[];
  readonly contacts: {
    readonly region: string;
    readonly employer: ReportContact[];
    readonly public: ReportContact[];
    /** AGR-001: one contact per side in force. */
    readonly exactlyOnePerSide: boolean;
  }[];
}
