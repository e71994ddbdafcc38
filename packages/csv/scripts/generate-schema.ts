/** Writes schemas/mapping.schema.json from the zod schema of mapping files. */
import { writeFileSync } from 'node:fs';
import { mappingJsonSchema } from '../src/mapping.js';

writeFileSync(new URL('../schemas/mapping.schema.json', import.meta.url), `${JSON.stringify(mappingJsonSchema(), null, 2)}\n`);
