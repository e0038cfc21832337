// Numbers as people type them → the digits the CP39 fields hold (cp39_format_examples.csv).
import { compactId } from '../../assist/text';

/**
 * The employer number (E number) as digits, without the letter E, spaces or dashes:
 * "E 908915-10" → "90891510" (the field pads it to 0090891510). Null when it is not an E number.
 */
export function employerNumberDigits(text: string): string | null {
  const match = /^\s*E?\s*([\d\s-]+)$/i.exec(text);
  if (!match) return null;
  const digits = (match[1] as string).replace(/[\s-]/g, '');
  return digits.length >= 1 && digits.length <= 10 && /[1-9]/.test(digits) ? digits : null;
}

/**
 * The income tax number (TIN) as digits, without the prefix letters (IG, SG, OG …), spaces, dashes
 * or the 2010 wife code's brackets: "IG 531367-080" → "531367080", "SG 531367-08 (0)" →
 * "531367080" (the field pads to 11). Null when it is not a tax number.
 */
export function taxNumberDigits(text: string): string | null {
  const match = /^\s*[A-Z]{0,2}\s*([\d\s\-()]+)$/i.exec(text);
  if (!match) return null;
  const digits = (match[1] as string).replace(/[\s\-()]/g, '');
  return digits.length >= 1 && digits.length <= 11 && /[1-9]/.test(digits) ? digits : null;
}

/** An old IC, new IC or passport number as written in the file: "530706-01-5641" → "530706015641", "J 1294567" → "J1294567". */
export function identityNumber(text: string): string {
  return compactId(text);
}
