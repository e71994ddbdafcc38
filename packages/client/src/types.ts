import type { LeadTimeGrouping, ProgressGrouping, RegionAttribution, ReportPeriodUnit, VacancyGrouping } from '@banenafspraak/core';

// The wire shapes besides the documents are core's (the standard's contract with any
// conformant server); type-only, so the client's main path loads none of core's runtime.
export type {
  AuditEntry,
  BalanceReport,
  CodeListDocument,
  CodeListDocumentEntry,
  CodeListSummary,
  Delivery,
  DeliveryAttempt,
  DeliveryPage,
  EventPage,
  HarmonisationReport,
  InstructionRead,
  LeadTimeGrouping,
  LeadTimeReport,
  LifecycleEvent,
  Page,
  ProgressGrouping,
  ProgressReport,
  RegionAttribution,
  ReportColumn,
  ReportContact,
  ReportPeriodUnit,
  Subscription,
  SubscriptionCreated,
  SubscriptionRequest,
  VacancyGrouping,
  VacancyReport,
  ValidationReport,
} from '@banenafspraak/core';

/**
 * A document with the ETag of the version that was read; pass `etag` to `update` and `delete`.
 *
 * @public
 */
export interface Versioned<T> {
  /** The document as stored, with its server-assigned `id`. */
  readonly document: T;
  /** Opaque version tag (`ETag` header), sent back as `If-Match` on writes. */
  readonly etag: string;
}

/**
 * Filters and paging of a list. All filters are combined with AND.
 *
 * @public
 */
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

/**
 * Paging of a search (`_zoek`).
 *
 * @public
 */
export interface PageParams {
  /** Page size, 1–100. */
  readonly limit?: number;
  /** Cursor from a previous page's `nextCursor`. */
  readonly cursor?: string;
}

/**
 * Parameters of `placements.search`: the BSN travels in the body, never in the URL.
 *
 * @public
 */
export interface PlacementSearchParams extends PageParams {
  /** Burgerservicenummer, 9 digits. */
  readonly bsn: string;
}

/**
 * Parameters of the progress report.
 *
 * @public
 */
export interface ProgressReportParams {
  /** First day of the period (ISO date). */
  readonly from: string;
  /** Last day of the period (ISO date). */
  readonly to: string;
  /** `region` (default), `employer`, `sector`, `payrollTaxNumber`, `plan` or `establishment`. */
  readonly groupBy?: ProgressGrouping;
  /** Region of a placement when grouped by region: `workplace` (default) or `residence`. */
  readonly regionAttribution?: RegionAttribution;
}

/**
 * Parameters of the lead-time report.
 *
 * @public
 */
export interface LeadTimeReportParams {
  /** Cases whose start event falls in [from, to] (ISO dates). */
  readonly from: string;
  readonly to: string;
  /** Measurement date (default today on the server). */
  readonly asOf?: string;
  /** `none`, `region` (default), `employer` or `period`. */
  readonly groupBy?: LeadTimeGrouping;
  /** `month`, `quarter` (default) or `year`, when grouped by period. */
  readonly periodUnit?: ReportPeriodUnit;
}

/**
 * Parameters of the vacancy report.
 *
 * @public
 */
export interface VacancyReportParams {
  /** Vacancies received in [from, to] (ISO dates). */
  readonly from: string;
  readonly to: string;
  readonly asOf?: string;
  /** An open vacancy older than this many working days is past the norm (default 20). */
  readonly normWorkingDays?: number;
  /** `NL_COMMON_CAO` (default) or `NL_STATUTORY`. */
  readonly calendarId?: string;
  /** `none`, `region` (default), `employer` or `period`. */
  readonly groupBy?: VacancyGrouping;
  /** `month` (default), `quarter` or `year`, when grouped by period. */
  readonly periodUnit?: ReportPeriodUnit;
}

/**
 * Parameters of the balance report.
 *
 * @public
 */
export interface BalanceReportParams {
  /** Placements that started in [from, to] (ISO dates). */
  readonly from: string;
  readonly to: string;
}

/**
 * Parameters of the harmonisation report.
 *
 * @public
 */
export interface HarmonisationReportParams {
  /** KvK number of the national employer. */
  readonly employer: string;
  /** Date to compare the arrangements on (ISO date); default today. */
  readonly asOf?: string;
  /** Region whose arrangement is the reference (the employer's preferred one); default: the one in force in most regions. */
  readonly referenceRegion?: string;
}

/**
 * Parameters of `events.list`.
 *
 * @public
 */
export interface EventListParams {
  /** Cursor (`nextCursor` of the previous page); omit to start at the first event. */
  readonly after?: string;
  /** Page size, 1–500. */
  readonly limit?: number;
  /** Long poll: when there is nothing after the cursor, wait up to this many seconds (0–30). */
  readonly wait?: number;
}

/**
 * Parameters of `events.iterate`.
 *
 * @public
 */
export interface EventIterateParams {
  /** Where to resume: a `nextCursor` you stored after handling a page. */
  readonly after?: string;
  /** Page size, 1–500. */
  readonly limit?: number;
  /** Keep going after the last event, long-polling for new ones, until aborted. */
  readonly follow?: boolean;
  /** Long poll per request when following, in seconds (default 20). */
  readonly wait?: number;
}

/**
 * Parameters of `subscriptions.deliveries`.
 *
 * @public
 */
export interface DeliveryListParams {
  /** Only deliveries with this status; `dead-letter` is the dead-letter list. */
  readonly status?: 'pending' | 'delivered' | 'dead-letter';
  readonly limit?: number;
  readonly cursor?: string;
}
