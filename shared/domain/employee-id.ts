// Identity documents of employees and the ID written in PERKESO files. MyKad numbers go through
// the statutory MyKad parser; the other kinds are checked for a plausible shape only, because
// their formats are not published precisely.
import { parseMyKad } from '../mykad';

export const ID_TYPES = ['mykad', 'old_ic', 'passport', 'police', 'army'] as const;
export type IdType = (typeof ID_TYPES)[number];

const SHAPES: Record<Exclude<IdType, 'mykad'>, RegExp> = {
  old_ic: /^[A-Z]?\d{6,8}$/, // e.g. A1234567 or 7654321
  passport: /^[A-Z0-9]{5,20}$/,
  police: /^[A-Z]{0,3}\d{3,10}$/, // e.g. RF123456, G12345
  army: /^[A-Z]{0,3}\d{3,10}$/, // e.g. T123456
};

export interface IdProblem {
  key: string;
  params?: Record<string, string | number>;
}

export type NormalizedId =
  | {
      ok: true;
      idType: IdType;
      idNumber: string;
      defaultPerkesoId: string;
      fromMyKad: { dateOfBirth: string; gender: 'male' | 'female' } | null;
      warnings: IdProblem[];
    }
  | { ok: false; error: IdProblem };

/**
 * Cleans an ID as typed ("800101-14-5678", " a 123 4567 ") and checks it for its type. With no
 * type given, 12 digits mean a MyKad (the CSV import rule); anything else must name its type.
 */
export function normalizeIdNumber(idType: IdType | undefined, raw: string, today?: string): NormalizedId {
  const compact = raw.trim().toUpperCase().replace(/[\s-]/g, '');
  const type: IdType | undefined = idType ?? (/^\d{12}$/.test(compact) ? 'mykad' : undefined);
  if (!type) return { ok: false, error: { key: 'employees.error.idType' } };

  if (type === 'mykad') {
    const parsed = parseMyKad(raw, today ? { today } : {});
    if (!parsed.ok) return { ok: false, error: { key: parsed.error.key, params: parsed.error.params } };
    return {
      ok: true,
      idType: 'mykad',
      idNumber: parsed.value.digits,
      defaultPerkesoId: parsed.value.digits,
      fromMyKad: { dateOfBirth: parsed.value.dateOfBirth, gender: parsed.value.gender },
      warnings: parsed.value.warnings.map((w) => ({ key: w.key, params: w.params })),
    };
  }

  if (!SHAPES[type].test(compact)) {
    return { ok: false, error: { key: `employees.error.idShape.${type}` } };
  }
  return { ok: true, idType: type, idNumber: compact, defaultPerkesoId: compact, fromMyKad: null, warnings: [] };
}
