#!/usr/bin/env node
/**
 * `banenafspraak-csv`: inspect, template and import from the command line.
 * Exit codes: 0 all rows valid, 1 some rows invalid, 2 usage or unreadable input.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { isCsvError } from './errors.js';
import { importCsv } from './import.js';
import { inspect } from './inspect.js';
import { type Mapping, mappingVersionNotes, readMapping } from './mapping.js';
import { template } from './template.js';
import type { ImportProgress, ImportReport } from './types.js';

const USAGE = `Gebruik:
  banenafspraak-csv inspect <bestand> [--type <soort>] [--mapping <json>] [--json]
  banenafspraak-csv template --type <soort> [--lang en] [--delimiter ,]
  banenafspraak-csv import <bestand> --type <soort> [--mapping <json>] [--out <ndjson>]
      [--report <json>] [--report-csv <csv>] [--invalid-rows <csv>] [--max-errors <n>]
      [--encoding <naam>] [--delimiter <;|,|tab>] [--header-row <n>] [--sheet <naam|nr>]
      [--as-of <jjjj-mm-dd>] [--lang nl|en] [--workers <n>] [--quiet]

Soorten: placement, vacancy, wage-value-assessment.
--workers: threads die rijen parallel controleren (0 = geen; standaard één per processorkern naast de
  eigen thread, hoogstens 3, voor CSV-bestanden vanaf 4 MiB).
Exitcodes: 0 alle rijen geldig, 1 ongeldige rijen, 2 gebruiksfout of onleesbare invoer.
`;

class UsageError extends Error {}

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

function delimiterOption(value: string | undefined): ';' | ',' | '\t' | '|' | undefined {
  if (value === undefined) return undefined;
  const v = value === 'tab' || value === '\\t' ? '\t' : value === 'semicolon' ? ';' : value === 'comma' ? ',' : value;
  if (v === ';' || v === ',' || v === '\t' || v === '|') return v;
  throw new UsageError(`Onbekend scheidingsteken: ${value}. Gebruik ; , tab of |.`);
}

function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--${name} moet een positief geheel getal zijn.`);
  return Number(value);
}

async function loadMapping(path: string | undefined, io: Io): Promise<Mapping | undefined> {
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new UsageError(`Mappingbestand kan niet worden gelezen: ${path} (${(e as { code?: string }).code ?? 'fout'})`);
  }
  const mapping = readMapping(text);
  // A mapping for an older standard version still works; say what to edit in it.
  for (const note of mappingVersionNotes(mapping)) io.stderr.write(`banenafspraak-csv: ${path}: ${note.path}: ${note.message}\n`);
  return mapping;
}

function progressBar(io: Io): { update(p: ImportProgress): void; done(): void } {
  const started = performance.now();
  let last = 0;
  let shown = false;
  return {
    update(p) {
      const now = performance.now();
      if (now - last < 200) return;
      last = now;
      shown = true;
      const rate = Math.round(p.rows / ((now - started) / 1000));
      const pct = p.totalBytes ? Math.min(100, Math.floor((p.bytesRead / p.totalBytes) * 100)) : undefined;
      const width = 24;
      const filled = pct === undefined ? 0 : Math.round((pct / 100) * width);
      const bar = pct === undefined ? '' : `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(pct).padStart(3)}% `;
      io.stderr.write(`\r${bar}${p.rows.toLocaleString('nl-NL')} rijen, ${rate.toLocaleString('nl-NL')} rijen/s `);
    },
    done() {
      if (shown) io.stderr.write('\r\u001b[2K');
    },
  };
}

function summary(report: ImportReport, lang: 'nl' | 'en'): string {
  const s = report.stats;
  const f = report.file;
  const where = `${f.name} (${f.format === 'xlsx' ? `xlsx${f.sheet ? `, werkblad ${f.sheet}` : ''}` : `${f.encoding}, scheidingsteken ${f.delimiter}`}, kopregel rij ${f.headerRow})`;
  if (lang === 'en') {
    return `${where}: ${s.rows} rows, ${s.validRows} valid, ${s.invalidRows} invalid; ${s.errors} errors, ${s.warnings} warnings; ${report.seconds} s`;
  }
  return `${where}: ${s.rows} rijen, ${s.validRows} geldig, ${s.invalidRows} ongeldig; ${s.errors} fouten, ${s.warnings} waarschuwingen; ${report.seconds} s`;
}

/** Runs the CLI with arguments (without `node` and the script); returns the exit code. */
export async function main(argv: readonly string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        type: { type: 'string', short: 't' },
        mapping: { type: 'string', short: 'm' },
        out: { type: 'string', short: 'o' },
        report: { type: 'string' },
        'report-csv': { type: 'string' },
        'invalid-rows': { type: 'string' },
        'max-errors': { type: 'string' },
        workers: { type: 'string' },
        encoding: { type: 'string' },
        delimiter: { type: 'string' },
        'header-row': { type: 'string' },
        sheet: { type: 'string' },
        'as-of': { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const [command, file, ...rest] = positionals;
    if (values.help || command === 'help') {
      io.stdout.write(USAGE);
      return 0;
    }
    if (rest.length > 0) throw new UsageError(`Onverwacht argument: ${rest[0]}`);
    const lang = values.lang ?? 'nl';
    if (lang !== 'nl' && lang !== 'en') throw new UsageError('--lang moet nl of en zijn.');
    if (values['as-of'] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values['as-of'])) throw new UsageError('--as-of moet een datum jjjj-mm-dd zijn.');
    const delimiter = delimiterOption(values.delimiter);
    const headerRow = positiveInt('header-row', values['header-row']);
    const sheet = values.sheet === undefined ? undefined : /^\d+$/.test(values.sheet) ? Number(values.sheet) : values.sheet;
    const read = {
      ...(values.encoding ? { encoding: values.encoding } : {}),
      ...(delimiter ? { delimiter } : {}),
      ...(headerRow ? { headerRow } : {}),
      ...(sheet !== undefined ? { sheet } : {}),
    };

    switch (command) {
      case 'template': {
        if (file !== undefined) throw new UsageError('template heeft geen bestand nodig; de uitvoer gaat naar stdout.');
        if (!values.type) throw new UsageError('Geef het documenttype op met --type.');
        io.stdout.write(template(values.type, { locale: lang, ...(delimiter && delimiter !== '|' ? { delimiter } : {}) }));
        return 0;
      }
      case 'inspect': {
        if (!file) throw new UsageError('Geef het bestand op: banenafspraak-csv inspect <bestand>.');
        const mapping = await loadMapping(values.mapping, io);
        const result = await inspect(file, { ...read, ...(values.type ? { type: values.type } : {}), ...(mapping ? { mapping } : {}) });
        if (values.json) {
          io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
          return 0;
        }
        const lines = [
          `Bestand:        ${result.name} (${result.format}${result.bytes !== null ? `, ${result.bytes} bytes` : ''})`,
          ...(result.format === 'csv'
            ? [
                `Tekenset:       ${result.encoding} (${result.encodingSource})`,
                `Scheidingsteken: ${result.delimiter}   Regeleinde: ${result.lineEnding}`,
              ]
            : [`Werkblad:       ${result.sheet}`]),
          `Kopregel:       rij ${result.headerRow}`,
          `Documentsoort:  ${result.documentType}`,
          `Kolommen (${result.columns.length}), ${result.sampledRows} rijen bekeken:`,
          ...result.columns.map(
            (c) =>
              `  ${c.letter.padEnd(3)} ${JSON.stringify(c.header).padEnd(32)} → ${(c.field ?? (c.matchedBy === 'ignored' ? '(genegeerd)' : '(geen veld)')).padEnd(36)} ${c.shape}${c.restricted ? '  [privacy: afgeschermd]' : ''}`,
          ),
          ...(result.missingRequired.length > 0 ? [`Verplichte velden zonder kolom: ${result.missingRequired.join(', ')}`] : []),
          '',
          'Voorgestelde mapping (bewaar als .json en vul aan):',
          JSON.stringify(result.suggestedMapping, null, 2),
        ];
        io.stdout.write(`${lines.join('\n')}\n`);
        return 0;
      }
      case 'import': {
        if (!file) throw new UsageError('Geef het bestand op: banenafspraak-csv import <bestand> --type <soort>.');
        const mapping = await loadMapping(values.mapping, io);
        if (!values.type && !mapping?.documentType) throw new UsageError('Geef het documenttype op met --type (of documentType in de mapping).');
        const maxErrors = positiveInt('max-errors', values['max-errors']);
        const workers = values.workers === undefined ? undefined : /^\d+$/.test(values.workers) ? Number(values.workers) : undefined;
        if (values.workers !== undefined && workers === undefined) throw new UsageError('--workers moet 0 of een positief geheel getal zijn.');
        const bar = !values.quiet && io.stderr.isTTY ? progressBar(io) : undefined;
        let report: ImportReport;
        try {
          report = await importCsv(file, {
            ...read,
            ...(values.type ? { type: values.type } : {}),
            ...(mapping ? { mapping } : {}),
            ...(values.out ? { out: values.out } : {}),
            ...(values['report-csv'] ? { reportCsv: values['report-csv'] } : {}),
            ...(values['invalid-rows'] ? { invalidRows: values['invalid-rows'] } : {}),
            ...(maxErrors ? { maxErrors } : {}),
            ...(workers !== undefined ? { workers } : {}),
            ...(values['as-of'] ? { asOf: values['as-of'] } : {}),
            locale: lang,
            ...(bar ? { onProgress: bar.update } : {}),
          });
        } finally {
          bar?.done();
        }
        if (values.report) {
          try {
            await writeFile(values.report, `${JSON.stringify(report, null, 2)}\n`);
          } catch (e) {
            throw new UsageError(`Rapport kan niet worden geschreven: ${values.report} (${(e as { code?: string }).code ?? 'fout'})`);
          }
        }
        if (!values.quiet) {
          io.stderr.write(`${summary(report, lang)}\n`);
          const errors = report.issues.filter((i) => i.severity === 'error').slice(0, 5);
          for (const i of errors) {
            const where = i.row === null ? (lang === 'en' ? 'file' : 'bestand') : `${lang === 'en' ? 'row' : 'rij'} ${i.row}`;
            io.stderr.write(`  ${where}${i.columnLetter ? `, ${i.columnLetter} ${i.column}` : ''}: ${i.message} [${i.ruleId ?? i.code}]\n`);
          }
        }
        return report.valid ? 0 : 1;
      }
      default:
        throw new UsageError(command ? `Onbekende opdracht: ${command}` : 'Geef een opdracht: inspect, template of import.');
    }
  } catch (e) {
    if (e instanceof UsageError || isCsvError(e) || (e instanceof TypeError && (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))) {
      io.stderr.write(`banenafspraak-csv: ${e.message}\n`);
      if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) io.stderr.write(`\n${USAGE}`);
      return 2;
    }
    // A bug, not a user error: short message, details only with DEBUG.
    io.stderr.write(`banenafspraak-csv: onverwachte fout: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env.DEBUG) io.stderr.write(`${e instanceof Error ? e.stack : ''}\n`);
    return 2;
  }
}

const isMain = (() => {
  const entry = process.argv[1];
  if (!entry) return false;
  return /(?:^|[\\/])(cli\.(?:ts|js|cjs|mjs)|banenafspraak-csv)$/.test(entry);
})();

if (isMain) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 2;
    },
  );
}
