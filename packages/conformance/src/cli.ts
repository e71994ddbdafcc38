#!/usr/bin/env node
// banenafspraak-conformance: runs the suite against a server and prints the report.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatResult, formatSummary, toJUnitXml } from './report.js';
import { runConformance } from './run.js';

const USAGE = `Usage: banenafspraak-conformance --base-url <url> --token <token> --token-other-tenant <token>
       [--token-employee <token>] [--json <file>] [--junit <file>] [--only <id prefix>]... [--timeout <ms>]
       [--webhook-host <host the server can reach this machine on>]

Runs the banenafspraak conformance suite against a server (docs/standard/conformance.md).
Tokens may also come from BANENAFSPRAAK_TOKEN, BANENAFSPRAAK_TOKEN_OTHER_TENANT and
BANENAFSPRAAK_TOKEN_EMPLOYEE (keeps them out of the process list).
Exit code: 0 when no check fails, 1 when one does, 2 on wrong usage.
`;

function parse(args: string[]) {
  return parseArgs({
    args,
    options: {
      'base-url': { type: 'string' },
      token: { type: 'string' },
      'token-other-tenant': { type: 'string' },
      'token-employee': { type: 'string' },
      json: { type: 'string' },
      junit: { type: 'string' },
      only: { type: 'string', multiple: true },
      timeout: { type: 'string' },
      'webhook-host': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }).values;
}

async function main(): Promise<number> {
  let values: ReturnType<typeof parse>;
  try {
    values = parse(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const env = process.env;
  const baseUrl = values['base-url'];
  const token = values.token ?? env.BANENAFSPRAAK_TOKEN;
  const otherTenantToken = values['token-other-tenant'] ?? env.BANENAFSPRAAK_TOKEN_OTHER_TENANT;
  const employeeToken = values['token-employee'] ?? env.BANENAFSPRAAK_TOKEN_EMPLOYEE;
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  const missing = [!baseUrl && '--base-url', !token && '--token', !otherTenantToken && '--token-other-tenant'].filter(Boolean);
  if (missing.length || (timeout !== undefined && !(timeout > 0))) {
    process.stderr.write(`${missing.length ? `Missing ${missing.join(', ')}` : '--timeout must be a positive number of ms'}\n\n${USAGE}`);
    return 2;
  }
  try {
    new URL(baseUrl as string);
  } catch {
    process.stderr.write(`--base-url is not a URL: ${baseUrl}\n`);
    return 2;
  }
  const report = await runConformance({
    baseUrl: baseUrl as string,
    token: token as string,
    otherTenantToken: otherTenantToken as string,
    ...(employeeToken ? { employeeToken } : {}),
    ...(values.only ? { only: values.only } : {}),
    ...(timeout ? { timeout } : {}),
    ...(values['webhook-host'] ? { webhookHost: values['webhook-host'] } : {}),
    onResult: (r) => process.stdout.write(`${formatResult(r)}\n`),
  });
  process.stdout.write(`\n${formatSummary(report)}\n`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
  if (values.junit) writeFileSync(values.junit, toJUnitXml(report));
  return report.failed === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
