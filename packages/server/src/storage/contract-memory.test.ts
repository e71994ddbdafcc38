import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { createMemoryStorage } from './memory.js';
import { runStorageContract } from './contract.js';

runStorageContract(
  'memory',
  async () => {
    const storage = createMemoryStorage();
    return { storage, reset: async () => storage.clear(), close: () => storage.close() };
  },
  { describe, it, beforeAll, afterAll, beforeEach },
);
