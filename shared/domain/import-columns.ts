// The documented CSV/XLSX column sets for importing and exporting employees and wages, with the
// Malay and English header aliases a person is likely to type. Declared once: the importer, the
// exporter, the CLI help and the UI all read this.
import { PAY_ITEM_NAMES, type PayItemName } from '../statutory/pay-items';

export interface ColumnSpec<Name extends string = string> {
  name: Name;
  aliases: readonly string[];
  required: boolean;
}

export const EMPLOYEE_COLUMNS = [
  { name: 'name', aliases: ['nama', 'full_name', 'nama_penuh', 'employee_name', 'nama_pekerja'], required: true },
  { name: 'id_type', aliases: ['jenis_id', 'jenis_pengenalan', 'id_kind'], required: false },
  { name: 'id_number', aliases: ['ic', 'ic_number', 'ic_no', 'nric', 'mykad', 'no_kp', 'no_ic', 'nombor_pengenalan', 'no_pengenalan', 'passport', 'no_pasport'], required: true },
  { name: 'perkeso_id', aliases: ['id_perkeso', 'socso_id', 'no_perkeso'], required: false },
  { name: 'date_of_birth', aliases: ['dob', 'birth_date', 'tarikh_lahir'], required: false },
  { name: 'gender', aliases: ['sex', 'jantina'], required: false },
  { name: 'nationality', aliases: ['citizenship', 'warganegara', 'kewarganegaraan'], required: false },
  { name: 'domestic_worker', aliases: ['pembantu_rumah', 'pekerja_domestik'], required: false },
  { name: 'hire_date', aliases: ['join_date', 'start_date', 'date_joined', 'tarikh_mula', 'tarikh_masuk', 'tarikh_mula_kerja'], required: false },
  { name: 'leave_date', aliases: ['end_date', 'resign_date', 'tarikh_berhenti'], required: false },
  { name: 'leave_reason', aliases: ['sebab_berhenti'], required: false },
  { name: 'perkeso_registered_date', aliases: ['registered_date', 'socso_registered_date', 'tarikh_daftar_perkeso', 'tarikh_daftar'], required: false },
  { name: 'first_insured_at_55', aliases: ['pertama_diinsuranskan_55', 'mula_caruman_55'], required: false },
  { name: 'no_eis_before_57', aliases: ['tiada_sip_sebelum_57', 'no_sip_before_57'], required: false },
  { name: 'pays_lindung', aliases: ['lindung', 'bayar_lindung', 'skbbk'], required: false },
  { name: 'notes', aliases: ['nota', 'catatan'], required: false },
] as const satisfies readonly ColumnSpec[];

export type EmployeeColumn = (typeof EMPLOYEE_COLUMNS)[number]['name'];

const PAY_ITEM_ALIASES: Record<PayItemName, readonly string[]> = {
  basic: ['basic_salary', 'salary', 'gaji', 'gaji_pokok', 'gaji_asas'],
  overtime: ['ot', 'lebih_masa', 'kerja_lebih_masa'],
  commission: ['komisen'],
  allowance: ['allowances', 'elaun'],
  leave_pay: ['bayaran_cuti', 'gaji_cuti'],
  arrears: ['tunggakan', 'tunggakan_gaji', 'arrears_of_wages'],
  bonus: ['annual_bonus', 'bonus_tahunan'],
  travel_allowance: ['travelling_allowance', 'mileage', 'elaun_perjalanan'],
  reimbursement: ['reimbursements', 'claims', 'tuntutan', 'bayaran_balik'],
  gratuity: ['ganjaran', 'termination_payment', 'pampasan'],
  gift: ['gifts', 'hadiah'],
};

export const WAGE_COLUMNS: readonly ColumnSpec[] = [
  { name: 'id_number', aliases: EMPLOYEE_COLUMNS[2].aliases, required: true },
  ...PAY_ITEM_NAMES.map((name) => ({ name, aliases: PAY_ITEM_ALIASES[name], required: false })),
  { name: 'event', aliases: ['status', 'peristiwa', 'kod_status'], required: false },
  { name: 'notes', aliases: ['nota', 'catatan'], required: false },
];

/** "Tarikh Lahir " → "tarikh_lahir": how a typed header is compared with names and aliases. */
export function normalizeHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s\-./]+/g, '_')
    .replace(/[^a-z0-9_]/g, '')
    .replace(/^_+|_+$/g, '');
}

export type HeaderMatch = { ok: true; columns: (string | null)[] } | { ok: false; key: string; params: Record<string, string> };

/**
 * Maps each header cell to its column name (null for a column Caruman does not know, which is
 * reported, not silently used). Refuses a missing required column or the same column twice.
 */
export function matchHeaders(headers: readonly string[], specs: readonly ColumnSpec[]): HeaderMatch & { unknown?: string[] } {
  const lookup = new Map<string, string>();
  for (const spec of specs) {
    lookup.set(spec.name, spec.name);
    for (const alias of spec.aliases) lookup.set(normalizeHeader(alias), spec.name);
  }
  const columns: (string | null)[] = [];
  const seen = new Set<string>();
  const unknown: string[] = [];
  for (const header of headers) {
    const name = lookup.get(normalizeHeader(header)) ?? null;
    if (name && seen.has(name)) return { ok: false, key: 'import.error.duplicateColumn', params: { column: header } };
    if (name) seen.add(name);
    else if (header.trim() !== '') unknown.push(header);
    columns.push(name);
  }
  const missing = specs.find((s) => s.required && !seen.has(s.name));
  if (missing) return { ok: false, key: 'import.error.missingColumn', params: { column: missing.name } };
  return { ok: true, columns, unknown };
}

const FLAG_VALUES: Record<string, boolean> = { yes: true, y: true, ya: true, true: true, '1': true, no: false, n: false, tidak: false, t: false, false: false, '0': false };
const GENDER_VALUES: Record<string, 'male' | 'female'> = { male: 'male', m: 'male', lelaki: 'male', l: 'male', female: 'female', f: 'female', perempuan: 'female', p: 'female' };
const NATIONALITY_VALUES: Record<string, 'citizen' | 'pr' | 'temporary' | 'foreign'> = {
  citizen: 'citizen', warganegara: 'citizen', malaysian: 'citizen', malaysia: 'citizen',
  pr: 'pr', permanent_resident: 'pr', penduduk_tetap: 'pr',
  temporary: 'temporary', temporary_resident: 'temporary', penduduk_sementara: 'temporary', sementara: 'temporary',
  foreign: 'foreign', foreign_worker: 'foreign', pekerja_asing: 'foreign', asing: 'foreign', bukan_warganegara: 'foreign',
};
const ID_TYPE_VALUES: Record<string, 'mykad' | 'old_ic' | 'passport' | 'police' | 'army'> = {
  mykad: 'mykad', ic: 'mykad', nric: 'mykad', kp: 'mykad', mypr: 'mykad', kad_pengenalan: 'mykad',
  old_ic: 'old_ic', kp_lama: 'old_ic',
  passport: 'passport', pasport: 'passport',
  police: 'police', polis: 'police',
  army: 'army', tentera: 'army', military: 'army',
};
const LEAVE_REASON_VALUES: Record<string, 'resigned' | 'terminated' | 'died'> = {
  resigned: 'resigned', resign: 'resigned', letak_jawatan: 'resigned', berhenti: 'resigned',
  terminated: 'terminated', ditamatkan: 'terminated', dibuang_kerja: 'terminated',
  died: 'died', death: 'died', meninggal: 'died', meninggal_dunia: 'died',
};

/** Reads a cell against a vocabulary; empty gives undefined (the default), unknown gives null. */
function vocabulary<T>(values: Record<string, T>) {
  return (cell: string): T | undefined | null => {
    const key = normalizeHeader(cell);
    if (key === '') return undefined;
    return key in values ? values[key]! : null;
  };
}

export const readFlag = vocabulary(FLAG_VALUES);
export const readGender = vocabulary(GENDER_VALUES);
export const readNationality = vocabulary(NATIONALITY_VALUES);
export const readIdType = vocabulary(ID_TYPE_VALUES);
export const readLeaveReason = vocabulary(LEAVE_REASON_VALUES);

/** "2025-03-01", "1/3/2025" or "01-03-2025" (day first, as in Malaysia) → "2025-03-01"; null if not a date shape. */
export function readDate(cell: string): string | undefined | null {
  const text = cell.trim();
  if (text === '') return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (dayFirst) return `${dayFirst[3]}-${dayFirst[2]!.padStart(2, '0')}-${dayFirst[1]!.padStart(2, '0')}`;
  return null;
}
