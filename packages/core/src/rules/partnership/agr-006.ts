import { municipalitiesInRegion } from '../../codelists/municipality.js';
import type { PartnershipAgreement } from '../../documents/partnership-agreement.js';
import { defineRule, finding, type RuleFinding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

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
export const AGR_006 = defineRule<PartnershipAgreement>({
  id: 'AGR-006',
  appliesTo: ['PartnershipAgreement'],
  severity: 'error',
  titleNl: 'Centrale ondertekening noemt de regio; gedekte gemeenten zijn de regiogemeenten op de ondertekeningsdatum',
  titleEn: 'Central signing names the region; covered municipalities are its members on the signing date',
  source: 'S1; R36',
  check(doc) {
    let out: RuleFinding[] | undefined;
    (doc.declarationsOfIntent ?? []).forEach((d, i) => {
      if (d.signingScope !== 'REGION_CENTRAL') return;
      if (d.region === undefined) {
        (out ??= []).push(
          finding(
            ['declarationsOfIntent', i, 'region'],
            'Een centrale ondertekening voor de regio moet de arbeidsmarktregio noemen.',
            'A central signing for the region must name the labour-market region.',
            { code: 'AGR-006.region' },
          ),
        );
        return;
      }
      const date = signingDate(d);
      if (date === undefined || d.coveredMunicipalities === undefined) return;
      const members = municipalitiesInRegion(d.region, date).map((m) => m.gmCode);
      if (members.length === 0) {
        (out ??= []).push(
          finding(
            ['declarationsOfIntent', i, 'region'],
            `Regio ${d.region} heeft op de ondertekeningsdatum ${date} geen gemeenten.`,
            `Region ${d.region} has no municipalities on the signing date ${date}.`,
            { code: 'AGR-006.region' },
          ),
        );
        return;
      }
      const given = new Set(d.coveredMunicipalities);
      const expected = new Set(members);
      const missing = members.filter((m) => !given.has(m));
      const extra = [...given].filter((g) => !expected.has(g));
      if (missing.length > 0)
        (out ??= []).push(
          finding(
            ['declarationsOfIntent', i, 'coveredMunicipalities'],
            `Gedekte gemeenten missen ${missing.length} gemeente(n) van regio ${d.region} op ${date}: ${list(missing)}.`,
            `Covered municipalities lack ${missing.length} member(s) of region ${d.region} on ${date}: ${list(missing)}.`,
            { code: 'AGR-006.missing' },
          ),
        );
      if (extra.length > 0)
        (out ??= []).push(
          finding(
            ['declarationsOfIntent', i, 'coveredMunicipalities'],
            `Gedekte gemeenten bevatten ${extra.length} gemeente(n) die op ${date} niet tot regio ${d.region} behoren: ${list(extra)}.`,
            `Covered municipalities include ${extra.length} municipality(ies) not in region ${d.region} on ${date}: ${list(extra)}.`,
            { code: 'AGR-006.extra' },
          ),
        );
    });
    return out ?? NO_FINDINGS;
  },
});
