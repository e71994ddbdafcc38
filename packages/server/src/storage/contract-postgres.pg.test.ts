import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { runStorageContract } from './contract.js';
import { createPgStorage } from './postgres.js';

const url = process.env.DATABASE_URL;
if (!url) {
  describe.skip('storage contract: PostgreSQL (skipped: set DATABASE_URL to a PostgreSQL 15 server, as scripts/test.sh does)', () => {
    it('needs DATABASE_URL', () => {});
  });
  console.warn('› PostgreSQL storage contract skipped: DATABASE_URL is not set.');
} else {
  runStorageContract(
    'PostgreSQL server',
    async () => {
      const storage = await createPgStorage({ connectionString: url, schema: 'test_contract' });
      await storage.truncateAll();
      return { storage, reset: () => storage.truncateAll(), close: () => storage.close() };
    },
    { describe, it, beforeAll, afterAll, beforeEach },
  );
}
