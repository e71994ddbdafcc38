/**
 * A structured logger: one JSON object per line.
 *
 * @public
 */
export interface Logger {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

/**
 * Creates a logger that writes JSON lines to `write` (stdout by default). Callers pass only
 * fields that are safe to log: this server never logs request bodies, query strings,
 * headers or tokens, and masks long digit runs (possible BSNs) in paths.
 *
 * @public
 */
export function createJsonLogger(write: (line: string) => void = (line) => process.stdout.write(line)): Logger {
  const log =
    (level: string) =>
    (msg: string, fields: Record<string, unknown> = {}) => {
      write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`);
    };
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

/**
 * A logger that drops everything.
 *
 * @public
 */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * Masks runs of 8 or more digits (BSNs, other numbers that identify people) in a path, also
 * next to letters and with spaces, dots or dashes between the digits (`999.99.2077`), in every
 * segment except record ids (UUIDs).
 *
 * @public
 */
export function maskPath(path: string): string {
  return path
    .split('/')
    .map((segment) => (UUID.test(segment) ? segment : segment.replace(/\d(?:[ .-]?\d){7,}/g, (m) => '*'.repeat(m.length))))
    .join('/');
}
