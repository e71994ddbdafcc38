// VER: the versions of the standard a server claims. A server names them in its OpenAPI
// document (`info.x-accepted-standard-versions`, else the major.minor of `info.version`);
// it must accept the canonical examples of every version it claims.
import { canonicalExamples, documentDefinitions, getStandardVersion, STANDARD_VERSION } from '@banenafspraak/core';
import type { CheckDefinition } from './checks.js';
import { type Context, expectThat, SERVED_COLLECTIONS } from './context.js';

interface IssueLike {
  severity?: unknown;
  ruleId?: unknown;
  code?: unknown;
  path?: unknown;
}
interface Report {
  valid?: unknown;
  issues?: unknown;
}

const issuesOf = (body: Report | undefined): IssueLike[] => (Array.isArray(body?.issues) ? (body.issues as IssueLike[]) : []);
const atVersion = (body: Report | undefined) =>
  issuesOf(body).some((i) => i.severity === 'error' && Array.isArray(i.path) && i.path[0] === 'standardVersion');

const short = (text: string, max = 300) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** The standard versions the server claims, from its OpenAPI document. */
async function claimedVersions(ctx: Context): Promise<string[]> {
  const oa = await ctx.http('GET', '/openapi.json', { token: 'none' });
  const info = (oa.json() as { info?: { version?: unknown; 'x-accepted-standard-versions'?: unknown } } | undefined)?.info;
  expectThat(
    info !== undefined && typeof info === 'object',
    'the OpenAPI document has no info',
    'GET /openapi.json → 200 with info',
    `HTTP ${oa.status}`,
  );
  const listed = info?.['x-accepted-standard-versions'];
  if (Array.isArray(listed) && listed.every((v) => typeof v === 'string')) return listed;
  const m = /^(\d+\.\d+)\./.exec(String(info?.version ?? ''));
  const version = m?.[1];
  expectThat(
    version !== undefined,
    'the OpenAPI document names no standard version',
    'info.x-accepted-standard-versions or info.version major.minor',
    String(info?.version),
  );
  return [version];
}

export const versionChecks: CheckDefinition[] = [
  {
    id: 'CNF-VER-001',
    category: 'VER',
    title: 'The server accepts the canonical examples of every standard version it claims',
    sends:
      'GET /openapi.json for the claimed versions (`info.x-accepted-standard-versions`, else the major.minor of `info.version`), then POST /{collection}/_valideer with the canonical example of every document type of each claimed version that the API serves (fresh id)',
    expects: `the current version (${STANDARD_VERSION}) is claimed, every claimed version is a version of the standard, and every example gets 200 with \`valid: true\` and no issue of severity error`,
    async run(ctx) {
      const claimed = await claimedVersions(ctx);
      expectThat(
        claimed.includes(STANDARD_VERSION),
        'the current standard version is not claimed',
        `a list with ${STANDARD_VERSION}`,
        claimed.join(', '),
      );
      for (const version of claimed) {
        expectThat(
          getStandardVersion(version) !== undefined,
          `claimed version ${version} is not a version of the standard`,
          'a declared version',
          version,
        );
        for (const example of canonicalExamples(version)) {
          const collection = documentDefinitions.find((d) => d.type === example.documentType)?.collection;
          // Document types of the version that the API does not serve yet are pending (see SERVED_COLLECTIONS).
          if (collection === undefined || !SERVED_COLLECTIONS.includes(collection)) continue;
          const r = await ctx.http('POST', `/${collection}/_valideer`, { body: { ...example, id: crypto.randomUUID() } });
          const body = r.json() as Report | undefined;
          const errors = issuesOf(body).filter((i) => i.severity === 'error');
          expectThat(
            r.status === 200 && body?.valid === true && errors.length === 0,
            `${version} ${String(example.documentType)} example rejected`,
            `POST /${collection}/_valideer → 200, valid: true, no errors`,
            `HTTP ${r.status}: ${short(JSON.stringify(errors.length ? errors.map((i) => [i.ruleId ?? i.code, Array.isArray(i.path) ? i.path.join('.') : '']) : (body ?? r.text)))}`,
          );
        }
      }
    },
  },
  {
    id: 'CNF-VER-002',
    category: 'VER',
    title: 'A document of a version the server does not claim is refused at `standardVersion`',
    sends: 'POST /vacancies/_valideer and POST /vacancies with the canonical vacancy declaring `standardVersion: "99.0"`',
    expects:
      '_valideer: `valid: false` with an error at path `standardVersion`; create: 400 problem with an issue at `standardVersion` (never a 5xx, nothing stored)',
    async run(ctx) {
      const doc = {
        ...(structuredClone(documentDefinitions.find((d) => d.type === 'Vacancy')?.example) as object),
        id: crypto.randomUUID(),
        standardVersion: '99.0',
      };
      const dry = await ctx.http('POST', '/vacancies/_valideer', { body: doc });
      const dryBody = dry.json() as Report | undefined;
      const dryOk = (dry.status === 200 && dryBody?.valid === false && atVersion(dryBody)) || (dry.status === 400 && atVersion(dryBody));
      expectThat(
        dryOk,
        'POST /vacancies/_valideer with standardVersion 99.0',
        'valid: false with an error at standardVersion',
        `HTTP ${dry.status}: ${short(dry.text)}`,
      );
      const created = await ctx.http('POST', '/vacancies', { body: doc });
      if (created.status === 201) ctx.track('vacancies', doc.id);
      expectThat(
        created.status === 400 && atVersion(created.json() as Report | undefined),
        'POST /vacancies with standardVersion 99.0',
        '400 problem with an issue at standardVersion',
        `HTTP ${created.status}: ${short(created.text)}`,
      );
    },
  },
];
