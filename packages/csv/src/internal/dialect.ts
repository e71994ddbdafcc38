/**
 * Dialect sniffing on a text sample: delimiter and line ending. Title rows above the header
 * hold one cell and no delimiter, so the delimiter is the one that splits most of the sample's
 * lines into the same number of cells (more than one).
 */

export type Delimiter = ';' | ',' | '\t' | '|';
export type LineEnding = '\r\n' | '\n' | '\r';

const CANDIDATES: readonly Delimiter[] = [';', ',', '\t', '|'];

/** Splits a sample into logical lines, honouring quotes (a quoted newline stays inside). */
function sampleLines(sample: string, limit: number): string[] {
  const lines: string[] = [];
  let start = 0;
  let inQuotes = false;
  for (let i = 0; i < sample.length && lines.length < limit; i++) {
    const c = sample.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (!inQuotes && (c === 10 || c === 13)) {
      lines.push(sample.slice(start, i));
      if (c === 13 && sample.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  // The last line may be cut off by the sample: only use it when the sample is the whole text.
  return lines;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let n = 0;
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === delimiter) n++;
  }
  return n;
}

/**
 * Guesses the delimiter. Ties go to `;`, the Dutch Excel default, then `,`, tab and `|`.
 *
 * @param complete - whether the sample is the whole text (then its last line counts too)
 */
export function sniffDelimiter(sample: string, complete: boolean): Delimiter {
  let lines = sampleLines(sample, 200);
  if (complete) {
    const rest = sample.slice(lines.join('\n').length).replace(/^[\r\n]+/, '');
    if (rest.length > 0 && lines.length < 200) lines.push(rest);
  }
  lines = lines.filter((l) => l.trim() !== '');
  if (lines.length === 0) return ';';
  let best: Delimiter = ';';
  let bestScore = 0;
  for (const d of CANDIDATES) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    const freq = new Map<number, number>();
    for (const c of counts) if (c > 0) freq.set(c, (freq.get(c) ?? 0) + 1);
    let modeShare = 0;
    let mode = 0;
    for (const [c, f] of freq) {
      if (f > modeShare || (f === modeShare && c > mode)) {
        modeShare = f;
        mode = c;
      }
    }
    // Consistency (share of lines with the modal count) first, then width.
    const score = modeShare === 0 ? 0 : modeShare / lines.length + Math.min(mode, 50) / 1000;
    if (score > bestScore + 1e-9) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** The first line ending outside quotes; `\r\n` when there is none. */
export function sniffLineEnding(sample: string): LineEnding {
  let inQuotes = false;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (!inQuotes && c === 13) return sample.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
    else if (!inQuotes && c === 10) return '\n';
  }
  return '\r\n';
}

/** Name of a delimiter for people. */
export function delimiterName(d: string): string {
  return d === '\t' ? 'tab' : d;
}
