import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { ServerError, toProblem } from './errors.js';
import { API_VERSION } from './internal/http.js';

/** HTTP/1.1 reason phrases of the statuses Node's parser can give before a request exists. */
const REASON: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

/**
 * Makes a Node HTTP server answer requests its parser refuses — headers too large (431), a
 * malformed request (400), a request timeout (408) — with an RFC 9457 problem document like
 * every other error, instead of Node's bare status line. The connection is closed after it:
 * the parser cannot tell where the next request would start.
 *
 * @example
 * ```ts
 * import { serve } from '@hono/node-server';
 * const server = serve({ fetch: app.fetch, port: 3000 });
 * answerClientErrors(server as import('node:http').Server);
 * ```
 */
export function answerClientErrors(server: Pick<Server, 'on'>): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A reset or half-closed socket has nobody left to answer.
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const problem =
      status === 431
        ? toProblem(new ServerError('headers-too-large', 'De headers van het verzoek zijn te groot.'))
        : status === 408
          ? {
              type: 'urn:banenafspraak:problem:request-timeout',
              title: 'Verzoek niet op tijd',
              status: 408,
              detail: 'Het verzoek kwam niet op tijd binnen.',
            }
          : toProblem(new ServerError('invalid-input', 'Het verzoek is geen geldig HTTP-verzoek.'));
    const body = JSON.stringify(problem);
    socket.end(
      [
        `HTTP/1.1 ${status} ${REASON[status]}`,
        'Content-Type: application/problem+json; charset=utf-8',
        `Content-Length: ${Buffer.byteLength(body)}`,
        `API-Version: ${API_VERSION}`,
        'Cache-Control: no-store',
        'X-Content-Type-Options: nosniff',
        'Connection: close',
        '',
        body,
      ].join('\r\n'),
    );
  });
}
