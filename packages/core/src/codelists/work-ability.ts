import { defineCodeList } from './define.js';

/**
 * Kinds of work a candidate can do, for matching: functional and positive, never a
 * condition or diagnosis (brief §9.1). Mirrors the work-type concepts of the VUM
 * werkzoekendeprofiel (brief §14).
 */
export const WorkAbilityList = defineCodeList({
  id: 'WorkAbility',
  titleNl: 'Werkmogelijkheid',
  titleEn: 'Work ability',
  source: 'Brief §9.1, §14 (VUM); PROPOSAL',
  entries: [
    { code: 'PHYSICAL_WORK', labelNl: 'lichamelijk werk', labelEn: 'physical work' },
    { code: 'STANDING_WORK', labelNl: 'staand werk', labelEn: 'standing work' },
    { code: 'SEATED_WORK', labelNl: 'zittend werk', labelEn: 'seated work' },
    { code: 'ROUTINE_TASKS', labelNl: 'vaste, terugkerende taken', labelEn: 'routine tasks' },
    { code: 'VARIED_TASKS', labelNl: 'afwisselende taken', labelEn: 'varied tasks' },
    { code: 'CUSTOMER_CONTACT', labelNl: 'klantcontact', labelEn: 'customer contact' },
    { code: 'TEAM_WORK', labelNl: 'werken in een team', labelEn: 'team work' },
    { code: 'INDEPENDENT_WORK', labelNl: 'zelfstandig werken', labelEn: 'independent work' },
    { code: 'OUTDOOR_WORK', labelNl: 'buitenwerk', labelEn: 'outdoor work' },
    { code: 'COMPUTER_WORK', labelNl: 'werken met de computer', labelEn: 'computer work' },
    { code: 'SHIFT_WORK', labelNl: 'ploegendienst', labelEn: 'shift work' },
    { code: 'DRIVING_LICENCE_B', labelNl: 'rijbewijs B', labelEn: 'driving licence B' },
  ] as const,
});
export const WorkAbility = WorkAbilityList.schema;
export type WorkAbility = (typeof WorkAbilityList.codes)[number];
