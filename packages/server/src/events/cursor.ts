import { ServerError } from '../errors.js';

/**
 * Position in the event feed: the writing transaction's id (xid8 on PostgreSQL, 0 in memory)
 * and the event's sequence number within the outbox. Opaque to clients (base64url).
 */
export interface EventPosition {
  readonly xid: string;
  readonly seq: number;
}

/** The position before the first event. */
export const FEED_START: EventPosition = { xid: '0', seq: 0 };

export function encodeEventCursor(p: EventPosition): string {
  return Buffer.from(`e:${p.xid}:${p.seq}`, 'utf8').toString('base64url');
}

/** The largest transaction id (xid8 is an unsigned 64-bit integer). */
const MAX_XID = 2n ** 64n - 1n;

/** Decodes a cursor of {@link encodeEventCursor}; 400 for anything else. */
export function decodeEventCursor(cursor: string | undefined): EventPosition {
  if (cursor === undefined || cursor === '') return FEED_START;
  const m = /^e:(\d{1,20}):(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m || BigInt(m[1] as string) > MAX_XID) {
    throw new ServerError('invalid-input', 'De cursor is ongeldig.', {
      issues: [{ severity: 'error', code: 'invalid_cursor', path: ['after'], message: 'De cursor is ongeldig.' }],
    });
  }
  return { xid: String(BigInt(m[1] as string)), seq: Number(m[2]) };
}
