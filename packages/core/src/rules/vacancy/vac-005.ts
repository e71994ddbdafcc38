import type { Vacancy } from '../../documents/vacancy.js';
import { defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/**
 * VAC-005: a vacancy is `FILLED` only when its active or ended linked placements cover every
 * place.
 *
 * @remarks
 * The vacancy does not hold its placements; it carries the derived count `placesFilled`
 * (active or ended linked placements). A `FILLED` vacancy without that count cannot show it
 * is filled, so that is reported too.
 */
export const VAC_005 = defineRule<Vacancy>({
  id: 'VAC-005',
  appliesTo: ['Vacancy'],
  severity: 'error',
  titleNl: 'Vervuld alleen als het aantal actieve of beëindigde plaatsingen het aantal plaatsen bereikt',
  titleEn: 'FILLED only when active or ended linked placements reach the number of places',
  source: 'Brief §4.5',
  check(v) {
    if (v.status !== 'FILLED') return NO_FINDINGS;
    if (v.placesFilled === undefined)
      return [
        finding(
          ['placesFilled'],
          'Een vervulde vacature vermeldt het aantal vervulde plaatsen (actieve of beëindigde plaatsingen).',
          'A filled vacancy states the number of places filled (active or ended placements).',
        ),
      ];
    if (v.placesFilled < v.numberOfPlaces)
      return [
        finding(
          ['status'],
          `Vacature staat op vervuld, maar ${v.placesFilled} van de ${v.numberOfPlaces} plaatsen zijn vervuld.`,
          `Vacancy is marked filled, but ${v.placesFilled} of ${v.numberOfPlaces} places are filled.`,
        ),
      ];
    return NO_FINDINGS;
  },
});
