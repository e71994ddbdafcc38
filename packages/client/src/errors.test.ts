import { describe, expect, it } from 'vitest';
import {
  AbortedError,
  ConflictError,
  isClientError,
  isProblemError,
  NetworkError,
  NotFoundError,
  ProblemError,
  TimeoutError,
  UnexpectedResponseError,
} from './errors.js';

const request = { method: 'PUT', url: 'https://api.test/v1/placements/p1' };

describe('client errors', () => {
  it('messages say what happened, with the number of issues', () => {
    const issues = [
      { severity: 'error' as const, code: 'too_small', path: ['hoursPerWeek'], message: 'Te klein.' },
      { severity: 'error' as const, code: 'invalid_value', path: ['region'], message: 'Onbekende regio.' },
    ];
    expect(
      new ProblemError(400, { title: 'Ongeldige invoer', detail: 'Het document voldoet niet aan de standaard.', issues }, request).message,
    ).toMatchInlineSnapshot(`"Ongeldige invoer: Het document voldoet niet aan de standaard. (2 issues)"`);
    expect(new ConflictError(412, { title: 'Voorwaarde niet vervuld' }, request).message).toMatchInlineSnapshot(
      `"Voorwaarde niet vervuld"`,
    );
    expect(new NotFoundError(404, {}, request).message).toMatchInlineSnapshot(`"HTTP 404"`);
    expect(new NetworkError(request, new TypeError('fetch failed')).message).toMatchInlineSnapshot(`"Network error: fetch failed"`);
    expect(new TimeoutError(request, 5000).message).toMatchInlineSnapshot(`"The request did not complete within 5000 ms"`);
    expect(new AbortedError(request).message).toMatchInlineSnapshot(`"The request was aborted"`);
    expect(new UnexpectedResponseError('Expected JSON, got text/html', 200, request).message).toMatchInlineSnapshot(
      `"Expected JSON, got text/html"`,
    );
  });

  it('carries the problem document, its issues and code', () => {
    const e = new ConflictError(412, { code: 'precondition-failed', status: 412, title: 'x' }, request);
    expect(e).toMatchObject({
      _tag: 'ConflictError',
      name: 'ConflictError',
      status: 412,
      code: 'precondition-failed',
      isStale: true,
      issues: [],
      request,
    });
    expect(new ConflictError(409, { title: 'x' }).isStale).toBe(false);
  });

  it('guards check the tag, not the prototype', () => {
    const foreign = { _tag: 'NetworkError', message: 'from another copy of the package' };
    expect(isClientError(foreign)).toBe(true);
    expect(isProblemError(foreign)).toBe(false);
    expect(isProblemError({ _tag: 'NotFoundError', message: 'x', status: 404 })).toBe(true);
    expect(isClientError(new Error('x'))).toBe(false);
    expect(isClientError({ _tag: 'SomethingElse', message: 'x' })).toBe(false);
    expect(isClientError(null)).toBe(false);
    expect(isClientError('NetworkError')).toBe(false);
  });

  it('AbortedError looks like fetch’s AbortError', () => {
    const reason = new Error('navigated away');
    const e = new AbortedError(request, reason);
    expect(e.name).toBe('AbortError');
    expect(e.cause).toBe(reason);
  });
});
