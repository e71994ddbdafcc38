import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ServerError } from '../errors.js';
import { type AppEnv, defaultHook, headers, json, methodNotAllowed, problems } from '../internal/http.js';
import { computeHarmonisationReport, computeProgressReport, HarmonisationReport, ProgressGrouping, ProgressReport } from '../reports.js';

/** Reports over the records the caller may see. Employer instructions are never part of them. */
export function reportRoutes(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/progress',
      operationId: 'getProgressReport',
      tags: ['Reports'],
      summary: 'Progress toward the targets in job equivalents (indicative)',
      description: 'Per region, employer or sector, over the placements you may see. Indicative: the official figure is UWV’s.',
      request: {
        query: z.object({
          from: z.iso.date().describe('First day of the period.'),
          to: z.iso.date().describe('Last day of the period.'),
          groupBy: ProgressGrouping.optional().describe('region (default), employer or sector.'),
        }),
      },
      responses: {
        200: { description: 'The report.', headers: headers(), content: { 'application/json': { schema: ProgressReport } } },
        ...problems(400, 401, 403),
      },
    }),
    async (c) => {
      const { from, to, groupBy } = c.req.valid('query');
      if (to < from) {
        throw new ServerError('invalid-input', 'De periode eindigt voor het begin.', {
          issues: [{ severity: 'error', code: 'invalid_period', path: ['to'], message: 'to ligt voor from.' }],
        });
      }
      const repository = c.get('repository');
      const [placements, executionPlans, partnerships] = await Promise.all([
        repository.scanForReport('placements', { from, to }),
        repository.scanForReport('execution-plans', { from, to }),
        repository.scanForReport('partnership-agreements'),
      ]);
      const report = computeProgressReport({
        placements: placements.map((r) => r.document),
        executionPlans: executionPlans.map((r) => r.document),
        partnerships: partnerships.map((r) => r.document),
        from,
        to,
        groupBy: groupBy ?? 'region',
      });
      return json(c, 200, report);
    },
  );
  app.all('/progress', () => methodNotAllowed(['GET']));

  app.openapi(
    createRoute({
      method: 'get',
      path: '/harmonisation',
      operationId: 'getHarmonisationReport',
      tags: ['Reports'],
      summary: 'Where a national employer’s arrangements differ between regions',
      request: {
        query: z.object({
          employer: z
            .string()
            .regex(/^\d{8}$/)
            .describe('KvK number of the employer.'),
          asOf: z.iso.date().optional().describe('Date to compare on (default today).'),
        }),
      },
      responses: {
        200: { description: 'The report.', headers: headers(), content: { 'application/json': { schema: HarmonisationReport } } },
        ...problems(400, 401, 403),
      },
    }),
    async (c) => {
      const { employer, asOf } = c.req.valid('query');
      const partnerships = await c.get('repository').scanForReport('partnership-agreements', { employer });
      return json(
        c,
        200,
        computeHarmonisationReport({
          employer,
          partnerships: partnerships.map((r) => r.document),
          asOf: asOf ?? c.get('now')().slice(0, 10),
        }),
      );
    },
  );
  app.all('/harmonisation', () => methodNotAllowed(['GET']));
  return app;
}
