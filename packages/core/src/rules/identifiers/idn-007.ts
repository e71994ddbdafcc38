import { isRegionValidOn, isValidAmCode } from '../../codelists/labour-market-region.js';
import { getMunicipality, isMunicipalityValidOn, resolveMunicipalityOn } from '../../codelists/municipality.js';
import { ALL_DOCUMENT_TYPES } from '../document-types.js';
import { defineRule } from '../rule.js';
import { isGmShaped } from './internal.js';

/**
 * IDN-007: GM and AM codes exist on the record's reference date; a GM code retired by a
 * merger is a warning that names its successor(s).
 *
 * @remarks
 * The reference date is the placement's start, the vacancy's reception, the plan period's
 * start, the partnership's start, the assessment's company visit or the instruction's date
 * (else `asOf`). Codes are looked up in the shipped municipality and region tables. The shape
 * of typed `GmCode`/`AmCode` fields is the schema's; the shape of organisation references with
 * scheme `GM` or `AM` is checked here, since the schema does not type their value. Findings
 * come in this order: shapes of references, GM codes, GM references, AM codes, AM references.
 */
export const IDN_007 = defineRule({
  id: 'IDN-007',
  appliesTo: ALL_DOCUMENT_TYPES,
  severity: 'error',
  otherSeverities: ['warning'],
  titleNl: 'Gemeente- en arbeidsmarktregiocode bestaan op de peildatum van het record',
  titleEn: "GM and AM codes exist on the record's reference date",
  source: 'R36',
  messages: {
    gmShape: { nl: 'Gemeentecode moet de vorm GMnnnn hebben.', en: 'A municipality code looks like GMnnnn.' },
    amShape: {
      nl: 'Onbekende arbeidsmarktregiocode (AMnn, een van de 35 regio’s).',
      en: 'Unknown labour-market region code (AMnn, one of the 35 regions).',
    },
    noMunicipality: {
      nl: (p: { code: string }) => `Gemeentecode ${p.code} bestaat niet.`,
      en: (p: { code: string }) => `Municipality code ${p.code} does not exist.`,
    },
    retired: {
      nl: (p: { code: string; name: string; validTo: string; successors: readonly string[] }) =>
        `Gemeente ${p.code} (${p.name}) bestaat na ${p.validTo} niet meer door herindeling${p.successors.length > 0 ? `; gebruik ${p.successors.join(' of ')}` : ''}.`,
      en: (p: { code: string; name: string; validTo: string; successors: readonly string[] }) =>
        `Municipality ${p.code} (${p.name}) ceased to exist after ${p.validTo} through a merger${p.successors.length > 0 ? `; use ${p.successors.join(' or ')}` : ''}.`,
    },
    notYet: {
      nl: (p: { code: string; date: string }) => `Gemeente ${p.code} bestond nog niet op ${p.date}.`,
      en: (p: { code: string; date: string }) => `Municipality ${p.code} did not exist yet on ${p.date}.`,
    },
    noRegion: {
      nl: (p: { code: string; date: string }) => `Arbeidsmarktregio ${p.code} bestaat niet op ${p.date}.`,
      en: (p: { code: string; date: string }) => `Labour-market region ${p.code} does not exist on ${p.date}.`,
    },
  },
  check(_doc, ctx) {
    const { gmCodes, amCodes, orgRefs } = ctx.facts.identifiers;
    const gmRefs = orgRefs.filter((r) => r.scheme === 'GM');
    const amRefs = orgRefs.filter((r) => r.scheme === 'AM');
    if (gmCodes.length === 0 && amCodes.length === 0 && gmRefs.length === 0 && amRefs.length === 0) return;
    for (const ref of orgRefs) {
      if (ref.scheme === 'GM' && !isGmShaped(ref.value)) ctx.report(ref.path, 'gmShape');
      else if (ref.scheme === 'AM' && !isValidAmCode(ref.value)) ctx.report(ref.path, 'amShape');
    }
    const date = ctx.facts.referenceDate;
    for (const { path, value: code } of [...gmCodes, ...gmRefs.filter((r) => isGmShaped(r.value))]) {
      const m = getMunicipality(code);
      if (!m) ctx.report(path, 'noMunicipality', { code });
      else if (isMunicipalityValidOn(code, date)) continue;
      else if (m.validTo !== undefined && m.validTo < date) {
        const successors = resolveMunicipalityOn(code, date).map((s) => `${s.gmCode} (${s.name})`);
        ctx.report(
          path,
          'retired',
          { code, name: m.name, validTo: m.validTo, successors },
          { severity: 'warning', code: 'IDN-007.retired' },
        );
      } else ctx.report(path, 'notYet', { code, date });
    }
    for (const { path, value: code } of [...amCodes, ...amRefs.filter((r) => isValidAmCode(r.value))])
      if (!isRegionValidOn(code, date)) ctx.report(path, 'noRegion', { code, date });
  },
});
