import { defineCodeList } from './define.js';

/**
 * Values that employers and public parties emphasise in their relationship (seed 000,
 * "Stappenplan samenwerking werkgever en gemeente"). `side` says who named the value.
 *
 * @public
 */
export const RelationshipValueList = defineCodeList({
  id: 'RelationshipValue',
  titleNl: 'Waarde in de samenwerkingsrelatie',
  titleEn: 'Relationship value',
  source: 'S1 (seed 000, values table; last rows reconstructed from a flattened table)',
  entries: [
    {
      code: 'SPEED_AND_PRAGMATISM',
      side: 'EMPLOYER',
      labelNl: 'Tijd is geld: snel, pragmatisch, weinig administratie',
      labelEn: 'Fast, practical organisation with lean paperwork',
    },
    { code: 'ROOM_TO_MANOEUVRE', side: 'EMPLOYER', labelNl: 'Regelruimte', labelEn: 'Latitude within the rules' },
    {
      code: 'CREATIVE_JOB_DESIGN',
      side: 'EMPLOYER',
      labelNl: 'Creatief meedenken over invulling van werk',
      labelEn: 'Public party helps shape suitable work',
    },
    {
      code: 'CONSISTENT_INFORMATION',
      side: 'EMPLOYER',
      labelNl: 'Eenduidige informatie over regels en doelgroep',
      labelEn: 'One clear story on the rules and the target group',
    },
    {
      code: 'SINGLE_CONTACT',
      side: 'EMPLOYER',
      labelNl: 'Vlotte communicatie via één contactpersoon',
      labelEn: 'Quick communication through one contact',
    },
    {
      code: 'EQUAL_PARTNERS',
      side: 'SHARED',
      labelNl: 'Gelijkwaardige partners, gezamenlijk belang',
      labelEn: 'Equal partners with a common interest',
    },
    {
      code: 'MUTUAL_UNDERSTANDING',
      side: 'SHARED',
      labelNl: 'Begrip voor elkaars motieven en bedrijfsvoering',
      labelEn: "Understanding each other's drivers and operations",
    },
    {
      code: 'MUTUAL_INVESTMENT',
      side: 'SHARED',
      labelNl: 'Wederzijds investeren in een stabiele relatie',
      labelEn: 'Both invest in a stable relationship',
    },
    {
      code: 'KEY_PARTNER_AWARENESS',
      side: 'SHARED',
      labelNl: 'Besef elkaars belangrijkste partner te zijn',
      labelEn: 'Each sees the other as its main partner',
    },
    { code: 'GOOD_FAITH', side: 'SHARED', labelNl: 'Vertrouwen in elkaars goede bedoelingen', labelEn: 'Trust in good intentions' },
    { code: 'SHARED_ENTHUSIASM', side: 'SHARED', labelNl: 'Gedeeld enthousiasme en passie', labelEn: 'Shared enthusiasm and passion' },
    { code: 'KEEPING_AGREEMENTS', side: 'SHARED', labelNl: 'Afspraken nakomen', labelEn: 'Doing what was agreed' },
    {
      code: 'GENUINE_INCLUSION_INTENT',
      side: 'PUBLIC',
      labelNl: "Werkgever wil duurzaam inclusief zijn (geen 'moetje')",
      labelEn: 'Inclusion is meant, not forced',
    },
    { code: 'EMPLOYER_PERSISTENCE', side: 'PUBLIC', labelNl: 'Volharding van de werkgever', labelEn: 'The employer keeps going' },
    {
      code: 'UNDERSTANDING_TARGET_GROUP',
      side: 'PUBLIC',
      labelNl: 'Begrip voor (on)mogelijkheden van de doelgroep',
      labelEn: 'Realistic view of what candidates can and cannot do',
    },
    {
      code: 'CANDIDATE_WELLBEING',
      side: 'PUBLIC',
      labelNl: 'Vertrouwen dat de kandidaat goed terechtkomt',
      labelEn: 'Trust that the candidate ends up well',
    },
    {
      code: 'UNDERSTANDING_PUBLIC_MEANS',
      side: 'PUBLIC',
      labelNl: 'Begrip voor beperkte middelen van de publieke partij',
      labelEn: 'Understanding that public budgets are finite',
    },
  ] as const,
});
/** @public */
export const RelationshipValue = RelationshipValueList.schema;
/** @public */
export type RelationshipValue = (typeof RelationshipValueList.codes)[number];
