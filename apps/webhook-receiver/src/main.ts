// Run: WEBHOOK_SECRET=whsec_… PORT=4000 pnpm --filter @banenafspraak/webhook-receiver start
import { serve } from '@hono/node-server';
import { createReceiver } from './receiver.js';

const secret = process.env.WEBHOOK_SECRET;
if (!secret) throw new Error('Set WEBHOOK_SECRET to the secret shown when the subscription was created.');
const app = createReceiver({
  secret,
  onEvent: (e) => console.log(`${e.time} ${e.type} ${e.subject} ${e.data.processEvents.join(' ')}`),
});
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 4000), hostname: '127.0.0.1' });
