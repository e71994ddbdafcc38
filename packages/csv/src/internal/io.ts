/** Inputs and outputs: byte sources that can be read (and, for files, re-read) and buffered text sinks. */
import { createReadStream, createWriteStream, open as openFd } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError, type Messages, OutputError } from '../errors.js';
import type { ImportInput, OutputTarget } from '../types.js';

/** A readable input. */
export interface ByteSource {
  readonly name: string;
  readonly size: number | undefined;
  /** The first bytes (up to 64 KiB), for BOM, zip signature and sniffing. */
  readonly head: Uint8Array;
  /** Whether `open()` may be called more than once (files and byte arrays). */
  readonly reopenable: boolean;
  readonly isXlsx: boolean;
  /** A path when the input is a file (exceljs reads it directly). */
  readonly path: string | undefined;
  open(): AsyncIterable<Uint8Array>;
  /**
   * Reads every byte once through one reused buffer, for a first pass (encoding check, hash)
   * that leaves no garbage behind. Only on reopenable sources; `visit` must not keep a chunk.
   */
  scan?(visit: (chunk: Uint8Array) => void): Promise<void>;
}

const SCAN_BUFFER = 1 << 20;
const utf8 = new TextDecoder();

const CHUNK = 1 << 16;
/**
 * Bytes an output file may hold unwritten before the import waits for the disk. (1 MiB, room
 * for a few chunks' output, showed no clear gain in speed and a few MB more peak RSS.)
 */
const OUTPUT_BUFFER = 1 << 16;
const ZIP = [0x50, 0x4b, 0x03, 0x04];

function systemMessage(code: string | undefined, name: string): Messages {
  switch (code) {
    case 'ENOENT':
      return { nl: `Bestand niet gevonden: ${name}`, en: `File not found: ${name}` };
    case 'EACCES':
    case 'EPERM':
      return { nl: `Geen toegang tot het bestand: ${name}`, en: `No access to the file: ${name}` };
    case 'EISDIR':
      return { nl: `Dit is een map, geen bestand: ${name}`, en: `This is a folder, not a file: ${name}` };
    default:
      return {
        nl: `Het bestand kan niet worden gelezen: ${name}${code ? ` (${code})` : ''}`,
        en: `The file cannot be read: ${name}${code ? ` (${code})` : ''}`,
      };
  }
}

function isXlsx(name: string, head: Uint8Array, format: 'csv' | 'xlsx' | undefined): boolean {
  if (format) return format === 'xlsx';
  if (/\.xlsx$/i.test(name)) return true;
  return ZIP.every((b, i) => head[i] === b);
}

function toBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  throw new InputError('De invoer levert geen bytes.');
}

/**
 * Opens an input.
 *
 * @throws {@link InputError} when a file is missing, a directory or unreadable
 */
export async function openSource(input: ImportInput, options: { name?: string; format?: 'csv' | 'xlsx' }): Promise<ByteSource> {
  if (typeof input === 'string' || input instanceof URL) {
    const path = typeof input === 'string' ? input : fileURLToPath(input);
    const name = options.name ?? basename(path);
    let size: number;
    let head: Uint8Array;
    try {
      const s = await stat(path);
      if (s.isDirectory()) throw Object.assign(new Error('dir'), { code: 'EISDIR' });
      size = s.size;
      const fh = await open(path, 'r');
      try {
        const buf = Buffer.alloc(Math.min(CHUNK, size));
        const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
        head = buf.subarray(0, bytesRead);
      } finally {
        await fh.close();
      }
    } catch (e) {
      const code = (e as { code?: string }).code;
      throw new InputError(systemMessage(code, name), code);
    }
    return {
      name,
      size,
      head,
      reopenable: true,
      isXlsx: isXlsx(name, head, options.format),
      path,
      async scan(visit) {
        try {
          const fh = await open(path, 'r');
          try {
            const buffer = Buffer.allocUnsafe(SCAN_BUFFER);
            for (let position = 0; ; ) {
              const { bytesRead } = await fh.read(buffer, 0, buffer.length, position);
              if (bytesRead === 0) break;
              visit(buffer.subarray(0, bytesRead));
              position += bytesRead;
            }
          } finally {
            await fh.close();
          }
        } catch (e) {
          const code = (e as { code?: string }).code;
          throw new InputError(systemMessage(code, name), code);
        }
      },
      async *open() {
        const stream = createReadStream(path, { highWaterMark: CHUNK });
        try {
          for await (const chunk of stream) yield chunk as Buffer;
        } catch (e) {
          const code = (e as { code?: string }).code;
          throw new InputError(systemMessage(code, name), code);
        } finally {
          stream.destroy();
        }
      },
    };
  }
  if (input instanceof Uint8Array) {
    const name = options.name ?? 'invoer';
    return {
      name,
      size: input.byteLength,
      head: input.subarray(0, CHUNK),
      reopenable: true,
      isXlsx: isXlsx(name, input, options.format),
      path: undefined,
      async scan(visit) {
        visit(input);
      },
      async *open() {
        for (let i = 0; i < input.byteLength; i += CHUNK) yield input.subarray(i, i + CHUNK);
      },
    };
  }
  const iterable = input as AsyncIterable<unknown>;
  if (iterable === null || typeof iterable !== 'object' || typeof iterable[Symbol.asyncIterator] !== 'function') {
    throw new InputError('Onbekende invoer: geef een pad, bytes of een stream.');
  }
  // A stream can be read once: keep the first chunks as head and replay them.
  const iterator = iterable[Symbol.asyncIterator]();
  const buffered: Uint8Array[] = [];
  let headLength = 0;
  let done = false;
  try {
    while (headLength < CHUNK) {
      const next = await iterator.next();
      if (next.done) {
        done = true;
        break;
      }
      const bytes = toBytes(next.value);
      buffered.push(bytes);
      headLength += bytes.byteLength;
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`De invoer kan niet worden gelezen: ${e instanceof Error ? e.message : String(e)}`);
  }
  const head = Buffer.concat(buffered).subarray(0, CHUNK);
  const name = options.name ?? 'invoer';
  let opened = false;
  return {
    name,
    size: undefined,
    head,
    reopenable: false,
    isXlsx: isXlsx(name, head, options.format),
    path: undefined,
    async *open() {
      if (opened) throw new InputError('Een stream kan maar één keer worden gelezen.');
      opened = true;
      yield* buffered;
      if (done) return;
      try {
        while (true) {
          const next = await iterator.next();
          if (next.done) return;
          yield toBytes(next.value);
        }
      } catch (e) {
        if (e instanceof InputError) throw e;
        throw new InputError(`De invoer kan niet worden gelezen: ${e instanceof Error ? e.message : String(e)}`);
      }
    },
  };
}

/** A text output with a write buffer and backpressure. */
export class TextSink {
  private buffer = '';
  private waiting: Promise<void> | undefined;
  private failed: Error | undefined;

  private constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly owned: boolean,
    private readonly label: string,
  ) {
    stream.on('error', (e: Error) => {
      this.failed = e;
    });
  }

  /**
   * Opens a sink on a path (created or truncated) or wraps a writable stream.
   *
   * @throws {@link OutputError} when the file cannot be created
   */
  static async open(target: OutputTarget): Promise<TextSink> {
    if (typeof target === 'string') {
      try {
        const fd = await new Promise<number>((resolve, reject) => openFd(target, 'w', (e, fd) => (e ? reject(e) : resolve(fd))));
        // A stream on the descriptor writes through fs callbacks; a FileHandle's stream would
        // go through a promise for every write.
        return new TextSink(createWriteStream(target, { fd, highWaterMark: OUTPUT_BUFFER }), true, target);
      } catch (e) {
        const code = (e as { code?: string }).code;
        throw new OutputError(
          {
            nl: `Uitvoerbestand kan niet worden aangemaakt: ${target}${code ? ` (${code})` : ''}`,
            en: `Output file cannot be created: ${target}${code ? ` (${code})` : ''}`,
          },
          code,
        );
      }
    }
    return new TextSink(target, false, 'stream');
  }

  write(text: string | Uint8Array): void {
    if (typeof text !== 'string') {
      if (!this.owned) {
        // A caller's stream gets text, as it always does, whichever thread made the output.
        this.write(utf8.decode(text));
        return;
      }
      this.flush();
      this.send(text);
      return;
    }
    this.buffer += text;
    // Written in pieces below V8's large-object size (see batch.ts), so they die young.
    if (this.buffer.length >= 1 << 15) this.flush();
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    const text = this.buffer;
    this.buffer = '';
    this.send(text);
  }

  private send(data: string | Uint8Array): void {
    const ok = this.stream.write(data);
    if (!ok && !this.waiting) {
      this.waiting = new Promise<void>((resolve) => {
        const done = () => {
          this.stream.removeListener('drain', done);
          this.stream.removeListener('error', done);
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('error', done);
      }).then(() => {
        this.waiting = undefined;
      });
    }
  }

  /** Resolves when the stream has room again. */
  async ready(): Promise<void> {
    if (this.failed) throw this.outputError();
    if (this.waiting) await this.waiting;
    if (this.failed) throw this.outputError();
  }

  private outputError(): OutputError {
    const code = (this.failed as { code?: string } | undefined)?.code;
    return new OutputError(
      {
        nl: `Schrijven naar ${this.label} is mislukt${code ? ` (${code})` : ''}.`,
        en: `Writing to ${this.label} failed${code ? ` (${code})` : ''}.`,
      },
      code,
    );
  }

  /** Flushes and, for files this sink opened, closes. */
  async close(): Promise<void> {
    this.flush();
    if (this.failed) throw this.outputError();
    if (!this.owned) {
      if (this.waiting) await this.waiting;
      return;
    }
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      (this.stream as NodeJS.WritableStream & { end(cb: () => void): void }).end(() => resolve());
    }).catch(() => {
      throw this.outputError();
    });
  }

  /** Closes without waiting, after a failure. */
  destroy(): void {
    if (this.owned) (this.stream as unknown as { destroy?: () => void }).destroy?.();
  }
}
