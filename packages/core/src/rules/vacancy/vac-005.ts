import { defineRule } from '../rule.js';

/**
 * VAC-005: a vacancy is `FILLED` only when its active or ended linked placements cover every
 * place.
 *
 * @remarks
 * The vacancy does not hold its placements; it carries the derived count `placesFilled`
 * (active or ended linked placements). A `FILLED` vacancy without that count cannot show it
 * is filled, so that is reported too.
 */
export const VAC_005 = defineRule({
  id: 'VAC-005',
  appliesTo: 'Vacancy',
  severity: 'error',
  titleNl: 'Vervuld alleen als het aantal actieve of beëindigde plaatsingen het aantal plaatsen bereikt',
  titleEn: 'FILLED only when active or ended linked placements reach the number of places',
  source: 'Brief §4.5',
  reads: [['status'], ['placesFilled'], ['numberOfPlaces']],
  messages: {
    noCount: {
      nl: 'Een vervulde vacature vermeldt het aantal vervulde plaatsen (actieve of beëindigde plaatsingen).',
      en: 'A filled vacancy states the number of places filled (active or ended placements).',
    },
    notFilled: {
      nl: (p: { filled: number; places: number }) =>
        `Vacature staat op vervuld, maar ${p.filled} van de ${p.places} plaatsen zijn vervuld.`,
      en: (p: { filled: number; places: number }) => `Vacancy is marked filled, but ${p.filled} of ${p.places} places are filled.`,
    },
  },
  check(vacancy, ctx) {
    if (vacancy.status !== 'FILLED') return;
    const filled = vacancy.placesFilled;
    if (filled === undefined) ctx.report(['placesFilled'], 'noCount');
    else if (filled < vacancy.numberOfPlaces) ctx.report(['status'], 'notFilled', { filled, places: vacancy.numberOfPlaces });
  },
});
