import { placementExample } from '@banenafspraak/core';
import { createApp, createPgliteStorage, createMemoryStorage, signToken, silentLogger } from './src/index.ts';
const SECRET = 'bench-secret-that-is-long-enough-0123456789';
const uwvP = { userId: 'u', organisation: { scheme: 'UWV', value: 'UWV' }, roles: ['READER'] } as const;
const tok = await signToken(uwvP as any, SECRET);
async function time(name: string, n: number, fn: () => Promise<unknown>) { for (let i=0;i<200;i++) await fn(); const t = performance.now(); for (let i = 0; i < n; i++) await fn(); console.log(name, ((performance.now() - t) / n * 1000).toFixed(0), 'µs'); }
for (const storage of [createMemoryStorage(), await createPgliteStorage()]) {
  const app = createApp({ storage, auth: { secret: SECRET }, logger: silentLogger });
  const w = await signToken({ userId: 'w', organisation: { scheme: 'KVK', value: '12345678' }, roles: ['WRITER'] }, SECRET);
  await app.request('/v1/placements', { method: 'POST', headers: { Authorization: `Bearer ${w}`, 'Content-Type': 'application/json' }, body: JSON.stringify(placementExample) });
  await time(storage.kind + ' app GET', 3000, () => app.request(`/v1/placements/${placementExample.id}`, { headers: { Authorization: `Bearer ${tok}` } }));
}
