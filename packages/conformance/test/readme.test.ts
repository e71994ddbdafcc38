import { createApp, createMemoryStorage, seedDemoData, silentLogger } from '@banenafspraak/server';
import { expect, it } from 'vitest';
import { formatReport, runConformance } from '../src/index.js';
import { SECRET, tokens } from './harness.js';

// The README's library example as written: a Hono app's own `app.fetch` is the fetch. It
// returns `Response | Promise<Response>`, so this also type-checks the option.
it('README library example: runs in-process with app.fetch of a Hono app', async () => {
  const storage = createMemoryStorage();
  await seedDemoData(storage);
  const app = createApp({ storage, auth: { secret: SECRET }, logger: silentLogger });
  const { token, otherTenantToken, employeeToken } = await tokens();
  const report = await runConformance({
    baseUrl: 'http://localhost:3000/v1',
    token,
    otherTenantToken,
    employeeToken,
    fetch: (request) => app.fetch(request), // optional: test a Hono app in-process
    only: ['CNF-ADR'],
  });
  expect(report.failed, formatReport(report)).toBe(0);
  expect(report.passed).toBeGreaterThan(0);
});
