import type { CheckResult, ConformanceReport } from './run.js';

const MARK = { passed: 'PASS', failed: 'FAIL', skipped: 'SKIP' } as const;

// A server's answer may contain terminal escape sequences; they never reach the terminal.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const printable = (text: string) => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');

/**
 * One line per check, with the expected and observed behaviour and the requests under a failure.
 *
 * @public
 */
export function formatResult(r: CheckResult): string {
  return printable(formatResultRaw(r));
}

function formatResultRaw(r: CheckResult): string {
  const lines = [`${MARK[r.status]}  ${r.id}  ${r.title}${r.status === 'skipped' && r.message ? ` (skipped: ${r.message})` : ''}`];
  if (r.status === 'failed') {
    if (r.message) lines.push(`      ${r.message}`);
    if (r.expected !== undefined) lines.push(`      expected: ${r.expected}`);
    if (r.observed !== undefined) lines.push(`      observed: ${r.observed}`);
    for (const req of r.requests.slice(-8)) lines.push(`      request:  ${req}`);
  }
  return lines.join('\n');
}

/**
 * The human-readable report: one line per check (PASS, FAIL, SKIP), details under each
 * failure, and a summary line.
 *
 * @public
 */
export function formatReport(report: ConformanceReport): string {
  const lines = report.results.map(formatResult);
  lines.push('', formatSummary(report));
  return `${lines.join('\n')}\n`;
}

/**
 * The summary line of a report.
 *
 * @public
 */
export function formatSummary(report: ConformanceReport): string {
  const left = report.leftBehind.length ? `; ${report.leftBehind.length} record(s) left behind (not deletable in their status)` : '';
  return `${report.failed === 0 ? 'CONFORMANT' : 'NOT CONFORMANT'}: ${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped of ${report.results.length} checks against ${report.baseUrl} in ${(report.durationMs / 1000).toFixed(1)} s${left}`;
}

/**
 * Escapes text for XML element content and attribute values.
 *
 * @public
 */
export function escapeXml(text: string): string {
  // Characters XML 1.0 does not allow at all are dropped; the five special ones escaped.
  return text
    .replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * The report as JUnit XML (one test suite per category, one test case per check).
 *
 * @public
 */
export function toJUnitXml(report: ConformanceReport): string {
  const byCategory = new Map<string, CheckResult[]>();
  for (const r of report.results) byCategory.set(r.category, [...(byCategory.get(r.category) ?? []), r]);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="banenafspraak conformance" tests="${report.results.length}" failures="${report.failed}" skipped="${report.skipped}" errors="0" time="${(report.durationMs / 1000).toFixed(3)}" timestamp="${escapeXml(report.startedAt)}">`,
  ];
  for (const [category, results] of byCategory) {
    const failures = results.filter((r) => r.status === 'failed').length;
    const skipped = results.filter((r) => r.status === 'skipped').length;
    const time = results.reduce((s, r) => s + r.durationMs, 0) / 1000;
    out.push(
      `  <testsuite name="CNF-${escapeXml(category)}" tests="${results.length}" failures="${failures}" skipped="${skipped}" errors="0" time="${time.toFixed(3)}">`,
    );
    for (const r of results) {
      const open = `    <testcase classname="conformance.${escapeXml(category)}" name="${escapeXml(`${r.id} ${r.title}`)}" time="${(r.durationMs / 1000).toFixed(3)}"`;
      if (r.status === 'passed') {
        out.push(`${open}/>`);
      } else if (r.status === 'skipped') {
        out.push(`${open}>`, `      <skipped message="${escapeXml(r.message ?? '')}"/>`, '    </testcase>');
      } else {
        const body = [`expected: ${r.expected ?? ''}`, `observed: ${r.observed ?? ''}`, ...r.requests.map((q) => `request: ${q}`)].join(
          '\n',
        );
        out.push(
          `${open}>`,
          `      <failure message="${escapeXml(r.message ?? 'failed')}" type="NonConformance">${escapeXml(body)}</failure>`,
          '    </testcase>',
        );
      }
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>', '');
  return out.join('\n');
}
