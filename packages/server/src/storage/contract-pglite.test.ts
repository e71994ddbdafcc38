import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { runStorageContract } from './contract.js';
import { createPgliteStorage } from './postgres.js';

runStorageContract(
  'PGlite',
  async () => {
    const storage = await createPgliteStorage();
    return { storage, reset: () => storage.truncateAll(), close: () => storage.close() };
  },
  { describe, it, beforeAll, afterAll, beforeEach },
);
