import type { Vacancy } from '../../documents/vacancy.js';
import { defineRule, finding } from '../legacy.js';

/** VAC-001: a vacancy has at least one place (whole number) and a job title. */
export const VAC_001 = defineRule<Vacancy>({
  id: 'VAC-001',
  appliesTo: ['Vacancy'],
  severity: 'error',
  titleNl: 'Aantal plaatsen is een geheel getal van minimaal 1 en de functie heeft een naam',
  titleEn: 'Number of places is a whole number of at least 1 and the job has a title',
  source: 'S5 (Rotterdam intake)',
  check(v) {
    const out = [];
    if (!Number.isInteger(v.numberOfPlaces) || v.numberOfPlaces < 1)
      out.push(finding(['numberOfPlaces'], 'Aantal plaatsen moet een geheel getal van minimaal 1 zijn.', 'Number of places must be a whole number of at least 1.'));
    if (v.jobType.title.trim() === '')
      out.push(finding(['jobType', 'title'], 'Geef de soort functie op.', 'State the kind of job.'));
    return out;
  },
});
