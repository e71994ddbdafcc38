import { CHECKS, type CheckCategory } from './internal/checks.js';
import { CheckFailure, CheckSkipped, Context } from './internal/context.js';

/**
 * Outcome of one check.
 *
 * @public
 */
export type CheckStatus = 'passed' | 'failed' | 'skipped';

/**
 * One check as data: what it sends and expects (the table of docs/standard/conformance.md).
 *
 * @public
 */
export interface ConformanceCheck {
  /** Stable id, e.g. `CNF-ADR-001` or `CNF-VAL-PLC-003`; never reused for another check. */
  readonly id: string;
  /** `ADR` (NL API Design Rules), `VAL` (validation), `CON` (concurrency), `IDM` (idempotency), `PAG` (pagination), `TEN` (tenant isolation), `LCY` (lifecycles), `EMI` (werkgeversinstructie), `VER` (standard versions), `EVT` (events and webhooks). */
  readonly category: CheckCategory;
  readonly title: string;
  /** The requests the check sends, in words. */
  readonly sends: string;
  /** What a conformant server does, in words. */
  readonly expects: string;
  /** True when the check needs the employee token (`--token-employee`). */
  readonly needsEmployee: boolean;
}

export type { CheckCategory };

/**
 * The result of one check.
 *
 * @public
 */
export interface CheckResult {
  readonly id: string;
  readonly category: CheckCategory;
  readonly title: string;
  readonly status: CheckStatus;
  readonly durationMs: number;
  /** Why it failed or was skipped. */
  readonly message?: string;
  /** What a conformant server does (failed checks). */
  readonly expected?: string;
  /** What this server did (failed checks). */
  readonly observed?: string;
  /** The requests the check sent, with the status of each answer. */
  readonly requests: readonly string[];
}

/**
 * The result of a run.
 *
 * @public
 */
export interface ConformanceReport {
  readonly baseUrl: string;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly results: readonly CheckResult[];
  /** Records the suite created but could not delete (not in their initial status any more): `collection/id`. */
  readonly leftBehind: readonly string[];
}

/**
 * Options of {@link runConformance}.
 *
 * @public
 */
export interface ConformanceOptions {
  /** Base URL including the version path, e.g. `http://localhost:3000/v1`. */
  readonly baseUrl: string;
  /**
   * Bearer token of the main tenant. It must be allowed to create every record type of the
   * canonical examples (employer KvK 12345678, region AM22), wage-value assessments included
   * (role `CASE_MANAGER`), e.g. the reference server's `gemeente` persona.
   */
  readonly token: string;
  /** Bearer token of a tenant that shares nothing with the main one (e.g. persona `andere-werkgever`). */
  readonly otherTenantToken: string;
  /**
   * Bearer token of the employee whose candidate id is that of the canonical placement
   * (persona `werknemer`). Without it the werkgeversinstructie checks are skipped.
   */
  readonly employeeToken?: string;
  /**
   * The fetch to use; default `globalThis.fetch`. Inject `app.fetch` to test in-process (a Hono
   * app's fetch may answer synchronously, hence `Response` too).
   */
  readonly fetch?: (request: Request) => Response | Promise<Response>;
  /** Only run checks whose id starts with one of these prefixes (e.g. `CNF-ADR`). */
  readonly only?: readonly string[];
  /**
   * A host name or address of this machine that the server can reach and has on its allow-list
   * of webhook hosts (e.g. `127.0.0.1` for a local server). The suite listens there for the
   * webhook checks (CNF-EVT-004, -005); without it they are skipped.
   */
  readonly webhookHost?: string;
  /** Timeout per request in ms (default 30 000). */
  readonly timeout?: number;
  /** Called after each check, e.g. to print progress. */
  readonly onResult?: (result: CheckResult) => void;
}

/**
 * The checks of the suite as data, in run order.
 *
 * @public
 */
export const conformanceChecks: readonly ConformanceCheck[] = CHECKS.map(({ id, category, title, sends, expects, needsEmployee }) => ({
  id,
  category,
  title,
  sends,
  expects,
  needsEmployee: needsEmployee ?? false,
}));

/**
 * Runs the conformance suite against a server and returns the report. Never throws for a
 * failing server: every problem is a failed check.
 *
 * @example
 * ```ts
 * import { runConformance, formatReport } from '@banenafspraak/conformance';
 * const report = await runConformance({ baseUrl: 'http://localhost:3000/v1', token, otherTenantToken });
 * console.log(formatReport(report));
 * process.exitCode = report.failed === 0 ? 0 : 1;
 * ```
 * @see docs/standard/conformance.md
 *
 * @public
 */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const started = Date.now();
  const fetchImpl = options.fetch ?? ((r: Request) => globalThis.fetch(r));
  const ctx = new Context({
    baseUrl: options.baseUrl,
    token: options.token,
    otherTenantToken: options.otherTenantToken,
    employeeToken: options.employeeToken,
    fetch: fetchImpl,
    timeout: options.timeout ?? 30_000,
    webhookHost: options.webhookHost,
  });
  const results: CheckResult[] = [];
  const selected = CHECKS.filter((c) => !options.only?.length || options.only.some((p) => c.id.startsWith(p)));
  for (const check of selected) {
    ctx.requests = [];
    const t0 = Date.now();
    let result: CheckResult;
    const base = { id: check.id, category: check.category, title: check.title };
    try {
      if (check.needsEmployee) ctx.requireEmployee();
      await check.run(ctx);
      result = { ...base, status: 'passed', durationMs: Date.now() - t0, requests: ctx.requests };
    } catch (e) {
      if (e instanceof CheckSkipped) {
        result = { ...base, status: 'skipped', durationMs: Date.now() - t0, message: e.message, requests: ctx.requests };
      } else if (e instanceof CheckFailure) {
        result = {
          ...base,
          status: 'failed',
          durationMs: Date.now() - t0,
          message: e.message,
          expected: e.expected,
          observed: e.observed,
          requests: ctx.requests,
        };
      } else {
        const err = e as { _tag?: string; message?: string; status?: number };
        const observed = err?._tag
          ? `${err._tag}${err.status ? ` ${err.status}` : ''}: ${err.message}`
          : String((e as Error)?.message ?? e);
        result = {
          ...base,
          status: 'failed',
          durationMs: Date.now() - t0,
          message: 'unexpected response',
          expected: 'the behaviour described for this check',
          observed,
          requests: ctx.requests,
        };
      }
    }
    results.push(result);
    options.onResult?.(result);
  }
  ctx.requests = [];
  const leftBehind = await ctx.cleanUp().catch(() => [...ctx.created.keys()]);
  return {
    baseUrl: options.baseUrl,
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    passed: results.filter((r) => r.status === 'passed').length,
    failed: results.filter((r) => r.status === 'failed').length,
    skipped: results.filter((r) => r.status === 'skipped').length,
    results,
    leftBehind,
  };
}
