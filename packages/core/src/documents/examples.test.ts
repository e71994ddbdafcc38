import { describe, expect, it } from 'vitest';
import { validate } from '../validation/validate.js';
import { documentDefinitions } from './index.js';

describe('canonical examples', () => {
  it.each(documentDefinitions.map((d) => [d.type, d] as const))('%s example is valid with no error issues', (_type, definition) => {
    const result = validate(definition as never, definition.example, { asOf: '2026-06-01' });
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.valid).toBe(true);
  });
});
