import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConformanceReport, conformanceChecks, formatReport, runConformance } from '../src/index.js';
import { BASE_URL, type Harness, harnessOn, STORAGES } from './harness.js';

// The reference server passes 100 % of the suite on every storage it ships.
for (const [name, make] of STORAGES) {
  describe(`reference app on ${name}`, () => {
    let h: Harness;
    let report: ConformanceReport;
    beforeAll(async () => {
      h = await harnessOn(await make());
      report = await runConformance({ baseUrl: BASE_URL, ...h });
    });
    afterAll(() => h?.close());

    it('passes every check, none skipped', () => {
      expect(report.failed, formatReport(report)).toBe(0);
      expect(report.skipped).toBe(0);
      expect(report.results.map((r) => r.id)).toEqual(conformanceChecks.map((c) => c.id));
    });

    it('deletes the records it created in their initial status; only the canonical fixture stays', () => {
      // The five canonical examples are not in their initial status, so the standard does not let
      // them be deleted; nor the follow-up CNF-LCY-002 moved to ACTIVE. The daily-flow fixture
      // records are in their first status and go.
      expect(report.leftBehind.map((r) => r.split('/')[0]).sort()).toEqual([
        'execution-plans',
        'partnership-agreements',
        'placement-follow-ups',
        'placements',
        'vacancies',
        'wage-value-assessments',
      ]);
    });
  });
}

if (!process.env.DATABASE_URL) {
  describe('reference app on a PostgreSQL server', () => {
    it.skip('skipped: set DATABASE_URL to run the suite against a PostgreSQL server too (see ci/postgres.md)', () => {});
  });
}
