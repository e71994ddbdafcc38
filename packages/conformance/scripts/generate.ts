// Writes docs/standard/conformance.md from the check table (test/artifacts.test.ts guards it).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderConformanceDoc } from '../src/docs.js';

export const DOC_PATH = 'docs/standard/conformance.md';
const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
writeFileSync(join(root, DOC_PATH), renderConformanceDoc());
process.stdout.write(`wrote ${DOC_PATH}\n`);
