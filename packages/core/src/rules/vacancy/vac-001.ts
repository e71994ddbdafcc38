import { defineRule } from '../rule.js';

/** VAC-001: a vacancy has at least one place (whole number) and a job title. */
export const VAC_001 = defineRule({
  id: 'VAC-001',
  appliesTo: 'Vacancy',
  severity: 'error',
  titleNl: 'Aantal plaatsen is een geheel getal van minimaal 1 en de functie heeft een naam',
  titleEn: 'Number of places is a whole number of at least 1 and the job has a title',
  source: 'S5 (Rotterdam intake)',
  reads: [['numberOfPlaces'], ['jobType']],
  messages: {
    places: {
      nl: 'Aantal plaatsen moet een geheel getal van minimaal 1 zijn.',
      en: 'Number of places must be a whole number of at least 1.',
    },
    title: { nl: 'Geef de soort functie op.', en: 'State the kind of job.' },
  },
  check(vacancy, ctx) {
    if (!Number.isInteger(vacancy.numberOfPlaces) || vacancy.numberOfPlaces < 1) ctx.report(['numberOfPlaces'], 'places');
    if (vacancy.jobType.title.trim() === '') ctx.report(['jobType', 'title'], 'title');
  },
});
