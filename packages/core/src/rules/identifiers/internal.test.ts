import { afterAll, describe, expect, it } from 'vitest';
import { documentDefinitions } from '../../documents/index.js';
import { defaultReferenceData } from '../../reference-data/index.js';
import { validate } from '../../validation/validate.js';
import type { RuleContext } from '../rule.js';
import { identifiersRules } from './index.js';
import { useCompiledWalks } from './internal.js';

// During `validate` the identifier index walks a plan derived from the schema; a rule called
// on its own walks every node. Both must find the same things in the same order.
const asOf = '2026-06-01';
const ctx: RuleContext = { asOf, referenceData: defaultReferenceData, environment: 'production', locale: 'nl' };

function stringPaths(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (typeof value === 'string') out.push(path);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) stringPaths(v, [...path, Array.isArray(value) ? Number(k) : k], out);
  return out;
}

function setAt(doc: any, path: (string | number)[], value: unknown): void {
  let cur = doc;
  for (const k of path.slice(0, -1)) cur = cur[k];
  cur[path[path.length - 1]!] = value;
}

describe.each([
  ['compiled', true],
  ['interpreted', false],
])('planned identifier walk (%s)', (_, compiledWalks) => {
  afterAll(() => useCompiledWalks(true));
  for (const definition of documentDefinitions) {
    it(`${definition.type}: same findings as the full walk for a code in any string field`, () => {
      useCompiledWalks(compiledWalks);
      let compared = 0;
      for (const path of stringPaths(definition.example)) {
        for (const value of ['GM9999', 'AM99', 'GM0599', '123456789', '00000099123456789000']) {
          const doc = structuredClone(definition.example) as any;
          setAt(doc, path, value);
          const parsed = definition.schema.safeParse(doc);
          if (!parsed.success) continue;
          const viaValidate = validate(definition, doc, { asOf })
            .issues.filter((i) => i.ruleId?.startsWith('IDN'))
            .map((i) => `${i.ruleId} ${i.code} ${i.path.join('.')} ${i.message}`);
          const direct = identifiersRules.flatMap((r) =>
            r.check(parsed.data, ctx).map((f) => `${r.id} ${f.code ?? r.id} ${f.path.join('.')} ${f.message.nl}`),
          );
          expect(viaValidate, `${path.join('.')} = ${value}`).toEqual(direct);
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(5);
    });
  }
});
