import { defineRule } from '../rule.js';

/**
 * WVA-009: an established assessment (status `ESTABLISHED`, or `SUPERSEDED` after it) records
 * the establishment in writing: by the municipal executive (GM code) or UWV, on or after the
 * report date, with a decision reference.
 */
export const WVA_009 = defineRule({
  id: 'WVA-009',
  appliesTo: 'WageValueAssessment',
  severity: 'error',
  titleNl: 'Vastgestelde loonwaarde: door college of UWV, op of na de rapportdatum, met besluitkenmerk',
  titleEn: 'Established wage value: by the executive or UWV, on or after the report, with a decision reference',
  source: 'R7',
  reads: [['status'], ['established'], ['reportOn']],
  messages: {
    missing: {
      nl: 'Een vastgestelde loonwaarde vermeldt wie haar wanneer schriftelijk heeft vastgesteld, met het besluitkenmerk.',
      en: 'An established wage value states who established it in writing, when, and the decision reference.',
    },
    by: {
      nl: 'De loonwaarde wordt vastgesteld door het college van B&W (GM-code) of door UWV.',
      en: 'The wage value is established by the municipal executive (GM code) or by UWV.',
    },
    noReport: {
      nl: 'Rapportdatum ontbreekt: vaststelling volgt op het rapport.',
      en: 'Report date is missing: establishment follows the report.',
    },
    beforeReport: {
      nl: (p: { on: string; reportOn: string }) => `Vastgesteld op ${p.on}, vóór de rapportdatum ${p.reportOn}.`,
      en: (p: { on: string; reportOn: string }) => `Established on ${p.on}, before the report date ${p.reportOn}.`,
    },
    noReference: { nl: 'Besluitkenmerk ontbreekt.', en: 'Decision reference is missing.' },
  },
  check(assessment, ctx) {
    if (assessment.status !== 'ESTABLISHED' && assessment.status !== 'SUPERSEDED') return;
    const est = assessment.established;
    if (!est) {
      ctx.report(['established'], 'missing', undefined, { code: 'WVA-009.missing' });
      return;
    }
    if (est.by.scheme !== 'GM' && est.by.scheme !== 'UWV') ctx.report(['established', 'by'], 'by', undefined, { code: 'WVA-009.by' });
    if (assessment.reportOn === undefined) ctx.report(['reportOn'], 'noReport', undefined, { code: 'WVA-009.report' });
    else if (est.on < assessment.reportOn)
      ctx.report(['established', 'on'], 'beforeReport', { on: est.on, reportOn: assessment.reportOn }, { code: 'WVA-009.date' });
    if (est.decisionReference.trim() === '')
      ctx.report(['established', 'decisionReference'], 'noReference', undefined, { code: 'WVA-009.reference' });
  },
});
