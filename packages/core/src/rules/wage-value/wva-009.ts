import type { WageValueAssessment } from '../../documents/wage-value-assessment.js';
import { defineRule, finding, type RuleFinding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/**
 * WVA-009: an established assessment (status `ESTABLISHED`, or `SUPERSEDED` after it) records
 * the establishment in writing: by the municipal executive (GM code) or UWV, on or after the
 * report date, with a decision reference.
 */
export const WVA_009 = defineRule<WageValueAssessment>({
  id: 'WVA-009',
  appliesTo: ['WageValueAssessment'],
  severity: 'error',
  titleNl: 'Vastgestelde loonwaarde: door college of UWV, op of na de rapportdatum, met besluitkenmerk',
  titleEn: 'Established wage value: by the executive or UWV, on or after the report, with a decision reference',
  source: 'R7',
  check(a) {
    if (a.status !== 'ESTABLISHED' && a.status !== 'SUPERSEDED') return NO_FINDINGS;
    const est = a.established;
    if (!est)
      return [
        finding(
          ['established'],
          'Een vastgestelde loonwaarde vermeldt wie haar wanneer schriftelijk heeft vastgesteld, met het besluitkenmerk.',
          'An established wage value states who established it in writing, when, and the decision reference.',
          { code: 'WVA-009.missing' },
        ),
      ];
    let out: RuleFinding[] | undefined;
    if (est.by.scheme !== 'GM' && est.by.scheme !== 'UWV')
      (out ??= []).push(
        finding(
          ['established', 'by'],
          'De loonwaarde wordt vastgesteld door het college van B&W (GM-code) of door UWV.',
          'The wage value is established by the municipal executive (GM code) or by UWV.',
          { code: 'WVA-009.by' },
        ),
      );
    if (a.reportOn === undefined)
      (out ??= []).push(
        finding(
          ['reportOn'],
          'Rapportdatum ontbreekt: vaststelling volgt op het rapport.',
          'Report date is missing: establishment follows the report.',
          {
            code: 'WVA-009.report',
          },
        ),
      );
    else if (est.on < a.reportOn)
      (out ??= []).push(
        finding(
          ['established', 'on'],
          `Vastgesteld op ${est.on}, vóór de rapportdatum ${a.reportOn}.`,
          `Established on ${est.on}, before the report date ${a.reportOn}.`,
          { code: 'WVA-009.date' },
        ),
      );
    if (est.decisionReference.trim() === '')
      (out ??= []).push(
        finding(['established', 'decisionReference'], 'Besluitkenmerk ontbreekt.', 'Decision reference is missing.', {
          code: 'WVA-009.reference',
        }),
      );
    return out ?? NO_FINDINGS;
  },
});
