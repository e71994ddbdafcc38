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
import { issuePlace } from './internal/report.js';
import { type Mapping, mappingVersionNotes, placeProblems, readMapping } from './mapping.js';
import { template } from './template.js';
import type { ImportProgress, ImportReport } from './types.js';

const USAGE = {
  nl: `Gebruik:
  banenafspraak-csv inspect <bestand> [--type <soort>] [--mapping <json>] [--json] [--lang nl|en]
  banenafspraak-csv template --type <soort> [--lang en] [--delimiter ,]
  banenafspraak-csv import <bestand> --type <soort> [--mapping <json>] [--out <ndjson>]
      [--report <json>] [--report-csv <csv>] [--invalid-rows <csv>] [--max-errors <n>]
      [--encoding <naam>] [--delimiter <;|,|tab>] [--header-row <n>] [--sheet <naam|nr>]
      [--as-of <jjjj-mm-dd>] [--lang nl|en] [--workers <n>] [--quiet]

Soorten: placement, vacancy, wage-value-assessment, wage-cost-subsidy-declaration (LKS-declaraties),
  job-coach-report (jobcoachuren), contact-moment (contactmomenten met werkgevers); andere soorten
  met veldpaden als kop of een mapping.
--workers: threads die rijen parallel controleren (0 = geen; standaard één naast de eigen thread
  als er een tweede processorkern is, voor CSV-bestanden vanaf 4 MiB; meer kost elk ~40 MB).
Exitcodes: 0 alle rijen geldig, 1 ongeldige rijen, 2 gebruiksfout of onleesbare invoer.
`,
  en: `Usage:
  banenafspraak-csv inspect <file> [--type <type>] [--mapping <json>] [--json] [--lang nl|en]
  banenafspraak-csv template --type <type> [--lang en] [--delimiter ,]
  banenafspraak-csv import <file> --type <type> [--mapping <json>] [--out <ndjson>]
      [--report <json>] [--report-csv <csv>] [--invalid-rows <csv>] [--max-errors <n>]
      [--encoding <name>] [--delimiter <;|,|tab>] [--header-row <n>] [--sheet <name|no>]
      [--as-of <yyyy-mm-dd>] [--lang nl|en] [--workers <n>] [--quiet]

Types: placement, vacancy, wage-value-assessment, wage-cost-subsidy-declaration (LKS declarations),
  job-coach-report (job-coach hours), contact-moment (contacts with employers); other types with
  field paths as headers or a mapping.
--workers: threads that check rows in parallel (0 = none; by default one next to the own thread
  when there is a second CPU core, for CSV files of 4 MiB or more; each more costs ~40 MB).
Exit codes: 0 all rows valid, 1 invalid rows, 2 usage error or unreadable input.
`,
} as const;

type Lang = 'nl' | 'en';

/** The language asked for, read before the arguments are parsed (their errors are in it too). */
function langOf(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const arg = argv[i];
  if (arg === undefined) return 'nl';
  const value = arg.includes('=') ? arg.slice('--lang='.length) : argv[i + 1];
  return value === 'en' ? 'en' : 'nl';
}

/** A wrong command line: its message in both languages. */
class UsageError extends Error {
  constructor(readonly messages: { nl: string; en: string }) {
    super(messages.nl);
  }
}

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

function delimiterOption(value: string | undefined): ';' | ',' | '\t' | '|' | undefined {
  if (value === undefined) return undefined;
  const v = value === 'tab' || value === '\\t' ? '\t' : value === 'semicolon' ? ';' : value === 'comma' ? ',' : value;
  if (v === ';' || v === ',' || v === '\t' || v === '|') return v;
  throw new UsageError({
    nl: `Onbekend scheidingsteken: ${value}. Gebruik ; , tab of |.`,
    en: `Unknown delimiter: ${value}. Use ; , tab or |.`,
  });
}

function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new UsageError({ nl: `--${name} moet een positief geheel getal zijn.`, en: `--${name} must be a positive whole number.` });
  return Number(value);
}

async function loadMapping(path: string | undefined, io: Io, lang: Lang): Promise<{ mapping: Mapping; text: string } | undefined> {
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code ?? 'fout';
    throw new UsageError({
      nl: `Mappingbestand kan niet worden gelezen: ${path} (${code})`,
      en: `Mapping file cannot be read: ${path} (${code})`,
    });
  }
  const mapping = readMapping(text);
  // A mapping for an older standard version still works; say what to edit in it.
  for (const note of mappingVersionNotes(mapping)) io.stderr.write(`banenafspraak-csv: ${path}: ${note.path}: ${note.message[lang]}\n`);
  return { mapping, text };
}

/** Runs `task`; a mapping that does not fit the sheet is reported with lines and columns in its file. */
async function withMappingPlaces<T>(loaded: { text: string } | undefined, task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (e) {
    if (loaded && isCsvError(e) && e._tag === 'MappingError') throw placeProblems(e, loaded.text);
    throw e;
  }
}

function progressBar(io: Io, lang: Lang): { update(p: ImportProgress): void; done(): void } {
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
      const locale = lang === 'en' ? 'en-GB' : 'nl-NL';
      const rows = lang === 'en' ? 'rows' : 'rijen';
      io.stderr.write(`\r${bar}${p.rows.toLocaleString(locale)} ${rows}, ${rate.toLocaleString(locale)} ${rows}/s `);
    },
    done() {
      if (shown) io.stderr.write('\r\u001b[2K');
    },
  };
}

function summary(report: ImportReport, lang: Lang): string {
  const s = report.stats;
  const f = report.file;
  const en = lang === 'en';
  const sheet = f.sheet ? `, ${en ? 'sheet' : 'werkblad'} ${f.sheet}` : '';
  const format = f.format === 'xlsx' ? `xlsx${sheet}` : `${f.encoding}, ${en ? 'delimiter' : 'scheidingsteken'} ${f.delimiter}`;
  const where = `${f.name} (${format}, ${en ? 'header row' : 'kopregel rij'} ${f.headerRow})`;
  if (en) {
    return `${where}: ${s.rows} rows, ${s.validRows} valid, ${s.invalidRows} invalid; ${s.errors} errors, ${s.warnings} warnings; ${report.seconds} s`;
  }
  return `${where}: ${s.rows} rijen, ${s.validRows} geldig, ${s.invalidRows} ongeldig; ${s.errors} fouten, ${s.warnings} waarschuwingen; ${report.seconds} s`;
}

/** Whether an import had no data rows. */
function hasNoRows(report: ImportReport): boolean {
  return report.stats.rows === 0;
}

/** Runs the CLI with arguments (without `node` and the script); returns the exit code. */
export async function main(argv: readonly string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const lang = langOf(argv);
  const t = (nl: string, en: string) => (lang === 'en' ? en : nl);
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
      io.stdout.write(USAGE[lang]);
      return 0;
    }
    if (rest.length > 0) throw new UsageError({ nl: `Onverwacht argument: ${rest[0]}`, en: `Unexpected argument: ${rest[0]}` });
    if (values.lang !== undefined && values.lang !== 'nl' && values.lang !== 'en')
      throw new UsageError({ nl: '--lang moet nl of en zijn.', en: '--lang must be nl or en.' });
    if (values['as-of'] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values['as-of']))
      throw new UsageError({ nl: '--as-of moet een datum jjjj-mm-dd zijn.', en: '--as-of must be a date yyyy-mm-dd.' });
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
        if (file !== undefined)
          throw new UsageError({
            nl: 'template heeft geen bestand nodig; de uitvoer gaat naar stdout.',
            en: 'template needs no file; its output goes to stdout.',
          });
        if (!values.type) throw new UsageError({ nl: 'Geef het documenttype op met --type.', en: 'Give the document type with --type.' });
        io.stdout.write(template(values.type, { locale: lang, ...(delimiter && delimiter !== '|' ? { delimiter } : {}) }));
        return 0;
      }
      case 'inspect': {
        if (!file)
          throw new UsageError({
            nl: 'Geef het bestand op: banenafspraak-csv inspect <bestand>.',
            en: 'Give the file: banenafspraak-csv inspect <file>.',
          });
        const loaded = await loadMapping(values.mapping, io, lang);
        const mapping = loaded?.mapping;
        const result = await withMappingPlaces(loaded, () =>
          inspect(file, { ...read, ...(values.type ? { type: values.type } : {}), ...(mapping ? { mapping } : {}) }),
        );
        if (values.json) {
          io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
          return 0;
        }
        const lines = [
          `${t('Bestand:        ', 'File:           ')}${result.name} (${result.format}${result.bytes !== null ? `, ${result.bytes} bytes` : ''})`,
          ...(result.format === 'csv'
            ? [
                `${t('Tekenset:       ', 'Encoding:       ')}${result.encoding} (${result.encodingSource})`,
                `${t('Scheidingsteken:', 'Delimiter:      ')} ${result.delimiter}   ${t('Regeleinde', 'Line ending')}: ${result.lineEnding}`,
              ]
            : [`${t('Werkblad:       ', 'Worksheet:      ')}${result.sheet}`]),
          `${t('Kopregel:       rij', 'Header row:     row')} ${result.headerRow}`,
          `${t('Documentsoort:  ', 'Document type:  ')}${result.documentType}`,
          t(
            `Kolommen (${result.columns.length}), ${result.sampledRows} rijen bekeken:`,
            `Columns (${result.columns.length}), ${result.sampledRows} rows looked at:`,
          ),
          ...result.columns.map(
            (c) =>
              `  ${c.letter.padEnd(3)} ${JSON.stringify(c.header).padEnd(32)} → ${(c.field ?? (c.matchedBy === 'ignored' ? t('(genegeerd)', '(ignored)') : t('(geen veld)', '(no field)'))).padEnd(36)} ${c.shape}${c.restricted ? t('  [privacy: afgeschermd]', '  [privacy: masked]') : ''}`,
          ),
          ...(result.missingRequired.length > 0
            ? [`${t('Verplichte velden zonder kolom', 'Required fields without a column')}: ${result.missingRequired.join(', ')}`]
            : []),
          '',
          t('Voorgestelde mapping (bewaar als .json en vul aan):', 'Suggested mapping (save as .json and complete it):'),
          JSON.stringify(result.suggestedMapping, null, 2),
        ];
        io.stdout.write(`${lines.join('\n')}\n`);
        return 0;
      }
      case 'import': {
        if (!file)
          throw new UsageError({
            nl: 'Geef het bestand op: banenafspraak-csv import <bestand> --type <soort>.',
            en: 'Give the file: banenafspraak-csv import <file> --type <type>.',
          });
        const loaded = await loadMapping(values.mapping, io, lang);
        const mapping = loaded?.mapping;
        if (!values.type && !mapping?.documentType)
          throw new UsageError({
            nl: 'Geef het documenttype op met --type (of documentType in de mapping).',
            en: 'Give the document type with --type (or documentType in the mapping).',
          });
        const maxErrors = positiveInt('max-errors', values['max-errors']);
        const workers = values.workers === undefined ? undefined : /^\d+$/.test(values.workers) ? Number(values.workers) : undefined;
        if (values.workers !== undefined && workers === undefined)
          throw new UsageError({
            nl: '--workers moet 0 of een positief geheel getal zijn.',
            en: '--workers must be 0 or a positive whole number.',
          });
        const bar = !values.quiet && io.stderr.isTTY ? progressBar(io, lang) : undefined;
        let report: ImportReport;
        try {
          report = await withMappingPlaces(loaded, () =>
            importCsv(file, {
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
            }),
          );
        } finally {
          bar?.done();
        }
        if (values.report) {
          try {
            await writeFile(values.report, `${JSON.stringify(report, null, 2)}\n`);
          } catch (e) {
            const code = (e as { code?: string }).code ?? 'fout';
            throw new UsageError({
              nl: `Rapport kan niet worden geschreven: ${values.report} (${code})`,
              en: `Report cannot be written: ${values.report} (${code})`,
            });
          }
        }
        if (!values.quiet) {
          io.stderr.write(`${summary(report, lang)}\n`);
          if (hasNoRows(report))
            io.stderr.write(
              `${t('Geen gegevensrijen: het bestand heeft alleen een kopregel (0 rijen).', 'No data rows: the file has a header row only (0 rows).')}\n`,
            );
          // File-level warnings (misread characters, counts) matter for the whole file.
          const fileWarnings = report.issues
            .filter((i) => i.row === null && i.severity === 'warning' && i.code !== 'csv-no-rows')
            .slice(0, 5);
          const errors = [...fileWarnings, ...report.issues.filter((i) => i.severity === 'error').slice(0, 5)];
          for (const i of errors) {
            const where = i.row === null ? (lang === 'en' ? 'file' : 'bestand') : `${lang === 'en' ? 'row' : 'rij'} ${i.row}`;
            const place = issuePlace(i);
            io.stderr.write(`  ${where}${place ? `, ${place}` : ': '}${i.message} [${i.code}]\n`);
          }
        }
        return report.valid ? 0 : 1;
      }
      default:
        throw new UsageError(
          command
            ? { nl: `Onbekende opdracht: ${command}`, en: `Unknown command: ${command}` }
            : { nl: 'Geef een opdracht: inspect, template of import.', en: 'Give a command: inspect, template or import.' },
        );
    }
  } catch (e) {
    if (
      e instanceof UsageError ||
      isCsvError(e) ||
      (e instanceof TypeError && (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))
    ) {
      const text = e instanceof UsageError || isCsvError(e) ? e.messages[lang] : e.message;
      io.stderr.write(`banenafspraak-csv: ${text}\n`);
      if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) io.stderr.write(`\n${USAGE[lang]}`);
      return 2;
    }
    // A bug, not a user error: short message, details only with DEBUG.
    io.stderr.write(`banenafspraak-csv: ${t('onverwachte fout', 'unexpected error')}: ${e instanceof Error ? e.message : String(e)}\n`);
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
