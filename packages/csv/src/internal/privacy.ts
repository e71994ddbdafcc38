import type { Locale } from '@banenafspraak/core';

/**
 * Masking of personal values in what the importer writes: the token that replaces them, and
 * BSN-shaped values found by their shape, wherever a mis-parsed row has put them.
 */

/** Cells that start like a formula: Excel would run them (OWASP's CSV-injection list). */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** The token restricted cells are replaced with in CSV outputs, in the output's language. */
export const MASKS = { nl: '[afgeschermd]', en: '[masked]' } as const satisfies Record<Locale, string>;

/** Whether a cell holds a mask token of either language (a report CSV fed back in). */
export function holdsMask(text: string): boolean {
  return text.includes(MASKS.nl) || text.includes(MASKS.en);
}

/**
 * Digit runs shaped like a BSN: 9 digits (also written `123 456 782` or `123.456.782`), or 8
 * digits (a BSN that lost its leading zero when a spreadsheet stored it as a number).
 */
const BSN_LIKE = /(?<!\d)(?:\d{8,9}|\d{3}[ .-]\d{3}[ .-]\d{3})(?!\d)/;

/** The 11-proef on 9 ASCII digits (weights 9…2 and −1). */
function passesElevenTest(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (digits.charCodeAt(i) - 48) * (9 - i);
  return (sum - (digits.charCodeAt(8) - 48)) % 11 === 0;
}

/** Whether a digit run (separators allowed) is a BSN or a BSN without its leading zero. */
export function isBsnShaped(run: string): boolean {
  const digits = run.replace(/\D/g, '');
  if (digits.length !== 8 && digits.length !== 9) return false;
  return passesElevenTest(digits.length === 8 ? `0${digits}` : digits);
}

/**
 * Replaces every BSN-shaped value in a text with the mask token of `locale`, whatever column it is in: a
 * mis-parsed row can move a BSN anywhere. Shaped means 9 digits passing the 11-proef, or 8
 * digits that pass it with the leading zero a spreadsheet dropped.
 */
export function maskBsnShapes(text: string, locale: Locale): string {
  if (text.length < 8 || !BSN_LIKE.test(text)) return text;
  return text.replace(new RegExp(BSN_LIKE.source, 'g'), (run) => (isBsnShaped(run) ? MASKS[locale] : run));
}
