/**
 * How regions write the target groups of the *banenafspraak* in their sheets, in one table:
 * each spelling with the target-group basis of a candidate (`TargetGroupBasis`) and the
 * preference of a vacancy (`VacancyPreference`) it stands for. Spellings are compared folded
 * (no case, accents, spaces or punctuation: `VSO/PrO` = `vso-pro`).
 *
 * A spelling that names two bases (`VSO/PrO`) gives no basis: the sheet must say which one.
 */

/** Basis and preference a spelling stands for; `undefined` where it does not decide one. */
export interface TargetGroupAlias {
  readonly basis: string | undefined;
  readonly preference: string | undefined;
}

const NEW_INFLOW = 'NEW_INFLOW_PW';

export const TARGET_GROUP_ALIASES: Readonly<Record<string, TargetGroupAlias>> = {
  // Sociale werkvoorziening (Wsw): the SW'ers of the Rotterdam model.
  SW: { basis: 'WSW_INDICATION', preference: 'SW' },
  "SW'er": { basis: 'WSW_INDICATION', preference: 'SW' },
  "SW'ers": { basis: 'WSW_INDICATION', preference: 'SW' },
  Wsw: { basis: 'WSW_INDICATION', preference: 'SW' },
  "Wsw'er": { basis: 'WSW_INDICATION', preference: 'SW' },
  'Wsw-indicatie': { basis: 'WSW_INDICATION', preference: 'SW' },
  'Sociale werkvoorziening': { basis: 'WSW_INDICATION', preference: 'SW' },
  // Wajong.
  Wajong: { basis: 'WAJONG', preference: 'WAJONG' },
  Wajonger: { basis: 'WAJONG', preference: 'WAJONG' },
  Wajongers: { basis: 'WAJONG', preference: 'WAJONG' },
  'Wajong 2010': { basis: 'WAJONG', preference: 'WAJONG' },
  'Wajong 2015': { basis: 'WAJONG', preference: 'WAJONG' },
  // New entrants under the Participatiewet.
  'Nieuwe instroom': { basis: 'PW_NO_WML_CAPACITY', preference: NEW_INFLOW },
  'Nieuwe instroom PW': { basis: 'PW_NO_WML_CAPACITY', preference: NEW_INFLOW },
  'Nieuwe instroom Participatiewet': { basis: 'PW_NO_WML_CAPACITY', preference: NEW_INFLOW },
  Participatiewet: { basis: 'PW_NO_WML_CAPACITY', preference: NEW_INFLOW },
  PW: { basis: 'PW_NO_WML_CAPACITY', preference: NEW_INFLOW },
  'P-wet': { basis: 'PW_NO_WML_CAPACITY', preference: NEW_INFLOW },
  'Indicatie banenafspraak': { basis: 'PW_NO_WML_CAPACITY', preference: NEW_INFLOW },
  'Doelgroep banenafspraak': { basis: 'PW_NO_WML_CAPACITY', preference: NEW_INFLOW },
  'PW met jobcoach': { basis: 'PW_WML_WITH_JOBCOACH', preference: NEW_INFLOW },
  'WML met jobcoach': { basis: 'PW_WML_WITH_JOBCOACH', preference: NEW_INFLOW },
  VSO: { basis: 'VSO_PUPIL', preference: NEW_INFLOW },
  'VSO-leerling': { basis: 'VSO_PUPIL', preference: NEW_INFLOW },
  'Voortgezet speciaal onderwijs': { basis: 'VSO_PUPIL', preference: NEW_INFLOW },
  PrO: { basis: 'PRO_PUPIL', preference: NEW_INFLOW },
  'PrO-leerling': { basis: 'PRO_PUPIL', preference: NEW_INFLOW },
  Praktijkonderwijs: { basis: 'PRO_PUPIL', preference: NEW_INFLOW },
  'VSO/PrO': { basis: undefined, preference: NEW_INFLOW },
  'VSO/PrO-leerling': { basis: undefined, preference: NEW_INFLOW },
  Praktijkroute: { basis: 'PRACTICE_ROUTE', preference: NEW_INFLOW },
  // Older schemes whose workers count too.
  WIW: { basis: 'WIW_JOB', preference: undefined },
  'WIW-baan': { basis: 'WIW_JOB', preference: undefined },
  ID: { basis: 'ID_JOB', preference: undefined },
  'ID-baan': { basis: 'ID_JOB', preference: undefined },
  Melkertbaan: { basis: 'ID_JOB', preference: undefined },
  // A vacancy open to everyone.
  'Geen voorkeur': { basis: undefined, preference: 'NO_PREFERENCE' },
  Geen: { basis: undefined, preference: 'NO_PREFERENCE' },
  'n.v.t.': { basis: undefined, preference: 'NO_PREFERENCE' },
  'Maakt niet uit': { basis: undefined, preference: 'NO_PREFERENCE' },
  Alle: { basis: undefined, preference: 'NO_PREFERENCE' },
};

/** The table for one field: spelling → code, for `basis` or `preference`. */
export function targetGroupValues(kind: keyof TargetGroupAlias): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [spelling, alias] of Object.entries(TARGET_GROUP_ALIASES)) {
    const code = alias[kind];
    if (code !== undefined) out[spelling] = code;
  }
  return out;
}
