// The same packages from CommonJS (require), as an older Node application loads them.
import core = require('@banenafspraak/core');
import csv = require('@banenafspraak/csv');
import client = require('@banenafspraak/client');
import server = require('@banenafspraak/server');
import conformance = require('@banenafspraak/conformance');

const check = (ok: boolean, what: string): void => {
  if (!ok) throw new Error(`cjs: ${what}`);
};

check(core.isValidBsn('111222333'), 'isValidBsn');
check(core.validate(core.PlacementDefinition, core.PlacementDefinition.example, { asOf: '2026-06-01' }).valid, 'validate');
check(csv.parseDutchDate('01-02-2026') === '2026-02-01', 'parseDutchDate');
check(typeof client.createClient === 'function' && typeof server.createApp === 'function', 'client and server');
check(typeof conformance.formatSummary === 'function', 'conformance');
console.log('cjs: core, csv, client, server and conformance load with require');
