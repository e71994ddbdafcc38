// What only a real socket shows: oversized headers (rejected by Node's parser before the app
// runs) and a keep-alive client after a 413.

import { Agent, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { answerClientErrors, createApp, createMemoryStorage, signToken, silentLogger } from '@banenafspraak/server';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SECRET = 'http-test-secret-that-is-long-enough-0123';
let server: Server;
let port = 0;
let token = '';

beforeAll(async () => {
  const app = createApp({ storage: createMemoryStorage(), auth: { secret: SECRET }, logger: silentLogger, maxBodyBytes: 1024 });
  server = await new Promise<Server>((ok) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => ok(s as Server)) as Server;
  });
  answerClientErrors(server);
  port = (server.address() as AddressInfo).port;
  token = await signToken({ userId: 'u1', organisation: { scheme: 'KVK', value: '12345678' }, roles: ['WRITER'] }, SECRET);
});

afterAll(async () => {
  await new Promise<void>((ok) => {
    server.close(() => ok());
    server.closeAllConnections();
  });
});

function send(
  agent: Agent,
  method: string,
  path: string,
  body?: string,
): Promise<{ status: number; headers: Record<string, unknown>; text: string }> {
  return new Promise((ok, fail) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method, path, agent, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => {
          text += d;
        });
        res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, text }));
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

describe('over a real socket', () => {
  /** Sends raw bytes and returns everything the server answers until it closes the connection. */
  const raw = (bytes: string) =>
    new Promise<string>((ok, fail) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
      let data = '';
      socket.setEncoding('utf8');
      socket.on('data', (d) => {
        data += d;
      });
      socket.on('end', () => ok(data));
      socket.on('error', fail);
    });

  it('answers oversized headers with a 431 problem document', async () => {
    const answer = await raw(`GET /v1/placements HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20 * 1024)}\r\n\r\n`);
    expect(answer.startsWith('HTTP/1.1 431')).toBe(true);
    expect(answer).toMatch(/content-type: application\/problem\+json/i);
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
    expect(body).toMatchObject({ status: 431, code: 'headers-too-large' });
  });

  it('answers a request that is not HTTP with a 400 problem document that does not repeat it', async () => {
    const answer = await raw('EchoMark \u0001\u0002 nonsense\r\n\r\n');
    expect(answer.startsWith('HTTP/1.1 400')).toBe(true);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 400, code: 'invalid-input' });
    expect(answer).not.toContain('EchoMark');
  });

  it('closes the connection after a 413, so a keep-alive client’s next request succeeds', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const big = await send(agent, 'POST', '/v1/placements', JSON.stringify({ pad: 'x'.repeat(64 * 1024) }));
      expect(big.status).toBe(413);
      expect(big.headers.connection).toBe('close');
      expect(JSON.parse(big.text)).toMatchObject({ status: 413 });
      for (let i = 0; i < 3; i++) expect((await send(agent, 'GET', '/v1/placements')).status).toBe(200);
    } finally {
      agent.destroy();
    }
  });
});
