import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { STANDARD_VERSION } from '@banenafspraak/core';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { importCsv, MappingError, mappingVersionNotes, readMapping } from '../src/index.js';
import { fixture, tempDir } from './helpers.js';

const old = () => JSON.parse(readFileSync(fixture('rijnmond.mapping.json'), 'utf8')) as Record<string, unknown>;

function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const w = new Writable({
    write: (c, _e, done) => {
      chunks.push(String(c));
      done();
    },
  }) as Writable & { text: () => string };
  w.text = () => chunks.join('');
  return w;
}

describe('mapping files name the standard version', () => {
  it('a mapping without standardVersion (0.1) still works and writes current documents', async () => {
    const mapping = readMapping(old());
    expect(mapping.standardVersion).toBeUndefined();
    const out = join(tempDir(), 'p.ndjson');
    const report = await importCsv(fixture('excel-export-1252.csv'), { mapping, out, asOf: '2026-06-01' });
    expect(report.stats.validRows).toBe(1);
    const docs = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(docs.map((d) => d.standardVersion)).toEqual([STANDARD_VERSION]);
  });

  it('says precisely what to change in an old mapping', () => {
    const notes = mappingVersionNotes(readMapping({ ...old(), constants: { ...(old().constants as object), standardVersion: '0.1' } }));
    expect(notes.map((n) => n.path)).toEqual(['standardVersion', 'constants.standardVersion']);
    expect(notes[0]?.message.nl).toContain(`"standardVersion": "${STANDARD_VERSION}"`);
    expect(notes[0]?.message.en).toContain(`"standardVersion": "${STANDARD_VERSION}"`);
  });

  it('a mapping for the current version has nothing to change', () => {
    expect(mappingVersionNotes(readMapping({ ...old(), standardVersion: STANDARD_VERSION }))).toEqual([]);
  });

  it('a mapping for a newer or unknown version is refused, naming the field', () => {
    for (const [version, text] of [
      ['9.0', 'nieuwer'],
      ['0.0', 'onbekende'],
    ] as const) {
      try {
        readMapping({ ...old(), standardVersion: version });
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(MappingError);
        expect((e as MappingError).message).toContain(text);
        expect((e as MappingError).problems.map((p) => p.path)).toEqual(['standardVersion']);
      }
    }
    expect(() => readMapping({ ...old(), standardVersion: 'latest' })).toThrow(MappingError);
  });

  it('the CLI prints the notes for an old mapping', async () => {
    const dir = tempDir();
    const mappingFile = join(dir, 'old.json');
    writeFileSync(mappingFile, JSON.stringify(old()));
    writeFileSync(join(dir, 'in.csv'), 'Klantnr;Datum in dienst\n1;01-03-2026\n');
    const stdout = sink();
    const stderr = sink();
    await main(
      ['import', join(dir, 'in.csv'), '--mapping', mappingFile, '--type', 'Placement', '--out', join(dir, 'out.ndjson'), '--quiet'],
      { stdout, stderr },
    );
    expect(stderr.text()).toContain(`old.json: standardVersion: De mapping is voor standaardversie 0.1 (geen standardVersion opgegeven)`);
  });
});
