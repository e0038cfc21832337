// The documented CSV/XLSX column sets for importing and exporting employees and wages, with the
// Malay and English header aliases a person is likely to type. Declared once: the importer, the
// exporter, the CLI help and the UI all read this.
import { PAY_ITEM_NAMES, type PayItemName } from '../pay/pay-items';
import { DEDUCTION_NAMES, type DeductionName } from '../pay/deductions';
import { parseTypedDate } from '../calendar';
import { EMPLOYEE_PAYROLL_COLUMNS } from './import-columns-payroll';

export interface ColumnSpec<Name extends string = string> {
  name: Name;
  /** The header Caruman's templates use, in each UI language (also accepted when importing). */
  header: { en: string; ms: string };
  aliases: readonly string[];
  required: boolean;
}

export const EMPLOYEE_COLUMNS = [
  { name: 'name', header: { en: 'Name', ms: 'Nama' }, aliases: ['nama', 'full_name', 'nama_penuh', 'employee_name', 'nama_pekerja'], required: true },
  { name: 'id_type', header: { en: 'ID type', ms: 'Jenis ID' }, aliases: ['jenis_id', 'jenis_pengenalan', 'id_kind'], required: false },
  {
    name: 'id_number',
    header: { en: 'ID number', ms: 'No KP' },
    aliases: ['ic', 'ic_number', 'ic_no', 'nric', 'mykad', 'no_kp', 'no_ic', 'nombor_pengenalan', 'no_pengenalan', 'passport', 'no_pasport'],
    required: true,
  },
  { name: 'perkeso_id', header: { en: 'PERKESO ID', ms: 'ID PERKESO' }, aliases: ['id_perkeso', 'socso_id', 'no_perkeso'], required: false },
  { name: 'date_of_birth', header: { en: 'Date of birth', ms: 'Tarikh lahir' }, aliases: ['dob', 'birth_date', 'tarikh_lahir'], required: false },
  { name: 'gender', header: { en: 'Gender', ms: 'Jantina' }, aliases: ['sex', 'jantina'], required: false },
  { name: 'nationality', header: { en: 'Nationality', ms: 'Kewarganegaraan' }, aliases: ['citizenship', 'warganegara', 'kewarganegaraan'], required: false },
  { name: 'domestic_worker', header: { en: 'Domestic worker', ms: 'Pembantu rumah' }, aliases: ['pembantu_rumah', 'pekerja_domestik'], required: false },
  {
    name: 'hire_date',
    header: { en: 'Hire date', ms: 'Tarikh mula kerja' },
    aliases: ['join_date', 'start_date', 'date_joined', 'tarikh_mula', 'tarikh_masuk', 'tarikh_mula_kerja'],
    required: false,
  },
  { name: 'leave_date', header: { en: 'Leave date', ms: 'Tarikh berhenti' }, aliases: ['end_date', 'resign_date', 'tarikh_berhenti'], required: false },
  { name: 'leave_reason', header: { en: 'Leave reason', ms: 'Sebab berhenti' }, aliases: ['sebab_berhenti'], required: false },
  {
    name: 'perkeso_registered_date',
    header: { en: 'PERKESO registered date', ms: 'Tarikh daftar PERKESO' },
    aliases: ['registered_date', 'socso_registered_date', 'tarikh_daftar_perkeso', 'tarikh_daftar'],
    required: false,
  },
  { name: 'first_insured_at_55', header: { en: 'First insured at 55', ms: 'Mula caruman 55' }, aliases: ['pertama_diinsuranskan_55', 'mula_caruman_55'], required: false },
  { name: 'no_eis_before_57', header: { en: 'No EIS before 57', ms: 'Tiada SIP sebelum 57' }, aliases: ['tiada_sip_sebelum_57', 'no_sip_before_57'], required: false },
  { name: 'pays_lindung', header: { en: 'Pays LINDUNG', ms: 'Bayar LINDUNG' }, aliases: ['lindung', 'bayar_lindung', 'skbbk'], required: false },
  ...EMPLOYEE_PAYROLL_COLUMNS,
  { name: 'notes', header: { en: 'Notes', ms: 'Catatan' }, aliases: ['nota', 'catatan'], required: false },
] as const satisfies readonly ColumnSpec[];

export type EmployeeColumn = (typeof EMPLOYEE_COLUMNS)[number]['name'];

const PAY_ITEMS: Record<PayItemName, { header: ColumnSpec['header']; aliases: readonly string[] }> = {
  basic: { header: { en: 'Basic (RM)', ms: 'Gaji pokok (RM)' }, aliases: ['basic_salary', 'salary', 'gaji', 'gaji_pokok', 'gaji_asas'] },
  overtime: { header: { en: 'Overtime (RM)', ms: 'Lebih masa (RM)' }, aliases: ['ot', 'lebih_masa', 'kerja_lebih_masa'] },
  commission: { header: { en: 'Commission (RM)', ms: 'Komisen (RM)' }, aliases: ['komisen'] },
  allowance: { header: { en: 'Allowance (RM)', ms: 'Elaun (RM)' }, aliases: ['allowances', 'elaun'] },
  leave_pay: { header: { en: 'Leave pay (RM)', ms: 'Bayaran cuti (RM)' }, aliases: ['bayaran_cuti', 'gaji_cuti'] },
  arrears: { header: { en: 'Arrears (RM)', ms: 'Tunggakan gaji (RM)' }, aliases: ['tunggakan', 'tunggakan_gaji', 'arrears_of_wages'] },
  bonus: { header: { en: 'Bonus (RM)', ms: 'Bonus (RM)' }, aliases: ['annual_bonus', 'bonus_tahunan'] },
  travel_allowance: { header: { en: 'Travel allowance (RM)', ms: 'Elaun perjalanan (RM)' }, aliases: ['travelling_allowance', 'mileage', 'elaun_perjalanan'] },
  reimbursement: { header: { en: 'Reimbursement (RM)', ms: 'Bayaran balik (RM)' }, aliases: ['reimbursements', 'claims', 'tuntutan', 'bayaran_balik'] },
  gratuity: { header: { en: 'Gratuity (RM)', ms: 'Ganjaran (RM)' }, aliases: ['ganjaran', 'termination_payment', 'pampasan'] },
  gift: { header: { en: 'Gift (RM)', ms: 'Hadiah (RM)' }, aliases: ['gifts', 'hadiah'] },
  service_charge: { header: { en: 'Service charge (RM)', ms: 'Caj perkhidmatan (RM)' }, aliases: ['service_charges', 'caj_perkhidmatan', 'caj_servis'] },
  payment_in_lieu_of_notice: {
    header: { en: 'Payment in lieu of notice (RM)', ms: 'Bayaran ganti notis (RM)' },
    aliases: ['in_lieu_of_notice', 'pilon', 'notice_pay', 'bayaran_ganti_notis', 'bayaran_sebagai_ganti_notis', 'gaji_ganti_notis'],
  },
  directors_fee: { header: { en: 'Director’s fee (RM)', ms: 'Yuran pengarah (RM)' }, aliases: ['director_fee', 'directors_fees', 'yuran_pengarah', 'fi_pengarah'] },
};

/**
 * The employer's own deductions of a month (shared/pay/deductions.ts), in ringgit, and what the
 * other deduction is for (the payslip prints it). Unpaid leave here is the amount; the days are
 * for the record and typed on screen.
 */
const DEDUCTION_COLUMNS: Record<DeductionName, Omit<ColumnSpec, 'name' | 'required'>> = {
  unpaid_leave: { header: { en: 'Unpaid leave (RM)', ms: 'Cuti tanpa gaji (RM)' }, aliases: ['unpaid_leave_deduction', 'cuti_tanpa_gaji', 'potongan_cuti'] },
  salary_advance: { header: { en: 'Salary advance (RM)', ms: 'Pendahuluan gaji (RM)' }, aliases: ['advance', 'advances', 'pendahuluan', 'pendahuluan_gaji'] },
  loan_repayment: { header: { en: 'Loan repayment (RM)', ms: 'Bayaran balik pinjaman (RM)' }, aliases: ['loan', 'pinjaman', 'bayaran_pinjaman'] },
  other_deduction: { header: { en: 'Other deduction (RM)', ms: 'Potongan lain (RM)' }, aliases: ['other_deductions', 'potongan_lain', 'potongan_lain_lain'] },
  zakat: { header: { en: 'Zakat (RM)', ms: 'Zakat (RM)' }, aliases: ['zakat_deducted', 'potongan_zakat'] },
};

/** Overtime hours by kind and unpaid leave days of the month. */
export const HOURS_AND_DAYS_COLUMNS = [
  {
    name: 'overtime_hours_normal',
    header: { en: 'Overtime hours (normal days)', ms: 'Jam lebih masa (hari biasa)' },
    aliases: ['ot_hours', 'ot_normal', 'overtime_hours', 'jam_ot', 'jam_lebih_masa', 'jam_kerja_lebih_masa'],
    required: false,
  },
  {
    name: 'overtime_hours_rest_day',
    header: { en: 'Overtime hours (rest days)', ms: 'Jam lebih masa (hari rehat)' },
    aliases: ['ot_rest_day', 'ot_hari_rehat', 'jam_ot_hari_rehat'],
    required: false,
  },
  {
    name: 'overtime_hours_public_holiday',
    header: { en: 'Overtime hours (public holidays)', ms: 'Jam lebih masa (cuti umum)' },
    aliases: ['ot_public_holiday', 'ot_cuti_umum', 'jam_ot_cuti_umum'],
    required: false,
  },
  {
    name: 'unpaid_leave_days',
    header: { en: 'Unpaid leave (days)', ms: 'Cuti tanpa gaji (hari)' },
    aliases: ['unpaid_days', 'hari_cuti_tanpa_gaji', 'hari_tanpa_gaji'],
    required: false,
  },
] as const satisfies readonly ColumnSpec[];

export type HoursColumn = 'overtime_hours_normal' | 'overtime_hours_rest_day' | 'overtime_hours_public_holiday';

export const WAGE_COLUMNS: readonly ColumnSpec[] = [
  { name: 'id_number', header: EMPLOYEE_COLUMNS[2].header, aliases: EMPLOYEE_COLUMNS[2].aliases, required: true },
  ...PAY_ITEM_NAMES.map((name) => ({ name, header: PAY_ITEMS[name].header, aliases: PAY_ITEMS[name].aliases, required: false })),
  ...DEDUCTION_NAMES.map((name) => ({ name, ...DEDUCTION_COLUMNS[name], required: false })),
  {
    name: 'other_deduction_note',
    header: { en: 'Other deduction for', ms: 'Potongan lain untuk' },
    aliases: ['other_deduction_reason', 'sebab_potongan', 'nota_potongan'],
    required: false,
  },
  // Hours as h:mm or decimal hours (shared/payroll/hours.ts) and whole days: the Employment Act
  // helpers turn them into the overtime and unpaid leave amounts (shared/payroll/amounts-from-hours.ts).
  ...HOURS_AND_DAYS_COLUMNS,
  { name: 'event', header: { en: 'Event', ms: 'Peristiwa' }, aliases: ['status', 'peristiwa', 'kod_status'], required: false },
  { name: 'notes', header: { en: 'Notes', ms: 'Catatan' }, aliases: ['nota', 'catatan'], required: false },
];

/**
 * A file of TP1 claims (Form PCB/TP1: the reliefs an employee claims through the employer), one
 * row per employee, month and item. The employee is named by ID number or staff number (one of
 * the two columns is needed); the item is a code of the 2026 form (C1–C17, D1a, D1b).
 */
export const TP1_COLUMNS: readonly ColumnSpec[] = [
  { name: 'id_number', header: EMPLOYEE_COLUMNS[2].header, aliases: EMPLOYEE_COLUMNS[2].aliases, required: false },
  { name: 'staff_number', header: { en: 'Staff number', ms: 'No pekerja' }, aliases: EMPLOYEE_PAYROLL_COLUMNS.find((c) => c.name === 'staff_number')!.aliases, required: false },
  { name: 'month', header: { en: 'Month', ms: 'Bulan' }, aliases: ['bulan', 'claim_month', 'bulan_tuntutan', 'tp1_month'], required: true },
  { name: 'item', header: { en: 'TP1 item', ms: 'Perkara TP1' }, aliases: ['item', 'code', 'kod', 'perkara', 'tp1_code', 'kod_tp1', 'tp1'], required: true },
  { name: 'amount', header: { en: 'Amount (RM)', ms: 'Jumlah (RM)' }, aliases: ['amount', 'jumlah', 'amaun', 'claim', 'tuntutan', 'jumlah_tuntutan'], required: true },
];

/**
 * "Tarikh Lahir " → "tarikh_lahir", "Gaji (RM)" → "gaji": how a typed header is compared with
 * names and aliases. A trailing currency unit says what the column holds, not which it is.
 */
export function normalizeHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s\-./]+/g, '_')
    .replace(/[^a-z0-9_]/g, '')
    .replace(/^_+|_+$/g, '')
    .replace(/_(rm|myr|ringgit)$/, '');
}

/** The language a header is shown in (the UI's). */
export type HeaderLocale = keyof ColumnSpec['header'];

/** A header cell Caruman does not know, with the nearest known header to suggest. */
export interface UnknownColumn {
  /** The header exactly as in the file. */
  header: string;
  /** The closest known column's template header, in the caller's language. */
  closest: string;
}

export type HeaderMatch =
  | { ok: true; columns: (string | null)[]; unknown: UnknownColumn[] }
  | { ok: false; key: 'import.error.duplicateColumn' | 'import.error.missingColumn'; column: string; index: number | null };

function lookupOf(specs: readonly ColumnSpec[]): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const spec of specs) {
    lookup.set(spec.name, spec.name);
    lookup.set(normalizeHeader(spec.header.en), spec.name);
    lookup.set(normalizeHeader(spec.header.ms), spec.name);
    for (const alias of spec.aliases) lookup.set(normalizeHeader(alias), spec.name);
  }
  return lookup;
}

/**
 * Maps each header cell to its column name (null for a column Caruman does not know). Refuses a
 * missing required column or the same column twice, naming the header as the user wrote it (or,
 * for a missing one, as the template in their language writes it).
 */
export function matchHeaders(headers: readonly string[], specs: readonly ColumnSpec[], locale: HeaderLocale): HeaderMatch {
  const lookup = lookupOf(specs);
  const columns: (string | null)[] = [];
  const seen = new Set<string>();
  const unknown: UnknownColumn[] = [];
  for (const [index, header] of headers.entries()) {
    const name = lookup.get(normalizeHeader(header)) ?? null;
    if (name && seen.has(name)) return { ok: false, key: 'import.error.duplicateColumn', column: header, index };
    if (name) seen.add(name);
    else if (header.trim() !== '') unknown.push({ header, closest: closestHeader(header, specs, lookup, locale) });
    columns.push(name);
  }
  const missing = specs.find((s) => s.required && !seen.has(s.name));
  if (missing) return { ok: false, key: 'import.error.missingColumn', column: missing.header[locale], index: null };
  return { ok: true, columns, unknown };
}

function closestHeader(header: string, specs: readonly ColumnSpec[], lookup: Map<string, string>, locale: HeaderLocale): string {
  const typed = normalizeHeader(header);
  let best = specs[0]!.name;
  let bestDistance = Infinity;
  for (const [known, name] of lookup) {
    const distance = editDistance(typed, known);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return specs.find((s) => s.name === best)!.header[locale];
}

/** Levenshtein distance (headers are short). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
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

/** "from_nationality" (or Malay) clears a status set before: the nationality decides again. */
const EPF_STATUS_VALUES: Record<string, 'citizen' | 'pr' | 'pre1998' | 'foreign' | 'foreign_elected' | 'from_nationality'> = {
  citizen: 'citizen', warganegara: 'citizen',
  pr: 'pr', permanent_resident: 'pr', penduduk_tetap: 'pr',
  pre1998: 'pre1998', pre_1998: 'pre1998', before_1998: 'pre1998', sebelum_1998: 'pre1998',
  foreign: 'foreign', foreign_worker: 'foreign', asing: 'foreign', pekerja_asing: 'foreign',
  foreign_elected: 'foreign_elected', elected: 'foreign_elected', asing_memilih: 'foreign_elected', memilih: 'foreign_elected',
  from_nationality: 'from_nationality', auto: 'from_nationality', ikut_kewarganegaraan: 'from_nationality',
};
const MARITAL_STATUS_VALUES: Record<string, 'single' | 'married' | 'divorced' | 'widowed'> = {
  single: 'single', bujang: 'single', s: 'single',
  married: 'married', berkahwin: 'married', kahwin: 'married', m: 'married',
  divorced: 'divorced', bercerai: 'divorced', cerai: 'divorced', d: 'divorced',
  widowed: 'widowed', widow: 'widowed', widower: 'widowed', balu: 'widowed', duda: 'widowed', kematian_pasangan: 'widowed', w: 'widowed',
};
const PAYSLIP_LANGUAGE_VALUES: Record<string, 'ms' | 'en'> = {
  ms: 'ms', bm: 'ms', malay: 'ms', melayu: 'ms', bahasa_melayu: 'ms',
  en: 'en', bi: 'en', english: 'en', inggeris: 'en', bahasa_inggeris: 'en',
};

export const readEpfStatus = vocabulary(EPF_STATUS_VALUES);
export const readMaritalStatus = vocabulary(MARITAL_STATUS_VALUES);
export const readPayslipLanguage = vocabulary(PAYSLIP_LANGUAGE_VALUES);

/** A count of children: a whole number from 0 to 99 as written; empty gives undefined, anything else null. */
export function readCount(cell: string): number | undefined | null {
  const text = cell.trim();
  if (text === '') return undefined;
  return /^\d{1,2}$/.test(text) ? Number(text) : null;
}

/**
 * A date cell: DD/MM/YYYY first, as Malaysians write it (also D/M/YYYY, with - or . between) or
 * YYYY-MM-DD (what Excel date cells become). Empty gives undefined; anything else, or a day that
 * does not exist, gives null.
 */
export function readDate(cell: string): string | undefined | null {
  const text = cell.trim();
  if (text === '') return undefined;
  return parseTypedDate(text);
}
