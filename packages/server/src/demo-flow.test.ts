import { LeadTimeReport } from '@banenafspraak/core';
import { describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { signToken } from './auth.js';
import { DEMO_IDS, demoFlowSteps, demoPrincipal, seedDemoData, seedDemoFlow } from './demo.js';
import { silentLogger } from './logger.js';
import { createMemoryStorage } from './storage/memory.js';
import type { Storage } from './storage/port.js';
import { createPgliteStorage } from './storage/postgres.js';

const SECRET = 'test-secret-for-the-demo-flow-0123456789';
const NOW = new Date('2026-12-02T10:00:00.000Z');

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
      const res = await app.request('/v1/reports/lead-times?from=2026-01-01&to=2026-12-31&asOf=2026-12-02', {
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
      expect(JSON.stringify(report)).not.toContain(DEMO_IDS.employerInstruction);
    });
  });
}
