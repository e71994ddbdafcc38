import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { runStorageContract } from './contract.js';
import { createMemoryStorage } from './memory.js';

runStorageContract(
  'memory',
  async () => {
    const storage = createMemoryStorage();
    return { storage, reset: async () => storage.clear(), close: () => storage.close() };
  },
  { describe, it, beforeAll, afterAll, beforeEach },
);
