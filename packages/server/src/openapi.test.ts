import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { documentDefinitions, ProblemDocument, ProgressReport, STANDARD_VERSION, schemaPath } from '@banenafspraak/core';
import { describe, expect, it } from 'vitest';
import { generateOpenApiDocument } from './app.js';
import { ServerError, toProblem } from './errors.js';
import { INSTRUCTION_COLLECTION, RECORD_COLLECTIONS } from './policy.js';
import { computeProgressReport } from './reports.js';

type Operation = { responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, unknown> }> };

describe('the committed OpenAPI document', () => {
  it('matches the document generated from core’s schemas (run `pnpm generate:openapi` after a change)', async () => {
    await expect(`${JSON.stringify(generateOpenApiDocument(), null, 2)}\n`).toMatchFileSnapshot('../openapi.json');
  });

  it('a vendor resolves the committed document by the package name, as published', () => {
    const committed = createRequire(import.meta.url)('@banenafspraak/server/openapi.json');
    expect(committed.openapi).toBe('3.1.0');
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(manifest.publishConfig.exports['./openapi.json']).toBe(manifest.exports['./openapi.json']);
  });

  it('documents a problem response and an API-Version header for every operation', () => {
    const doc = generateOpenApiDocument();
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
      for (const [method, op] of Object.entries(item as Record<string, Operation>)) {
        for (const [s, response] of Object.entries(op.responses)) {
          if (s.startsWith('2')) expect(response.headers?.['API-Version'], `${method} ${path} ${s}`).toBeDefined();
          if (s.startsWith('4'))
            expect(Object.keys(response.content ?? {}), `${method} ${path} ${s}`).toEqual(['application/problem+json']);
        }
      }
    }
    expect(Object.keys(doc.components?.schemas ?? {})).toEqual(
      expect.arrayContaining(['Placement', 'EmployerInstruction', 'Problem', 'Issue', 'ProgressReport', 'HarmonisationReport']),
    );
  });

  it('takes the response shapes besides the documents from core, and sends what they describe', () => {
    const schemas = Object.keys(generateOpenApiDocument().components?.schemas ?? {});
    expect(schemas).toEqual(
      expect.arrayContaining([
        'AuditEntry',
        'AuditTrail',
        'InstructionReadLog',
        'ValidationOutcome',
        'CodeListIndex',
        'CodeList',
        'PlacementPage',
      ]),
    );
    const issues = [{ severity: 'error' as const, code: 'invalid_type', path: ['x'], message: 'Ongeldig.' }];
    expect(ProblemDocument.safeParse(toProblem(new ServerError('invalid-input', 'Ongeldig.', { issues }), '/v1/placements')).success).toBe(
      true,
    );
    expect(ProblemDocument.safeParse(toProblem(new Error('boom'))).success).toBe(true);
    const report = computeProgressReport({
      placements: [],
      executionPlans: [],
      partnerships: [],
      from: '2026-01-01',
      to: '2026-12-31',
      groupBy: 'region',
    });
    expect(ProgressReport.safeParse(report).success).toBe(true);
  });

  it('the README’s API table names every collection and every report of the document', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const table = readme.slice(readme.indexOf('## The API'), readme.indexOf('Behaviour every client can rely on'));
    const paths = Object.keys(generateOpenApiDocument().paths ?? {});
    const collections = RECORD_COLLECTIONS.filter((c) => paths.includes(`/${c}`));
    expect(collections).toEqual([...RECORD_COLLECTIONS]);
    expect(collections.filter((c) => !table.includes(`\`${c}\``))).toEqual([]);
    const reports = paths.filter((p) => p.startsWith('/reports/'));
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.filter((p) => !table.includes(`\`/v1${p}`))).toEqual([]);
  });

  it('names every type of the JSON Schemas as a component and refers to it instead of repeating it', () => {
    const doc = generateOpenApiDocument() as { components: { schemas: Record<string, { enum?: unknown[] }> } };
    // The JSON Schemas of the document types this API serves (the daily-flow documents are not resources yet).
    const served: readonly string[] = [...RECORD_COLLECTIONS, INSTRUCTION_COLLECTION];
    const named = new Set<string>();
    const defs: Record<string, unknown> = {};
    for (const definition of documentDefinitions.filter((d) => served.includes(d.collection))) {
      const file = new URL(`../../core/${schemaPath(STANDARD_VERSION, definition.type)}`, import.meta.url);
      const schema = JSON.parse(readFileSync(file, 'utf8')) as { $defs: Record<string, unknown> };
      for (const [name, def] of Object.entries(schema.$defs)) {
        named.add(name);
        defs[name] = def;
      }
    }
    expect(named.size).toBeGreaterThan(60);
    const components = doc.components.schemas;
    expect([...named].filter((name) => !(name in components))).toEqual([]);
    // A named enum's codes appear once: in its component.
    const namedEnums = new Map<string, string>();
    for (const name of named) if (components[name]?.enum) namedEnums.set(JSON.stringify(components[name].enum), name);
    const copies = (root: unknown, base: string): string[] => {
      const found: string[] = [];
      const walk = (node: unknown, path: string): void => {
        if (Array.isArray(node)) {
          for (const [i, item] of node.entries()) walk(item, `${path}/${i}`);
        } else if (node !== null && typeof node === 'object') {
          const own = namedEnums.get(JSON.stringify((node as { enum?: unknown }).enum));
          if (own && path !== `/components/schemas/${own}`) found.push(`${path} (${own})`);
          for (const [key, value] of Object.entries(node)) walk(value, `${path}/${key}`);
        }
      };
      walk(root, base);
      return found;
    };
    // Only where the JSON Schemas themselves spell out the same codes for another meaning
    // (an execution plan's reporting frequency has the codes of PaymentFrequency).
    const inStandard = copies(defs, '/components/schemas');
    expect(copies(doc, '').filter((path) => !inStandard.includes(path))).toEqual([]);
    expect(JSON.stringify(components.Placement)).toContain('"$ref":"#/components/schemas/CandidateRef"');
  });
});
