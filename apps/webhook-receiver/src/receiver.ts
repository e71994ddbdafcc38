import { isWebhookVerificationError, type LifecycleEvent, verifyWebhook } from '@banenafspraak/client';
import { Hono } from 'hono';

/**
 * A webhook receiver: verifies each POST with the subscription's secret, skips events it has
 * seen (a delivery may come more than once: same `webhook-id`), and hands the event to
 * `onEvent`. The event has ids and codes only; fetch the record with your own token when you
 * need more.
 */
export function createReceiver(options: {
  secret: string | (() => string);
  onEvent: (event: LifecycleEvent) => void | Promise<void>;
}): Hono {
  const seen = new Set<string>();
  const app = new Hono();
  app.post('/hooks/banenafspraak', async (c) => {
    try {
      const event = await verifyWebhook(c.req.raw, typeof options.secret === 'function' ? options.secret() : options.secret);
      if (!seen.has(event.id)) {
        await options.onEvent(event);
        seen.add(event.id);
      }
      return c.body(null, 204);
    } catch (e) {
      if (isWebhookVerificationError(e)) return c.json({ title: 'Webhook refused', reason: e.reason }, 401);
      throw e;
    }
  });
  return app;
}
