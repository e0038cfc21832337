// The employee columns of the payroll records (PAYROLL_RECORDS.md "employees"): EPF, income tax,
// bank and payslip, with the Malay and English headers a person is likely to type. Part of
// EMPLOYEE_COLUMNS (import-columns.ts), which the importer, exporter and templates all read;
// the cell readers for their vocabularies are there too.
export const EMPLOYEE_PAYROLL_COLUMNS = [
  {
    name: 'epf_member_number',
    header: { en: 'EPF member number', ms: 'No ahli KWSP' },
    aliases: ['epf_no', 'epf_number', 'epf_member_no', 'kwsp_no', 'no_kwsp', 'nombor_kwsp', 'no_ahli_kwsp', 'nombor_ahli_kwsp'],
    required: false,
  },
  { name: 'epf_status', header: { en: 'EPF status', ms: 'Status KWSP' }, aliases: ['status_kwsp', 'kwsp_status'], required: false },
  {
    name: 'epf_keep_11',
    header: { en: 'Keeps 11 % EPF', ms: 'Kekal 11 % KWSP' },
    aliases: ['keep_11', 'keep_11_percent', 'epf_keep_11_percent', 'kekal_11', 'kekal_11_peratus', 'kwsp_17a', 'borang_17a'],
    required: false,
  },
  {
    name: 'epf_keep_11_date',
    header: { en: 'Keeps 11 % from', ms: 'Tarikh kekal 11 %' },
    aliases: ['keep_11_date', 'tarikh_kekal_11', 'tarikh_17a'],
    required: false,
  },
  {
    name: 'tax_number',
    header: { en: 'Income tax number', ms: 'No cukai pendapatan' },
    aliases: ['tax_no', 'income_tax_no', 'income_tax_number', 'tin', 'no_cukai', 'nombor_cukai', 'no_cukai_pendapatan', 'nombor_cukai_pendapatan'],
    required: false,
  },
  { name: 'tax_resident', header: { en: 'Tax resident', ms: 'Pemastautin cukai' }, aliases: ['resident', 'pemastautin', 'taraf_pemastautin'], required: false },
  {
    name: 'marital_status',
    header: { en: 'Marital status', ms: 'Taraf perkahwinan' },
    aliases: ['marital', 'status_perkahwinan', 'taraf_perkahwinan', 'perkahwinan'],
    required: false,
  },
  { name: 'spouse_working', header: { en: 'Spouse working', ms: 'Pasangan bekerja' }, aliases: ['pasangan_bekerja', 'suami_isteri_bekerja'], required: false },
  { name: 'disabled', header: { en: 'Disabled', ms: 'OKU' }, aliases: ['oku', 'kurang_upaya', 'disability'], required: false },
  { name: 'spouse_disabled', header: { en: 'Spouse disabled', ms: 'Pasangan OKU' }, aliases: ['pasangan_oku', 'pasangan_kurang_upaya'], required: false },
  {
    name: 'children_basic',
    header: { en: 'Children under 18', ms: 'Anak bawah 18' },
    aliases: ['children', 'number_of_children', 'anak', 'bilangan_anak', 'anak_bawah_18_tahun'],
    required: false,
  },
  {
    name: 'children_study',
    header: { en: 'Children in higher education', ms: 'Anak pengajian tinggi' },
    aliases: ['children_higher_education', 'anak_belajar', 'anak_ipt', 'anak_di_ipt'],
    required: false,
  },
  { name: 'children_disabled', header: { en: 'Disabled children', ms: 'Anak OKU' }, aliases: ['anak_kurang_upaya'], required: false },
  {
    name: 'children_disabled_study',
    header: { en: 'Disabled children in higher education', ms: 'Anak OKU pengajian tinggi' },
    aliases: ['disabled_children_higher_education', 'anak_oku_belajar', 'anak_oku_ipt'],
    required: false,
  },
  { name: 'bank_name', header: { en: 'Bank', ms: 'Nama bank' }, aliases: ['bank', 'nama_bank'], required: false },
  {
    name: 'bank_account',
    header: { en: 'Bank account', ms: 'No akaun bank' },
    aliases: ['account_no', 'account_number', 'bank_account_no', 'bank_account_number', 'akaun_bank', 'no_akaun', 'nombor_akaun', 'no_akaun_bank'],
    required: false,
  },
  { name: 'payslip_language', header: { en: 'Payslip language', ms: 'Bahasa slip gaji' }, aliases: ['bahasa_slip', 'bahasa_slip_gaji'], required: false },
  { name: 'job_title', header: { en: 'Job title', ms: 'Jawatan' }, aliases: ['position', 'designation', 'title', 'jawatan'], required: false },
  {
    name: 'staff_number',
    header: { en: 'Staff number', ms: 'No pekerja' },
    aliases: ['staff_no', 'staff_id', 'employee_no', 'employee_number', 'emp_no', 'no_pekerja', 'nombor_pekerja', 'no_staf'],
    required: false,
  },
  {
    name: 'monthly_rate',
    header: { en: 'Monthly rate (RM)', ms: 'Kadar bulanan (RM)' },
    aliases: ['monthly_salary', 'monthly_basic', 'basic_rate', 'kadar_gaji', 'kadar_bulanan', 'gaji_bulanan'],
    required: false,
  },
] as const;
