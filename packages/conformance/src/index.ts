/**
 * Conformance suite of the banenafspraak standard: numbered checks that test any server
 * against the standard's HTTP API (NL API Design Rules at run time, validation with every
 * rule id, concurrency, idempotency, pagination, tenant isolation, werkgeversinstructie
 * protection), with text, JSON and JUnit reports. The CLI is `banenafspraak-conformance`.
 *
 * @packageDocumentation
 */
export { renderConformanceDoc } from './docs.js';
export { escapeXml, formatReport, formatResult, formatSummary, toJUnitXml } from './report.js';
export {
  type CheckCategory,
  type CheckResult,
  type CheckStatus,
  type ConformanceCheck,
  type ConformanceOptions,
  type ConformanceReport,
  conformanceChecks,
  runConformance,
} from './run.js';
