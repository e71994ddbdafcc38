// The check table. Each check has a stable id, a title, what it sends and what it expects in
// words (rendered into docs/standard/conformance.md) and a `run` that throws CheckFailure
// with the expected and observed behaviour. The checks live in one module per category.
import { adrChecks } from './adr-checks.js';
import type { CheckDefinition } from './check-helpers.js';
import { CheckFailure, CheckSkipped } from './context.js';
import { EVENT_CHECKS } from './event-checks.js';
import { FLOW_CHECKS } from './flow-checks.js';
import { conChecks, idmChecks, pagChecks } from './http-checks.js';
import { emiChecks } from './instruction-checks.js';
import { NOT_TRIGGERABLE } from './rule-cases.js';
import { SECURITY_CHECKS } from './security-checks.js';
import { tenChecks } from './tenant-checks.js';
import { valChecks } from './validation-checks.js';
import { versionChecks } from './version-checks.js';

export type { CheckCategory, CheckDefinition } from './check-helpers.js';

/** Every check, in run order. */
export const CHECKS: readonly CheckDefinition[] = [
  ...adrChecks,
  ...valChecks,
  ...versionChecks,
  ...conChecks,
  ...idmChecks,
  ...pagChecks,
  ...tenChecks,
  ...SECURITY_CHECKS,
  ...FLOW_CHECKS,
  ...EVENT_CHECKS,
  ...emiChecks,
];

export { CheckFailure, CheckSkipped, NOT_TRIGGERABLE };
