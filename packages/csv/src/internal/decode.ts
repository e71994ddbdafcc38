/**
 * Encoding detection and decoding: BOM → strict UTF-8 → Windows-1252 fallback, or a forced
 * encoding. Node's own `TextDecoder('windows-1252')` is Latin-1 without full ICU (it turns
 * `€` into a control character), so everything except UTF-8 and UTF-16 goes through iconv-lite.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { EncodingError } from '../errors.js';
import { at } from './lists.js';

/** How the encoding was chosen. */
export type EncodingSource = 'bom' | 'valid-utf-8' | 'fallback' | 'forced';

export interface EncodingChoice {
  /** Canonical name: `utf-8`, `utf-16le`, `utf-16be`, `windows-1252` or a forced iconv-lite name. */
  readonly encoding: string;
  readonly source: EncodingSource;
  /** Bytes of byte-order mark to skip. */
  readonly bomLength: number;
}

/** The BOM at the start of the bytes, if any. */
export function sniffBom(head: Uint8Array): EncodingChoice | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', source: 'bom', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', source: 'bom', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', source: 'bom', bomLength: 2 };
  return undefined;
}

const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  utf16le: 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16': 'utf-16le',
  utf16be: 'utf-16be',
  'utf-16be': 'utf-16be',
  cp1252: 'windows-1252',
  'windows-1252': 'windows-1252',
  win1252: 'windows-1252',
  ansi: 'windows-1252',
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
};

/**
 * Resolves a forced encoding name. Latin-1 is read as Windows-1252, as browsers do: a file
 * labelled Latin-1 that holds `€` is Windows-1252 in practice.
 *
 * @throws {@link EncodingError} for an encoding iconv-lite does not know
 */
export function forcedEncoding(name: string, head: Uint8Array): EncodingChoice {
  const key = name.trim().toLowerCase();
  const encoding = ALIASES[key] ?? key;
  if (!ALIASES[key] && !iconv.encodingExists(encoding)) {
    throw new EncodingError(
      {
        nl: `Onbekende tekenset: ${JSON.stringify(name)}. Gebruik bijvoorbeeld utf-8, windows-1252 of utf-16le.`,
        en: `Unknown encoding: ${JSON.stringify(name)}. Use for example utf-8, windows-1252 or utf-16le.`,
      },
      name,
    );
  }
  const bom = sniffBom(head);
  const bomLength = bom && bom.encoding === encoding ? bom.bomLength : 0;
  return { encoding, source: 'forced', bomLength };
}

/** Checks UTF-8 validity across chunk boundaries, without keeping the data. */
export class Utf8Validator {
  private carry: Uint8Array = new Uint8Array(0);
  valid = true;

  push(chunk: Uint8Array): void {
    if (!this.valid) return;
    let data = chunk;
    if (this.carry.length > 0) {
      const joined = new Uint8Array(this.carry.length + chunk.length);
      joined.set(this.carry);
      joined.set(chunk, this.carry.length);
      data = joined;
    }
    // Hold back an incomplete multi-byte sequence at the end for the next chunk.
    let cut = data.length;
    for (let back = 1; back <= 3 && back <= data.length; back++) {
      const b = at(data, data.length - back);
      if ((b & 0xc0) === 0x80) continue; // continuation byte
      if (b >= 0xc0) {
        const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
        if (need > back) cut = data.length - back;
      }
      break;
    }
    if (!isUtf8(data.subarray(0, cut))) this.valid = false;
    // A copy: the caller may reuse its buffer (Buffer#slice would be a view).
    this.carry = Uint8Array.prototype.slice.call(data, cut);
  }

  end(): boolean {
    if (this.valid && this.carry.length > 0) this.valid = false;
    return this.valid;
  }
}

/** A streaming decoder of bytes to text. */
export interface TextChunkDecoder {
  write(chunk: Uint8Array): string;
  end(): string;
}

/**
 * Creates a streaming decoder.
 *
 * @param strict - throw on invalid UTF-8 (used when the choice rests on a sample only)
 */
export function createDecoder(encoding: string, strict = false): TextChunkDecoder {
  if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') {
    const decoder = new TextDecoder(encoding, { fatal: strict, ignoreBOM: true });
    return {
      write: (chunk) => decoder.decode(chunk, { stream: true }),
      end: () => decoder.decode(),
    };
  }
  const decoder = iconv.getDecoder(encoding);
  return {
    write: (chunk) => decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)),
    end: () => decoder.end() ?? '',
  };
}

/** Encodes text for output files in the given encoding (reports follow the input's encoding). */
export function encodeText(text: string, encoding: string): Uint8Array {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  return iconv.encode(text, encoding);
}
