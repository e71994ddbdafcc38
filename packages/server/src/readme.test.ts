import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { AppOptions } from './app.js';

// Every option of createApp, checked by the compiler: a new option fails to type-check here
// until it is added, and then this test asks for its row in the README's Embedding table.
const OPTIONS = {
  storage: true,
  auth: true,
  clock: true,
  logger: true,
  corsOrigins: true,
  maxBodyBytes: true,
  events: true,
  webhooks: true,
  standardVersions: true,
  reportTimeoutMs: true,
} satisfies Record<keyof AppOptions, true>;

it('the README’s Embedding table has a row for every option of createApp', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const table = readme.slice(readme.indexOf('## Embedding'), readme.indexOf('Mount it in your own Hono app'));
  const rows = new Set([...table.matchAll(/^\| `([\w.]+?)\??` \|/gm)].map((m) => (m[1] as string).split('.')[0]));
  expect(Object.keys(OPTIONS).filter((option) => !rows.has(option))).toEqual([]);
});
