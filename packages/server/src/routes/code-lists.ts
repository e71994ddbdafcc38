import * as core from '@banenafspraak/core';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ServerError } from '../errors.js';
import { type AppEnv, defaultHook, headers, json, methodNotAllowed, problems } from '../internal/http.js';

type AnyCodeList = core.CodeList<string, core.CodeListEntry<string>>;

function isCodeList(value: unknown): value is AnyCodeList {
  const v = value as Partial<AnyCodeList> | null;
  return (
    !!v &&
    typeof v === 'object' &&
    typeof v.id === 'string' &&
    Array.isArray(v.entries) &&
    Array.isArray(v.codes) &&
    typeof v.get === 'function'
  );
}

const kebab = (id: string) => id.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** Every code list core exports, keyed by kebab-case id (e.g. `placement-type`). */
export function codeListRegistry(): Map<string, AnyCodeList> {
  const lists = (Object.values(core) as unknown[]).filter(isCodeList);
  return new Map(lists.sort((a, b) => a.id.localeCompare(b.id)).map((l) => [kebab(l.id), l]));
}

/** Read-only code lists (regions, target groups, …): public, no token needed. */
export function codeListRoutes(): OpenAPIHono<AppEnv> {
  const registry = codeListRegistry();
  const summary = (id: string, l: AnyCodeList) => ({
    id,
    name: l.id,
    titleNl: l.titleNl,
    titleEn: l.titleEn,
    source: l.source,
    size: l.entries.length,
  });
  const app = new OpenAPIHono<AppEnv>({ defaultHook });
  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      operationId: 'listCodeLists',
      tags: ['Code lists'],
      summary: 'List the code lists',
      security: [],
      responses: {
        200: { description: 'The code lists.', headers: headers(), content: { 'application/json': { schema: core.CodeListIndex } } },
      },
    }),
    (c) => json(c, 200, { items: [...registry].map(([id, l]) => summary(id, l)) }),
  );
  app.all('/', () => methodNotAllowed(['GET']));
  app.openapi(
    createRoute({
      method: 'get',
      path: '/{codeListId}',
      operationId: 'getCodeList',
      tags: ['Code lists'],
      summary: 'Read a code list',
      security: [],
      request: {
        params: z.object({
          codeListId: z
            .string()
            .regex(/^[A-Za-z0-9-]+$/)
            .openapi({
              param: { name: 'codeListId', in: 'path' },
              description: 'The kebab-case id (`labour-market-region`) or the id core gives the list (`LabourMarketRegion`).',
              example: 'labour-market-region',
            }),
        }),
      },
      responses: {
        200: { description: 'The code list.', headers: headers(), content: { 'application/json': { schema: core.CodeListDocument } } },
        ...problems(400, 404),
      },
    }),
    (c) => {
      // Core's id (`LabourMarketRegion`, the list's `name`) names the same list as its kebab-case id.
      const id = kebab(c.req.valid('param').codeListId);
      const list = registry.get(id);
      if (!list) throw new ServerError('not-found', 'Deze codelijst bestaat niet.');
      return json(c, 200, { ...summary(id, list), entries: list.entries }, { 'Cache-Control': 'public, max-age=3600' });
    },
  );
  app.all('/:codeListId', () => methodNotAllowed(['GET']));
  return app;
}
