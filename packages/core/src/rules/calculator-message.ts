/**
 * The message of a finding that a calculator produced (trial length, wage dispensation, LKV,
 * reference-data gaps): the calculators own these texts, in both languages, because their
 * results are public API too; a rule reports them as they are.
 */
export const CALCULATOR_MESSAGE = {
  nl: (finding: { readonly message: string; readonly messageEn: string }) => finding.message,
  en: (finding: { readonly message: string; readonly messageEn: string }) => finding.messageEn,
};
