import type { LifecycleEvent } from '@banenafspraak/core';
import * as Effect from 'effect/Effect';

/**
 * Why a webhook was refused: missing headers, a stale timestamp, a wrong signature, or a body that is not an event.
 *
 * @public
 */
export type WebhookFailure = 'missing-headers' | 'timestamp-out-of-range' | 'invalid-signature' | 'invalid-payload';

/**
 * Thrown by {@link verifyWebhook} (and the failure of {@link verifyWebhookEffect}) when a
 * request is not a genuine, fresh webhook of the subscription. Answer it with 400 or 401 and
 * do not act on the body. Check with {@link isWebhookVerificationError}.
 *
 * @public
 */
export class WebhookVerificationError extends Error {
  readonly _tag = 'WebhookVerificationError' as const;
  readonly reason: WebhookFailure;
  constructor(reason: WebhookFailure) {
    super(`Webhook refused: ${reason}`);
    this.reason = reason;
  }
}

/**
 * Whether a value is a {@link WebhookVerificationError} (works across bundles, unlike `instanceof`).
 *
 * @public
 */
export function isWebhookVerificationError(value: unknown): value is WebhookVerificationError {
  return typeof value === 'object' && value !== null && (value as { _tag?: unknown })._tag === 'WebhookVerificationError';
}

/**
 * A received webhook: a Fetch `Request`, or its headers and raw body as a Node server has them.
 *
 * @public
 */
export type WebhookInput =
  | Request
  | { readonly headers: Headers | Readonly<Record<string, string | string[] | undefined>>; readonly body: string };

/**
 * Options of {@link verifyWebhook}.
 *
 * @public
 */
export interface VerifyWebhookOptions {
  /** How far `webhook-timestamp` may be from now, in seconds (default 300), against replays. */
  readonly toleranceSeconds?: number;
  /** The receiver's clock (default `Date.now`). */
  readonly now?: () => number;
}

function header(headers: WebhookInput['headers'], name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

const encoder = new TextEncoder();

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function bytesToBase64(bytes: ArrayBuffer): string {
  return btoa(String.fromCharCode(...new Uint8Array(bytes)));
}

/** Compares without stopping at the first difference, so timing tells nothing about the signature. */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

async function verify(input: WebhookInput, secret: string, options: VerifyWebhookOptions): Promise<LifecycleEvent> {
  const body = input instanceof Request ? await input.text() : input.body;
  const id = header(input.headers, 'webhook-id');
  const timestamp = header(input.headers, 'webhook-timestamp');
  const signatures = header(input.headers, 'webhook-signature');
  if (!id || !timestamp || !signatures || !/^\d{1,12}$/.test(timestamp)) throw new WebhookVerificationError('missing-headers');
  const now = Math.floor((options.now ?? Date.now)() / 1000);
  if (Math.abs(now - Number(timestamp)) > (options.toleranceSeconds ?? 300)) throw new WebhookVerificationError('timestamp-out-of-range');
  let key: CryptoKey;
  try {
    const raw = base64ToBytes(secret.startsWith('whsec_') ? secret.slice(6) : secret);
    key = await crypto.subtle.importKey('raw', raw as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  } catch {
    throw new WebhookVerificationError('invalid-signature');
  }
  const expected = bytesToBase64(await crypto.subtle.sign('HMAC', key, encoder.encode(`${id}.${timestamp}.${body}`)));
  // The header may carry several space-separated signatures (during a secret rotation).
  const match = signatures.split(' ').some((s) => s.startsWith('v1,') && sameText(s.slice(3), expected));
  if (!match) throw new WebhookVerificationError('invalid-signature');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new WebhookVerificationError('invalid-payload');
  }
  // Core's schema is loaded only here, so the client's other paths load none of core's runtime.
  const { LifecycleEvent: schema } = await import('@banenafspraak/core');
  const event = schema.safeParse(parsed);
  if (!event.success || event.data.id !== id) throw new WebhookVerificationError('invalid-payload');
  return event.data;
}

/**
 * Verifies a webhook of a subscription (Standard Webhooks: `webhook-id`,
 * `webhook-timestamp`, `webhook-signature` = `v1,` + base64 HMAC-SHA256 of
 * `id.timestamp.body` with the `whsec_…` secret) and returns its event: a CloudEvent with
 * ids and codes only. Rejects with a {@link WebhookVerificationError} when the signature is
 * wrong, the timestamp is more than `toleranceSeconds` away, or the body is not an event.
 * Deduplicate on `event.id` (also `webhook-id`): a delivery may come more than once.
 *
 * @example
 * ```ts
 * app.post('/hooks/banenafspraak', async (c) => {
 *   const event = await verifyWebhook(c.req.raw, process.env.WEBHOOK_SECRET!);
 *   if (event.type === 'nl.banenafspraak.candidate-proposal.pending') await fetchProposal(event.subject);
 *   return c.body(null, 204);
 * });
 * ```
 *
 * @public
 */
export function verifyWebhook(input: WebhookInput, secret: string, options: VerifyWebhookOptions = {}): Promise<LifecycleEvent> {
  return verify(input, secret, options);
}

/**
 * Effect twin of {@link verifyWebhook}: fails with a {@link WebhookVerificationError}.
 *
 * @public
 */
export function verifyWebhookEffect(
  input: WebhookInput,
  secret: string,
  options: VerifyWebhookOptions = {},
): Effect.Effect<LifecycleEvent, WebhookVerificationError> {
  return Effect.tryPromise({
    try: () => verify(input, secret, options),
    catch: (e) => (isWebhookVerificationError(e) ? e : new WebhookVerificationError('invalid-payload')),
  });
}
