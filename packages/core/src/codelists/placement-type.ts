import { defineCodeList } from './define.js';

/**
 * Kind of placement, with whether it produces paid hours that can count.
 *
 * @public
 */
export const PlacementTypeList = defineCodeList({
  id: 'PlacementType',
  titleNl: 'Soort plaatsing',
  titleEn: 'Placement type',
  source: 'Brief §5.3; R18, R26, R27',
  entries: [
    { code: 'EMPLOYMENT', labelNl: 'Dienstverband', labelEn: 'Employment', paid: true },
    { code: 'TRIAL_PLACEMENT', labelNl: 'Proefplaatsing / proefplaats (onbetaald)', labelEn: 'Trial placement (unpaid)', paid: false },
    { code: 'SECONDMENT', labelNl: 'Detachering', labelEn: 'Secondment', paid: true },
    { code: 'TEMP_AGENCY', labelNl: 'Uitzending', labelEn: 'Temporary agency work', paid: true },
    { code: 'WORK_STUDY_BBL', labelNl: 'BBL-leerbaan', labelEn: 'Work-study job (BBL)', paid: true },
    { code: 'SHELTERED_WORK', labelNl: 'Beschut werk', labelEn: 'Sheltered work', paid: true },
    { code: 'INTERNSHIP', labelNl: 'Stage', labelEn: 'Internship', paid: false },
    { code: 'WORK_EXPERIENCE', labelNl: 'Werkervaringsplek', labelEn: 'Work-experience place', paid: false },
  ] as const,
});
/** @public */
export const PlacementType = PlacementTypeList.schema;
/** @public */
export type PlacementType = (typeof PlacementTypeList.codes)[number];

/**
 * Placement types whose hours are not paid and so never count (PLC-008).
 *
 * @public
 */
export const UNPAID_PLACEMENT_TYPES: readonly PlacementType[] = PlacementTypeList.entries.filter((e) => !e.paid).map((e) => e.code);
/**
 * Placement types where the worker is lent to a hirer (PLC-001, PLC-009).
 *
 * @public
 */
export const LENDING_PLACEMENT_TYPES: readonly PlacementType[] = ['SECONDMENT', 'TEMP_AGENCY'];
