import { describe, expect, it } from 'vitest';
import { generateOpenApiDocument } from './app.js';

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
});
