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
  // Form TP3 (a new joiner's previous employment in the year they joined; the year is the hire
  // date's) and the employee's CP38 instruction, named by LHDN's reference. Not employee fields:
  // main/services/import/tax-records.ts reads and writes them with the employee, in one go.
  {
    name: 'tp3_previous_employer',
    header: { en: 'TP3 previous employer', ms: 'TP3 majikan terdahulu' },
    aliases: ['previous_employer', 'majikan_terdahulu', 'majikan_lama'],
    required: false,
  },
  {
    name: 'tp3_remuneration',
    header: { en: 'TP3 remuneration (RM)', ms: 'TP3 saraan (RM)' },
    aliases: ['previous_remuneration', 'tp3_income', 'saraan_terdahulu', 'tp3_saraan_terdahulu', 'tp3_pendapatan'],
    required: false,
  },
  { name: 'tp3_epf', header: { en: 'TP3 EPF (RM)', ms: 'TP3 KWSP (RM)' }, aliases: ['previous_epf', 'kwsp_terdahulu', 'tp3_kwsp_terdahulu'], required: false },
  { name: 'tp3_pcb', header: { en: 'TP3 PCB (RM)', ms: 'TP3 PCB (RM)' }, aliases: ['previous_pcb', 'tp3_mtd', 'pcb_terdahulu', 'tp3_pcb_terdahulu'], required: false },
  { name: 'tp3_zakat', header: { en: 'TP3 zakat (RM)', ms: 'TP3 zakat (RM)' }, aliases: ['previous_zakat', 'zakat_terdahulu', 'tp3_zakat_terdahulu'], required: false },
  {
    name: 'tp3_tp1_relief',
    header: { en: 'TP3 TP1 reliefs (RM)', ms: 'TP3 pelepasan TP1 (RM)' },
    aliases: ['previous_tp1_relief', 'tp3_tp1', 'tp3_relief', 'pelepasan_tp1_terdahulu', 'tp3_pelepasan'],
    required: false,
  },
  { name: 'cp38_reference', header: { en: 'CP38 reference', ms: 'Rujukan CP38' }, aliases: ['cp38_ref', 'cp38_no', 'no_rujukan_cp38', 'rujukan_cp38'], required: false },
  {
    name: 'cp38_amount',
    header: { en: 'CP38 each month (RM)', ms: 'CP38 sebulan (RM)' },
    aliases: ['cp38', 'cp38_monthly', 'cp38_amount_per_month', 'potongan_cp38', 'cp38_bulanan', 'jumlah_cp38'],
    required: false,
  },
  {
    name: 'cp38_from',
    header: { en: 'CP38 first month', ms: 'CP38 bulan pertama' },
    aliases: ['cp38_from_month', 'cp38_start', 'cp38_start_month', 'cp38_dari', 'cp38_mula', 'cp38_bulan_mula'],
    required: false,
  },
  {
    name: 'cp38_to',
    header: { en: 'CP38 last month', ms: 'CP38 bulan terakhir' },
    aliases: ['cp38_to_month', 'cp38_end', 'cp38_end_month', 'cp38_hingga', 'cp38_tamat', 'cp38_bulan_akhir'],
    required: false,
  },
] as const;
