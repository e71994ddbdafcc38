import { describe, expect, it } from 'vitest';
import { type ConformanceReport, escapeXml, formatReport, toJUnitXml } from '../src/index.js';

const report: ConformanceReport = {
  baseUrl: 'http://localhost/v1',
  startedAt: '2026-06-01T10:00:00.000Z',
  durationMs: 1234,
  passed: 1,
  failed: 1,
  skipped: 1,
  leftBehind: [],
  results: [
    {
      id: 'CNF-ADR-001',
      category: 'ADR',
      title: 'API-Version header',
      status: 'passed',
      durationMs: 5,
      requests: ['GET /v1/openapi.json (token: none) → 200'],
    },
    {
      id: 'CNF-TEN-002',
      category: 'TEN',
      title: 'Another tenant\'s records <absent> & "hidden"',
      status: 'failed',
      durationMs: 7,
      message: 'GET /vacancies as the other tenant lists a record',
      expected: 'only own records',
      observed: 'record <x> & \u0007bell',
      requests: ['GET /v1/vacancies?limit=100&cursor=a (token: otherTenant) → 200'],
    },
    {
      id: 'CNF-EMI-001',
      category: 'EMI',
      title: 'Instruction',
      status: 'skipped',
      durationMs: 0,
      message: 'needs --token-employee',
      requests: [],
    },
  ],
};

describe('reports', () => {
  it('prints pass/fail per check, the difference and the request under a failure', () => {
    expect(formatReport(report)).toMatchInlineSnapshot(`
      "PASS  CNF-ADR-001  API-Version header
      FAIL  CNF-TEN-002  Another tenant's records <absent> & "hidden"
            GET /vacancies as the other tenant lists a record
            expected: only own records
            observed: record <x> & bell
            request:  GET /v1/vacancies?limit=100&cursor=a (token: otherTenant) → 200
      SKIP  CNF-EMI-001  Instruction (skipped: needs --token-employee)

      NOT CONFORMANT: 1 passed, 1 failed, 1 skipped of 3 checks against http://localhost/v1 in 1.2 s
      "
    `);
  });

  it('writes JUnit XML with every special character escaped', () => {
    const xml = toJUnitXml(report);
    expect(xml).toContain('<testsuites name="banenafspraak conformance" tests="3" failures="1" skipped="1"');
    expect(xml).toContain('name="CNF-TEN-002 Another tenant&apos;s records &lt;absent&gt; &amp; &quot;hidden&quot;"');
    expect(xml).toContain('observed: record &lt;x&gt; &amp; bell');
    expect(xml).toContain('cursor=a (token: otherTenant)');
    expect(xml).not.toContain('\u0007');
    expect(xml).toContain('<skipped message="needs --token-employee"/>');
    // Well-formed enough for CI parsers: balanced elements, no raw ampersands.
    expect(xml.match(/<testcase /g)).toHaveLength(3);
    expect(xml.match(/<\/testsuite>/g)).toHaveLength(3);
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  it('escapes the five XML characters and drops control characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0000\u001f\t`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;\t');
  });
});
