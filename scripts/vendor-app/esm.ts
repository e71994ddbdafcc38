// A vendor's ESM application, built from the packed tarballs only.

import { createRequire } from 'node:module';
import { createClient } from '@banenafspraak/client';
import { formatSummary } from '@banenafspraak/conformance';
import { isValidBsn, PlacementDefinition, STANDARD_VERSION, schemaPath, validate } from '@banenafspraak/core';
import { parseDutchDate, template } from '@banenafspraak/csv';
import { createApp, createMemoryStorage, silentLogger } from '@banenafspraak/server';
import * as z from 'zod';

const check = (ok: boolean, what: string): void => {
  if (!ok) throw new Error(`esm: ${what}`);
};

check(isValidBsn('111222333') && !isValidBsn('123456789'), 'isValidBsn');
const result = validate(PlacementDefinition, PlacementDefinition.example, { asOf: '2026-06-01' });
check(result.valid, 'the canonical placement is valid');
const bad = validate(PlacementDefinition, {}, { locale: 'en' });
check(!bad.valid && bad.issues.length > 0, 'an empty placement has issues');
check(PlacementDefinition.schema instanceof z.ZodType, 'one zod instance: the peer dependency');
check(parseDutchDate('01-02-2026') === '2026-02-01', 'parseDutchDate');
check(template('Vacancy').length > 0, 'template');
check(typeof formatSummary === 'function', 'conformance');
// The JSON artefacts the packages ship, by package name (the `exports` map lets them through).
const require = createRequire(import.meta.url);
check(require(`@banenafspraak/core/${schemaPath(STANDARD_VERSION, 'Placement')}`).title === 'Plaatsing', 'core JSON Schema');
check(require('@banenafspraak/csv/schemas/mapping.schema.json').$schema.includes('2020-12'), 'csv mapping JSON Schema');
check(require('@banenafspraak/server/openapi.json').openapi === '3.1.0', 'server OpenAPI document');

const app = createApp({ storage: createMemoryStorage(), auth: { secret: 'x'.repeat(32) }, logger: silentLogger });
const client = createClient({ baseUrl: 'http://vendor.test/v1', fetch: (request) => app.fetch(request) });
const lists = await client.codeLists.list();
check(lists.length > 10, 'the client lists code lists from the in-process server');
console.log(`esm: core, csv, client, server and conformance work (${lists.length} code lists)`);
