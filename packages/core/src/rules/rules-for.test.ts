import { describe, expect, it } from 'vitest';
import { documentDefinitions } from '../documents/index.js';
import { ruleCatalogue, rules, rulesByDocumentType } from './catalogue.js';

// `validate` runs the rules a definition lists; the catalogue is what the documentation and
// other languages read. Both must name the same rules for every document type.
describe('rules of a document definition', () => {
  for (const definition of documentDefinitions)
    it(`${definition.type}: the definition lists the catalogue's rules of its type, in id order`, () => {
      expect(definition.rules.map((r) => r.id)).toEqual(rulesByDocumentType(definition.type).map((r) => r.id));
      expect(definition.rules).toEqual(rulesByDocumentType(definition.type));
    });

  it('every rule of the catalogue is listed by the definition of each type it applies to', () => {
    for (const rule of rules)
      for (const type of rule.appliesTo) {
        const definition = documentDefinitions.find((d) => d.type === type);
        expect(definition?.rules, `${rule.id} on ${type}`).toContain(rule);
      }
    expect(ruleCatalogue.length).toBe(rules.length);
  });
});
