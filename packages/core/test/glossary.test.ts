import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentJsonSchema, lifecycleEventJsonSchema } from '../scripts/artifacts.js';
import * as core from '../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Every name the standard gives a vendor: exports (types too), code lists and their codes, JSON Schema types and fields, parameter ids. */
function namesOfTheStandard(): Set<string> {
  const names = new Set<string>(Object.keys(core));
  const apiReport = readFileSync(join(root, 'packages/core/etc/core.api.md'), 'utf8');
  for (const [, name] of apiReport.matchAll(/^export (?:declare )?(?:type|interface|const|function|class|enum) (\w+)/gm))
    if (name) names.add(name);
  for (const list of core.codeLists) {
    names.add(list.id);
    for (const entry of list.entries) {
      names.add(entry.code);
      for (const key of Object.keys(entry)) names.add(key);
    }
  }
  for (const id of Object.values(core.ParameterId)) names.add(id);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) for (const item of node) walk(item);
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'properties' || key === '$defs') for (const name of Object.keys(value as object)) names.add(name);
        if (key !== 'examples') walk(value);
      }
    }
  };
  for (const definition of core.documentDefinitions) walk(documentJsonSchema(definition));
  walk(lifecycleEventJsonSchema());
  return names;
}

describe('docs/glossary.md, the official glossary of the API (NL API Design Rules)', () => {
  it('names only identifiers the standard has', () => {
    const glossary = readFileSync(join(root, 'docs/glossary.md'), 'utf8');
    const known = namesOfTheStandard();
    const unknown: string[] = [];
    for (const row of glossary.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Dutch term'))) {
      const [, term = '', identifiers = ''] = row.split('|').map((cell) => cell.trim());
      for (const [, id] of identifiers.matchAll(/`([^`]+)`/g)) if (id && !known.has(id)) unknown.push(`${term}: ${id}`);
    }
    expect(unknown).toEqual([]);
  });
});
