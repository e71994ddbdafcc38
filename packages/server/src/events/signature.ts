import { createHmac, randomBytes } from 'node:crypto';

/**
 * A new Standard Webhooks signing secret: `whsec_` and 32 random bytes in base64.
 *
 * @public
 */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/**
 * The Standard Webhooks headers of a delivery: `webhook-id` (the event id, the same on every
 * retry, so receivers deduplicate on it), `webhook-timestamp` (seconds) and
 * `webhook-signature` = `v1,` + base64 HMAC-SHA256 over `id.timestamp.body` with the secret's
 * bytes (the base64 after `whsec_`).
 *
 * @see https://www.standardwebhooks.com/
 *
 * @public
 */
export function signWebhook(
  secret: string,
  id: string,
  timestampSeconds: number,
  body: string,
): Record<'webhook-id' | 'webhook-timestamp' | 'webhook-signature', string> {
  const key = Buffer.from(secret.startsWith('whsec_') ? secret.slice(6) : secret, 'base64');
  const signature = createHmac('sha256', key).update(`${id}.${timestampSeconds}.${body}`).digest('base64');
  return { 'webhook-id': id, 'webhook-timestamp': String(timestampSeconds), 'webhook-signature': `v1,${signature}` };
}
