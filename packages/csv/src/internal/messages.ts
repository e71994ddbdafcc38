/** Messages of the adapter's own issues, in Dutch and English. None contains a cell value. */
import type { Locale } from '@banenafspraak/core';

type Text = { readonly nl: string; readonly en: string };

export const MESSAGES = {
  'csv-invalid-date': {
    nl: 'Geen geldige datum; gebruik dd-mm-jjjj of jjjj-mm-dd.',
    en: 'Not a valid date; use dd-mm-yyyy or yyyy-mm-dd.',
  },
  'csv-invalid-datetime': {
    nl: 'Geen geldig tijdstip; gebruik dd-mm-jjjj uu:mm of een ISO-tijdstip.',
    en: 'Not a valid date-time; use dd-mm-yyyy hh:mm or an ISO date-time.',
  },
  'csv-invalid-number': { nl: 'Geen geldig getal; gebruik bijvoorbeeld 1.234,5.', en: 'Not a valid number; use for example 1.234,5.' },
  'csv-invalid-integer': { nl: 'Geen geldig geheel getal.', en: 'Not a valid whole number.' },
  'csv-invalid-amount': {
    nl: 'Geen geldig bedrag in euro (hoogstens 2 decimalen).',
    en: 'Not a valid amount in euros (at most 2 decimals).',
  },
  'csv-invalid-percentage': { nl: 'Geen geldig percentage.', en: 'Not a valid percentage.' },
  'csv-invalid-boolean': { nl: 'Geen ja/nee-waarde; gebruik ja, nee, j, n of x.', en: 'Not a yes/no value; use ja, nee, j, n or x.' },
  'csv-unknown-code': { nl: 'Onbekende waarde; toegestaan zijn: {codes}.', en: 'Unknown value; allowed are: {codes}.' },
  'csv-unknown-municipality': {
    nl: 'Onbekende gemeente; gebruik een GM-code of de CBS-naam.',
    en: 'Unknown municipality; use a GM code or the CBS name.',
  },
  'csv-ambiguous-municipality': {
    nl: 'Gemeentenaam is niet eenduidig; gebruik de GM-code.',
    en: 'Municipality name is ambiguous; use the GM code.',
  },
  'csv-unknown-organisation': {
    nl: 'Onbekende organisatie; gebruik een AM- of GM-code, UWV, een KvK-, vestigings- of OIN-nummer, of de CBS-naam van een gemeente of regio.',
    en: 'Unknown organisation; use an AM or GM code, UWV, a KvK, establishment or OIN number, or the CBS name of a municipality or region.',
  },
  'csv-unknown-region': {
    nl: 'Onbekende arbeidsmarktregio; gebruik een AM-code of de CBS-naam.',
    en: 'Unknown labour-market region; use an AM code or the CBS name.',
  },
  'csv-invalid-uuid': { nl: 'Geen geldige UUID.', en: 'Not a valid UUID.' },
  'csv-masked-value': {
    nl: 'Deze cel is afgeschermd in een eerder rapport; vul de waarde in uit het oorspronkelijke bestand.',
    en: 'This cell was masked in an earlier report; fill in the value from the original file.',
  },
  'csv-excel-error': {
    nl: 'De cel bevat de Excel-foutwaarde {value}: de formule in het blad gaf geen waarde. Herstel de formule of vul de waarde in.',
    en: 'The cell holds the Excel error value {value}: the formula in the sheet gave no value. Fix the formula or fill in the value.',
  },
  'csv-mojibake': {
    nl: 'Tekens in deze kolom lijken verkeerd gelezen (bijvoorbeeld Ã© of â‚¬ in plaats van é of €), voor het eerst in rij {row}. Het bestand is gelezen als {encoding}; geef de juiste tekenset op met --encoding (bijvoorbeeld --encoding utf-8), of exporteer het blad opnieuw als CSV UTF-8.',
    en: 'Characters in this column look misread (for example Ã© or â‚¬ instead of é or €), first in row {row}. The file was read as {encoding}; give the right encoding with --encoding (for example --encoding utf-8), or export the sheet again as CSV UTF-8.',
  },
  'csv-mojibake-in-file': {
    nl: 'Tekens in deze kolom lijken verkeerd gelezen (bijvoorbeeld Ã© of â‚¬ in plaats van é of €), voor het eerst in rij {row}. Het bestand is gelezen als {encoding} en bevat deze tekens zelf: het is eerder al met de verkeerde tekenset omgezet, dus --encoding helpt hier niet. Exporteer het blad opnieuw als CSV UTF-8 uit het oorspronkelijke bestand.',
    en: 'Characters in this column look misread (for example Ã© or â‚¬ instead of é or €), first in row {row}. The file was read as {encoding} and holds these characters itself: it was converted with the wrong encoding before, so --encoding does not help here. Export the sheet again as CSV UTF-8 from the original file.',
  },
  'csv-name-resolved': { nl: 'Naam omgezet naar de code.', en: 'Name converted to the code.' },
  'csv-uppercased': { nl: 'Code omgezet naar hoofdletters.', en: 'Code converted to upper case.' },
  'csv-spaces-removed': {
    nl: 'Spaties en scheidingstekens uit het nummer verwijderd.',
    en: 'Spaces and separators removed from the number.',
  },
  'csv-bsn-padded': {
    nl: 'BSN had 8 cijfers (voorloopnul weggevallen in de spreadsheet); aangevuld met een 0.',
    en: 'BSN had 8 digits (leading zero lost in the spreadsheet); padded with a 0.',
  },
  'csv-extra-cells': {
    nl: 'De rij heeft meer gevulde cellen dan de kopregel: een scheidingsteken in een cel heeft de cellen erna verschoven, zodat waarden in de verkeerde kolom kunnen staan. Zet die cel tussen aanhalingstekens of haal het scheidingsteken weg, en importeer opnieuw.',
    en: 'The row has more filled cells than the header: a delimiter inside a cell moved the cells after it, so values may sit in the wrong column. Put that cell in quotes or remove the delimiter, and import again.',
  },
  'csv-extra-cells-ignored': {
    nl: 'De rij heeft gevulde cellen rechts van de laatste kolom met een kop; die cellen zijn genegeerd.',
    en: 'The row has filled cells to the right of the last column with a header; those cells were ignored.',
  },
  'csv-extra-cells-line-break': {
    nl: 'De rij heeft meer gevulde cellen dan de kopregel: een regeleinde van een andere soort dan de rest van het bestand (bijvoorbeeld LF in een bestand met CRLF) heeft deze rij en de volgende samengevoegd. Sla het bestand op met één soort regeleinde, of zet de cel met het regeleinde tussen aanhalingstekens, en importeer opnieuw.',
    en: 'The row has more filled cells than the header: a line break of another kind than the rest of the file (for example LF in a file with CRLF) joined this row and the next. Save the file with one kind of line break, or put the cell with the line break in quotes, and import again.',
  },
  'csv-quotes': {
    nl: 'Aanhalingstekens in deze rij kloppen niet: een cel die hier met een aanhalingsteken begint wordt niet (goed) afgesloten, zodat volgende regels in die cel terecht kunnen komen. Herstel het aanhalingsteken in het bestand en importeer opnieuw.',
    en: 'Quotes in this row are broken: a cell that starts with a quote here is not closed (properly), so the lines after it may have ended up in that cell. Fix the quote in the file and import again.',
  },
  'csv-line-count': {
    nl: 'Tellingen kloppen niet: {lines} regels gelezen, {records} records, {rows} rijen gemeld. Er kan een rij ontbreken; controleer aanhalingstekens en regelovergangen.',
    en: 'Counts do not agree: {lines} lines read, {records} records, {rows} rows reported. A row may be missing; check quotes and line breaks.',
  },
  'csv-missing-column': {
    nl: 'Verplicht veld zonder kolom en zonder vaste waarde; geef het in de mapping een kolom of een vaste waarde (constants) als {field}.',
    en: 'Required field without a column and without a constant; give it a column or a constant in the mapping as {field}.',
  },
  'csv-mapped-column-absent': {
    nl: 'Kolom uit de mapping staat niet in het bestand: {column}.',
    en: 'Column from the mapping is not in the file: {column}.',
  },
  'csv-duplicate-field': {
    nl: 'Het veld heeft al een kolom; deze kolom wordt genegeerd.',
    en: 'The field already has a column; this column is ignored.',
  },
  'csv-unmapped-column-masked': {
    nl: 'Kolom hoort bij geen veld van dit documenttype (dat heeft geen plaats voor notities of namen van personen): niet gebruikt en afgeschermd in elke uitvoer.',
    en: 'Column belongs to no field of this document type (it has no place for notes or names of persons): not used, and masked in every output.',
  },
  'csv-status-from-date': {
    nl: 'Het bestand heeft geen statuskolom: een contact op of vóór de peildatum (--as-of, anders vandaag) wordt gelezen als gehouden (HELD), een later contact als gepland (PLANNED). Een geannuleerd contact vraagt een statuskolom.',
    en: 'The file has no status column: a contact on or before the as-of date (--as-of, else today) is read as held (HELD), a later one as planned (PLANNED). A cancelled contact needs a status column.',
  },
  'csv-unmapped-column': { nl: 'Kolom wordt niet gebruikt (geen bekend veld).', en: 'Column is not used (no known field).' },
  'csv-no-rows': { nl: 'Het bestand bevat geen gegevensrijen.', en: 'The file contains no data rows.' },
  'csv-rule-failed': { nl: 'Rij kon niet worden gecontroleerd.', en: 'Row could not be checked.' },
} as const satisfies Record<string, Text>;

export type MessageCode = keyof typeof MESSAGES;

/** The message for a code in a language, with `{name}` placeholders filled in. */
export function message(code: MessageCode, locale: Locale, params?: Record<string, string>): string {
  let text: string = MESSAGES[code][locale];
  if (params) for (const [k, v] of Object.entries(params)) text = text.replace(`{${k}}`, v);
  return text;
}
