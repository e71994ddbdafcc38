import type { DocumentDefinition } from '../documents/definition.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import type { Issue, Locale } from '../validation/issue.js';
import type { Facts } from './facts.js';
import { type BusinessRule, type Path, type ReportOptions, type RuleContext, renderMessage } from './rule.js';

/** What every rule of one `validate` call shares. */
export interface RuleEnvironment {
  readonly asOf: string;
  readonly referenceData: ReferenceData;
  readonly environment: 'production' | 'test';
  readonly previous?: unknown;
  readonly locale: Locale;
  readonly definition: DocumentDefinition;
}

/**
 * The context of one rule in one `validate` call: turns the rule's reports into issues, with
 * its id and default severity, in the requested language.
 */
export class RuleRun implements RuleContext {
  constructor(
    private readonly rule: BusinessRule,
    private readonly env: RuleEnvironment,
    private readonly issues: Issue[],
    private readonly derived: Facts | undefined,
  ) {}

  get asOf(): string {
    return this.env.asOf;
  }
  get referenceData(): ReferenceData {
    return this.env.referenceData;
  }
  get environment(): 'production' | 'test' {
    return this.env.environment;
  }
  get previous(): unknown {
    return this.env.previous;
  }
  get definition(): DocumentDefinition {
    return this.env.definition;
  }
  get facts(): Facts {
    // `checkInput` gets an InputContext, which has no facts: only a parsed document has them.
    if (this.derived === undefined) throw new Error(`${this.rule.id}: facts exist only for a parsed document`);
    return this.derived;
  }

  report(path: Path, key: string, params?: unknown, options?: ReportOptions): void {
    const message = this.rule.messages[key];
    if (message === undefined) throw new Error(`${this.rule.id} has no message '${key}'`);
    const severity = options?.severity ?? this.rule.severity;
    if (severity !== this.rule.severity && !this.rule.otherSeverities?.includes(severity))
      throw new Error(`${this.rule.id} reported severity ${severity}, which its catalogue entry does not list`);
    this.issues.push({
      severity,
      code: options?.code ?? this.rule.id,
      ruleId: this.rule.id,
      // A copy: rules may share path arrays (constants, indexes).
      path: path.slice(),
      message: renderMessage(message, this.env.locale, params),
    });
  }
}
