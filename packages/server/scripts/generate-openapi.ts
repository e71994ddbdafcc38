// Writes openapi.json (the committed OpenAPI 3.1 document) from core's schemas.
// Run: pnpm --filter @banenafspraak/server generate:openapi
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateOpenApiDocument } from '../src/app.js';

const target = fileURLToPath(new URL('../openapi.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(generateOpenApiDocument(), null, 2)}\n`);
console.log(`wrote ${target}`);
