import { documentDefinitions, LeadTimeReport, ProgressReport, validate } from '@banenafspraak/core';
import { describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { signToken } from './auth.js';
import { DEMO_IDS, demoFlowSteps, demoPrincipal, demoRecords, seedDemoData, seedDemoFlow } from './demo.js';
import { silentLogger } from './logger.js';
import { createMemoryStorage } from './storage/memory.js';
import type { Storage } from './storage/port.js';
import { createPgliteStorage } from './storage/postgres.js';

const SECRET = 'test-secret-for-the-demo-flow-0123456789';
const NOW = new Date('2026-12-02T10:00:00.000Z');

describe('the demo daily flow', () => {
  it('is measured against partnerships whose working arrangements are valid', () => {
    for (const r of demoRecords().filter((d) => d.collection === 'partnership-agreements')) {
      const definition = documentDefinitions.find((d) => d.collection === r.collection);
      if (!definition) throw new Error('no partnership definition');
      expect(validate(definition, r.document).issues.filter((i) => i.severity === 'error')).toEqual([]);
    }
  });

  it('consists of valid documents, each change after the previous one', () => {
    const steps = demoFlowSteps();
    for (const step of steps) {
      const definition = documentDefinitions.find((d) => d.collection === step.collection);
      if (!definition) throw new Error(`no definition for ${step.collection}`);
      const result = validate(definition, step.document, { asOf: step.at.slice(0, 10) });
      expect(
        result.issues.filter((i) => i.severity === 'error'),
        `${step.collection} ${step.document.id} ${step.document.status}`,
      ).toEqual([]);
    }
    expect(steps.map((s) => Date.parse(s.at))).toEqual(steps.map((s) => Date.parse(s.at)).sort((a, b) => a - b));
  });
});

for (const [name, make] of [
  ['PGlite', () => createPgliteStorage()],
  ['memory', async () => createMemoryStorage()],
] as [string, () => Promise<Storage>][]) {
  describe(`the demo daily flow on ${name}`, () => {
    it('measures lead times from the events its status changes raise, and seeds only once', async () => {
      const storage = await make();
      await seedDemoData(storage, NOW.toISOString());
      const steps = demoFlowSteps();
      expect(await seedDemoFlow(storage)).toEqual({ changes: steps.length });
      expect(await seedDemoFlow(storage)).toEqual({ changes: 0 });
      const app = createApp({ storage, auth: { secret: SECRET }, logger: silentLogger });
      const token = await signToken(demoPrincipal('werkgever'), SECRET);
      const url = '/v1/reports/lead-times?from=2026-01-01&to=2026-12-31&asOf=2026-12-02';
      const res = await app.request(url, {
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(res.status).toBe(200);
      const report = LeadTimeReport.parse(await res.json());
      const received = report.totals.find((r) => r.fromEvent === 'VACANCY_RECEIVED' && r.toEvent === 'FIRST_CANDIDATE_PROPOSED');
      // Seven vacancies received; six got a first proposal, one after the 10-working-day norm,
      // and the one still waiting since October is past the norm as well.
      expect(received).toMatchObject({ cases: 7, closed: 6, notMet: 2, open: 0 });
      expect(received?.p90WorkingDays).toBeGreaterThan(received?.p50WorkingDays ?? Number.POSITIVE_INFINITY);
      const invited = report.totals.find((r) => r.fromEvent === 'FIRST_CANDIDATE_PROPOSED' && r.toEvent === 'CANDIDATE_INVITED');
      expect(invited).toMatchObject({ cases: 6, closed: 5 });
      // The employer's measures all have cases; the wage-value steps are confidential, so
      // only the municipality, whose ceiling reaches them, measures those.
      const measured = (r: LeadTimeReport) => r.totals.map((t) => `${t.fromEvent}>${t.toEvent}`).sort();
      expect(measured(report)).toEqual([
        'FIRST_CANDIDATE_PROPOSED>CANDIDATE_INVITED',
        'FIRST_CANDIDATE_PROPOSED>TRIAL_STARTED',
        'JOBCOACH_REQUESTED>JOBCOACH_STARTED',
        'VACANCY_RECEIVED>FIRST_CANDIDATE_PROPOSED',
        'VACANCY_RECEIVED>PLACEMENT_STARTED',
      ]);
      const municipal = await app.request(url, {
        headers: { Authorization: `Bearer ${await signToken(demoPrincipal('gemeente'), SECRET)}` },
      });
      expect(measured(LeadTimeReport.parse(await municipal.json()))).toEqual(
        expect.arrayContaining(['WAGE_VALUE_ESTABLISHED>LKS_DECIDED', 'WAGE_VALUE_REQUESTED>WAGE_VALUE_ESTABLISHED']),
      );
      expect(JSON.stringify(report)).not.toContain(DEMO_IDS.employerInstruction);

      // Progress counts the paid hours of the flow's LKS declarations (whole months in 2026).
      const declared = new Map(
        steps.filter((s) => s.collection === 'wage-cost-subsidy-declarations').map((s) => [s.document.id, Number(s.document.paidHours)]),
      );
      const progress = await app.request('/v1/reports/progress?from=2026-01-01&to=2026-12-31&groupBy=employer', {
        headers: { Authorization: `Bearer ${token}` },
      });
      const paid = ProgressReport.parse(await progress.json()).totals.paidHours;
      expect(declared.size).toBe(3);
      expect(paid).toBeCloseTo(
        [...declared.values()].reduce((a, b) => a + b, 0),
        2,
      );
    });
  });
}
