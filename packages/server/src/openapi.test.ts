import { ProblemDocument, ProgressReport } from '@banenafspraak/core';
import { describe, expect, it } from 'vitest';
import { generateOpenApiDocument } from './app.js';
import { ServerError, toProblem } from './errors.js';
import { computeProgressReport } from './reports.js';

describe('the committed OpenAPI document', () => {
  it('matches the document generated from core’s schemas (run `pnpm generate:openapi` after a change)', async () => {
    await expect(`${JSON.stringify(generateOpenApiDocument(), null, 2)}\n`).toMatchFileSnapshot('../openapi.json');
  });

  it('documents a problem response and an API-Version header for every operation', () => {
    const doc = generateOpenApiDocument();
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
      for (const [method, op] of Object.entries(item as Record<string, any>)) {
        const statuses = Object.keys(op.responses);
        for (const s of statuses.filter((x) => x.startsWith('2'))) expect(op.responses[s].headers?.['API-Version'], `${method} ${path} ${s}`).toBeDefined();
        for (const s of statuses.filter((x) => x.startsWith('4'))) expect(Object.keys(op.responses[s].content ?? {}), `${method} ${path} ${s}`).toEqual(['application/problem+json']);
      }
    }
    expect(Object.keys(doc.components?.schemas ?? {})).toEqual(expect.arrayContaining(['Placement', 'EmployerInstruction', 'Problem', 'Issue', 'ProgressReport', 'HarmonisationReport']));
  });

  it('takes the response shapes besides the documents from core, and sends what they describe', () => {
    const schemas = Object.keys(generateOpenApiDocument().components?.schemas ?? {});
    expect(schemas).toEqual(expect.arrayContaining(['AuditEntry', 'AuditTrail', 'InstructionReadLog', 'ValidationOutcome', 'CodeListIndex', 'CodeList', 'PlacementPage']));
    const issues = [{ severity: 'error' as const, code: 'invalid_type', path: ['x'], message: 'Ongeldig.' }];
    expect(ProblemDocument.safeParse(toProblem(new ServerError('invalid-input', 'Ongeldig.', { issues }), '/v1/placements')).success).toBe(true);
    expect(ProblemDocument.safeParse(toProblem(new Error('boom'))).success).toBe(true);
    const report = computeProgressReport({ placements: [], executionPlans: [], partnerships: [], from: '2026-01-01', to: '2026-12-31', groupBy: 'region' });
    expect(ProgressReport.safeParse(report).success).toBe(true);
  });
});
