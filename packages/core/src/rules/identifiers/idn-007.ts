import { LabourMarketRegionList, isRegionValidOn, isValidAmCode } from '../../codelists/labour-market-region.js';
import { hasIsoDateShape } from '../../reference-data/internal/iso-date.js';
import { getMunicipality, isMunicipalityValidOn, resolveMunicipalityOn } from '../../codelists/municipality.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { ALL_DOCUMENT_TYPES, type IndexedString, documentIndex, isGmShaped, referenceDate } from './internal.js';

/**
 * IDN-007: GM and AM codes exist on the record's reference date; a GM code retired by a
 * merger is a warning that names its successor(s).
 *
 * @remarks
 * The reference date is the placement's start, the vacancy's reception, the plan period's
 * start, the partnership's start, the assessment's company visit or the instruction's date
 * (else `asOf`). Codes are looked up in the shipped municipality and region tables. The shape
 * of typed `GmCode`/`AmCode` fields is the schema's; the shape of organisation references with
 * scheme `GM` or `AM` is checked here, since the schema does not type their value.
 */
function within(p: { readonly validFrom?: string | undefined; readonly validTo?: string | undefined }, date: string): boolean {
  return (p.validFrom === undefined || p.validFrom <= date) && (p.validTo === undefined || date <= p.validTo);
}

/** The finding for one GM code, or undefined when it exists on `date`. */
function gmFinding({ path, value }: IndexedString, date: string, dateChecked: boolean): RuleFinding | undefined {
  const m = getMunicipality(value);
  if (!m) return finding(path, `Gemeentecode ${value} bestaat niet.`, `Municipality code ${value} does not exist.`);
  // With the date's shape checked once per call, this is isMunicipalityValidOn on the same row.
  if (dateChecked ? within(m, date) : isMunicipalityValidOn(value, date)) return undefined;
  if (m.validTo !== undefined && m.validTo < date) {
    const next = resolveMunicipalityOn(value, date).map((s) => `${s.gmCode} (${s.name})`);
    const nl = next.length > 0 ? `; gebruik ${next.join(' of ')}` : '';
    const en = next.length > 0 ? `; use ${next.join(' or ')}` : '';
    return finding(
      path,
      `Gemeente ${value} (${m.name}) bestaat na ${m.validTo} niet meer door herindeling${nl}.`,
      `Municipality ${value} (${m.name}) ceased to exist after ${m.validTo} through a merger${en}.`,
      { severity: 'warning', code: 'IDN-007.retired' },
    );
  }
  return finding(path, `Gemeente ${value} bestond nog niet op ${date}.`, `Municipality ${value} did not exist yet on ${date}.`);
}

function checkAm({ path, value }: IndexedString, date: string, dateChecked: boolean, out: RuleFinding[] | undefined): RuleFinding[] | undefined {
  // With the date's shape checked once per call, this is isRegionValidOn on the same entry.
  const entry = dateChecked ? LabourMarketRegionList.get(value) : undefined;
  if (dateChecked ? !(entry !== undefined && within(entry, date)) : !isRegionValidOn(value, date))
    (out ??= []).push(finding(path, `Arbeidsmarktregio ${value} bestaat niet op ${date}.`, `Labour-market region ${value} does not exist on ${date}.`));
  return out;
}

export const IDN_007 = defineRule<Record<string, any>>({
  id: 'IDN-007',
  appliesTo: ALL_DOCUMENT_TYPES,
  severity: 'error',
  titleNl: 'Gemeente- en arbeidsmarktregiocode bestaan op de peildatum van het record',
  titleEn: "GM and AM codes exist on the record's reference date",
  source: 'R36',
  check(doc, ctx) {
    const index = documentIndex(doc, ctx);
    const refs = index.orgRefs;
    const gmCodes = index.gmCodes;
    const amCodes = index.amCodes;
    if (gmCodes.length === 0 && amCodes.length === 0) {
      let any = false;
      for (let i = 0; i < refs.length; i++) if (refs[i]!.scheme === 'GM' || refs[i]!.scheme === 'AM') any = true;
      if (!any) return NO_FINDINGS;
    }
    const date = referenceDate(doc, ctx.asOf);
    const dateChecked = hasIsoDateShape(date);
    let out: RuleFinding[] | undefined;
    // Typed codes first, then organisation references, as the findings have always been ordered:
    // shape errors of references, GM codes, GM references, AM codes, AM references. The
    // references are scanned once per group instead of being copied into lists.
    let gmRefs = 0;
    let amRefs = 0;
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i]!;
      if (ref.scheme === 'GM') {
        if (isGmShaped(ref.value)) gmRefs++;
        else (out ??= []).push(finding(ref.path, 'Gemeentecode moet de vorm GMnnnn hebben.', 'A municipality code looks like GMnnnn.'));
      } else if (ref.scheme === 'AM') {
        if (isValidAmCode(ref.value)) amRefs++;
        else (out ??= []).push(finding(ref.path, 'Onbekende arbeidsmarktregiocode (AMnn, een van de 35 regio’s).', 'Unknown labour-market region code (AMnn, one of the 35 regions).'));
      }
    }
    // Documents repeat one municipality in several fields: a code found valid on the date is
    // not looked up again within this call.
    let validGm: string | undefined;
    for (let i = 0; i < gmCodes.length; i++) {
      const e = gmCodes[i]!;
      if (e.value === validGm) continue;
      const f = gmFinding(e, date, dateChecked);
      if (f === undefined) validGm = e.value;
      else (out ??= []).push(f);
    }
    for (let i = 0; gmRefs > 0 && i < refs.length; i++) {
      const e = refs[i]!;
      if (e.scheme !== 'GM' || !isGmShaped(e.value)) continue;
      gmRefs--;
      if (e.value === validGm) continue;
      const f = gmFinding(e, date, dateChecked);
      if (f === undefined) validGm = e.value;
      else (out ??= []).push(f);
    }
    for (let i = 0; i < amCodes.length; i++) out = checkAm(amCodes[i]!, date, dateChecked, out);
    for (let i = 0; amRefs > 0 && i < refs.length; i++) {
      const e = refs[i]!;
      if (e.scheme !== 'AM' || !isValidAmCode(e.value)) continue;
      amRefs--;
      out = checkAm(e, date, dateChecked, out);
    }
    return out ?? NO_FINDINGS;
  },
});
