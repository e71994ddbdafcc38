// Labels of codes in the page's language, from core's code lists (served by the API).

/** The code lists the dashboard labels codes with. */
export const CODE_LISTS = [
  'labour-market-region',
  'process-event',
  'candidate-source',
  'target-group-basis',
  'trial-regime',
  'instrument',
  'payment-frequency',
  'wage-value-method',
  'delegated-process',
  'performance-metric',
  'financier',
] as const;

/** One of the code lists the dashboard uses. */
export type CodeListId = (typeof CODE_LISTS)[number];

/** A code's label in the page's language (the code itself when the list does not have it). */
export type CodeLabel = (list: CodeListId, code: string) => string;

/** A region's name with its AM code, or the code alone when the name is not known. */
export const regionLabel = (label: CodeLabel, code: string): string => {
  const name = label('labour-market-region', code);
  return name === code ? code : `${name} (${code})`;
};
