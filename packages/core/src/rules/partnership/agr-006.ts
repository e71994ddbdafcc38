import { municipalitiesInRegion } from '../../codelists/municipality.js';
import { defineRule } from '../rule.js';

/** The signing date of a declaration: its `signedOn`, else the last signature's date. */
function signingDate(d: { signedOn?: string | undefined; signatories: readonly { signedOn?: string | undefined }[] }): string | undefined {
  if (d.signedOn) return d.signedOn;
  const dates = d.signatories.map((s) => s.signedOn).filter((x): x is string => x !== undefined);
  return dates.length > 0 ? dates.sort().at(-1) : undefined;
}

function list(codes: readonly string[]): string {
  return codes.length <= 10 ? codes.join(', ') : `${codes.slice(0, 10).join(', ')} …`;
}

/**
 * AGR-006: a central signing for a region (`REGION_CENTRAL`) names the region, and the
 * municipalities it covers are the members of that region on the signing date.
 *
 * @remarks
 * Membership comes from the shipped municipality table (`municipalitiesInRegion`), which
 * carries the 2025 regions; a later merger is a data change there. `coveredMunicipalities`
 * may be left out (it is derived); when given it must equal the derived set. Without a
 * signing date (declaration `signedOn` or a signatory's `signedOn`) the set is not compared.
 */
export const AGR_006 = defineRule({
  id: 'AGR-006',
  appliesTo: 'PartnershipAgreement',
  severity: 'error',
  titleNl: 'Centrale ondertekening noemt de regio; gedekte gemeenten zijn de regiogemeenten op de ondertekeningsdatum',
  titleEn: 'Central signing names the region; covered municipalities are its members on the signing date',
  source: 'S1; R36',
  messages: {
    noRegion: {
      nl: 'Een centrale ondertekening voor de regio moet de arbeidsmarktregio noemen.',
      en: 'A central signing for the region must name the labour-market region.',
    },
    emptyRegion: {
      nl: (p: { region: string; date: string }) => `Regio ${p.region} heeft op de ondertekeningsdatum ${p.date} geen gemeenten.`,
      en: (p: { region: string; date: string }) => `Region ${p.region} has no municipalities on the signing date ${p.date}.`,
    },
    missing: {
      nl: (p: { region: string; date: string; codes: readonly string[] }) =>
        `Gedekte gemeenten missen ${p.codes.length} gemeente(n) van regio ${p.region} op ${p.date}: ${list(p.codes)}.`,
      en: (p: { region: string; date: string; codes: readonly string[] }) =>
        `Covered municipalities lack ${p.codes.length} member(s) of region ${p.region} on ${p.date}: ${list(p.codes)}.`,
    },
    extra: {
      nl: (p: { region: string; date: string; codes: readonly string[] }) =>
        `Gedekte gemeenten bevatten ${p.codes.length} gemeente(n) die op ${p.date} niet tot regio ${p.region} behoren: ${list(p.codes)}.`,
      en: (p: { region: string; date: string; codes: readonly string[] }) =>
        `Covered municipalities include ${p.codes.length} municipality(ies) not in region ${p.region} on ${p.date}: ${list(p.codes)}.`,
    },
  },
  check(agreement, ctx) {
    (agreement.declarationsOfIntent ?? []).forEach((d, i) => {
      if (d.signingScope !== 'REGION_CENTRAL') return;
      const region = d.region;
      if (region === undefined) {
        ctx.report(['declarationsOfIntent', i, 'region'], 'noRegion', undefined, { code: 'AGR-006.region' });
        return;
      }
      const date = signingDate(d);
      if (date === undefined || d.coveredMunicipalities === undefined) return;
      const members = municipalitiesInRegion(region, date).map((m) => m.gmCode);
      if (members.length === 0) {
        ctx.report(['declarationsOfIntent', i, 'region'], 'emptyRegion', { region, date }, { code: 'AGR-006.region' });
        return;
      }
      const given = new Set(d.coveredMunicipalities);
      const expected = new Set(members);
      const missing = members.filter((m) => !given.has(m));
      const extra = [...given].filter((g) => !expected.has(g));
      const path = ['declarationsOfIntent', i, 'coveredMunicipalities'];
      if (missing.length > 0) ctx.report(path, 'missing', { region, date, codes: missing }, { code: 'AGR-006.missing' });
      if (extra.length > 0) ctx.report(path, 'extra', { region, date, codes: extra }, { code: 'AGR-006.extra' });
    });
  },
});
