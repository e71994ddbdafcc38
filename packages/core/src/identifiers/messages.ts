/**
 * The identifier schemas' own messages (Dutch, as zod reports them) with their English
 * wording and the rule each belongs to, so `validate` can report an identifier failure in
 * either language with a stable rule id. None of them contains the checked value.
 *
 * @internal Used by the validator; the schemas keep their Dutch messages for direct use.
 */
export const IDENTIFIER_MESSAGES: ReadonlyMap<string, { readonly en: string; readonly ruleId: string }> = new Map([
  ['BSN moet uit precies 9 cijfers bestaan', { en: 'A BSN consists of exactly 9 digits', ruleId: 'IDN-001' }],
  ['BSN voldoet niet aan de elfproef', { en: 'The BSN fails the eleven test (11-proef)', ruleId: 'IDN-001' }],
  ['BSN mag niet uit alleen nullen bestaan', { en: 'A BSN cannot be all zeros', ruleId: 'IDN-001' }],
  ['KvK-nummer moet uit precies 8 cijfers bestaan', { en: 'A KvK number consists of exactly 8 digits', ruleId: 'IDN-003' }],
  ['Vestigingsnummer moet uit precies 12 cijfers bestaan', { en: 'An establishment number consists of exactly 12 digits', ruleId: 'IDN-003' }],
  ['RSIN moet uit precies 9 cijfers bestaan', { en: 'An RSIN consists of exactly 9 digits', ruleId: 'IDN-004' }],
  [
    'Loonheffingennummer bestaat uit 9 cijfers, de letter L en 2 cijfers',
    { en: 'A payroll tax number consists of 9 digits, the letter L and 2 digits', ruleId: 'IDN-005' },
  ],
  ['OIN moet uit precies 20 cijfers bestaan', { en: 'An OIN consists of exactly 20 digits', ruleId: 'IDN-006' }],
  ['OIN heeft een onbekend prefix', { en: 'The OIN has an unknown prefix', ruleId: 'IDN-006' }],
  [
    'OIN eindigt niet op de opvulling die bij het prefix hoort (000, of 0000 bij een KvK-nummer)',
    { en: 'The OIN does not end in the padding its prefix requires (000, or 0000 for a KvK number)', ruleId: 'IDN-006' },
  ],
  [
    'Gemeentecode moet de vorm GMnnnn hebben (GM + 4 cijfers, hoofdletters)',
    { en: 'A municipality code looks like GMnnnn (GM + 4 digits, upper case)', ruleId: 'IDN-007' },
  ],
  ['SBI-code moet uit 2 tot 5 cijfers bestaan', { en: 'An SBI code consists of 2 to 5 digits', ruleId: 'IDN-008' }],
  ['SBI 2025-code moet uit precies 5 cijfers bestaan', { en: 'An SBI 2025 code consists of exactly 5 digits', ruleId: 'IDN-008' }],
  ['SBI-code heeft een versie nodig (SBI_2008 of SBI_2025)', { en: 'An SBI code needs a version (SBI_2008 or SBI_2025)', ruleId: 'IDN-008' }],
]);
