import { defineMessages } from '../define';

// The payroll records (PAYROLL_RECORDS.md): EPF, tax, bank and payslip details of employees and
// companies, the month's deductions, TP1 claims, TP3, CP38 and the EPF dividend rates. Each
// message says what is wrong and how to fix it.
export const payrollRecords = defineMessages({
  en: {
    'employees.error.epfMemberNumber': 'An EPF member number is up to 19 digits (spaces and dashes are removed), e.g. 12345678. Leave it empty until KWSP gives one.',
    'employees.error.epfStatus':
      'Choose the EPF status: citizen, permanent resident, non-citizen member since before 1 August 1998, foreign worker, or foreign worker who elected to contribute.',
    'employees.error.epfStatusNationality':
      'This EPF status does not fit the nationality: a citizen’s status is citizen and a permanent resident’s is PR; pre-1998 member, foreign worker and elected foreign worker are for other non-citizens. Choose “From nationality”, or correct the nationality.',
    'employees.error.keep11DateWithoutElection': 'The date of the keep-11 % election is filled in, but the election is not ticked. Tick it, or clear the date.',
    'employees.error.taxNumber':
      'Type the income tax number as LHDN writes it: its letters and up to 11 digits, e.g. IG12345678090 or IG 531367-080. Leave it empty if the employee has none yet.',
    'employees.error.maritalStatus': 'Choose single, married, divorced or widowed.',
    'employees.error.spouseNotMarried': '“Spouse working” and “spouse disabled” apply only to a married employee. Set the marital status to married, or untick them.',
    'employees.error.children': 'Type the number of children as a whole number from 0 to 99.',
    'employees.error.bankName': 'The bank name can be at most 100 characters.',
    'employees.error.bankAccount': 'A bank account number is 5 to 20 digits; dashes and spaces are allowed, letters are not. Copy it from the bank statement.',
    'employees.error.payslipLanguage': 'The payslip language is Bahasa Melayu (ms) or English (en), or empty for the app’s language.',
    'employees.error.jobTitle': 'The job title can be at most 100 characters.',
    'employees.error.staffNumber': 'A staff number is up to 20 letters and digits (- / and . allowed), e.g. S-0012.',

    'companies.error.epfEmployerNumber': 'The KWSP employer number is up to 19 digits (spaces and dashes are removed), as on your KWSP registration.',
    'companies.error.taxEmployerNumber': 'Type the LHDN employer number (E number) as on your LHDN letter: E and up to 10 digits, e.g. E 908915-10.',
    'companies.error.hrdLevy': 'Choose the HRD Corp levy: none, 1 % or 0.5 %.',
    'companies.error.normalHours': 'Normal hours a day are from 1 to 12 hours, in whole minutes, typed like 8, 8:30 or 7.5 (the Employment Act allows at most 8, or 9 on a five-day week).',
    'companies.error.paymentReference': 'The payment reference is up to 20 letters, digits, spaces and - / . characters, e.g. GAJI.',
    'companies.warning.hrdLevy.required':
      'This company has {count} Malaysian employees on record: from 10, registration with HRD Corp is required and the levy is 1 %. Check your HRD Corp registration.',
    'companies.warning.hrdLevy.onePercentBelowTen':
      'This company has {count} Malaysian employees on record: the 1 % levy applies from 10 employees; with 5 to 9 it is 0.5 %, by choice.',
    'companies.warning.hrdLevy.notCovered':
      'This company has {count} Malaysian employees on record: the HRD Corp levy starts at 5. Check your registration with HRD Corp before paying a levy.',

    'wages.error.overtimeMinutes': 'Overtime of each kind is a whole number of minutes in the month, from 0 to 44,640 (31 days × 24 hours).',
    'wages.error.unpaidLeaveDays': 'Unpaid leave days are a whole number from 0 to 31.',
    'wages.error.otherDeductionNote.required': 'Say what the other deduction is for (the payslip shows it), e.g. “Uniform”.',
    'wages.error.otherDeductionNote.tooLong': 'The note for the other deduction can be at most 200 characters.',

    'tp1.error.amount': 'Type the amount claimed in ringgit, more than 0, e.g. 250.00. To take a claim back, delete it.',
    'tp1.error.year': 'Caruman knows the TP1 form of 2026 (PCB/TP1 1/2026): claims before January 2026 cannot be checked against their own year’s form.',
    'tp1.error.item': 'Choose a TP1 item of the 2026 form: C1 to C17, D1a or D1b.',
    'tp1.error.overLimit':
      'This claim goes over the yearly limit of item {item} ({limit} a year): {claimed} is already claimed in other months of the year, so at most {remaining} more can be claimed.',
    'tp1.error.notEmployed': 'The employee is not on the payroll in {month, month}: a TP1 claim goes in a month they are paid.',
    'tp1.error.notFound': 'That TP1 claim no longer exists. Refresh the list.',

    'tp3.error.year': 'Type the year as four digits, e.g. 2026.',
    'tp3.error.epfAboveRemuneration': 'The EPF of the previous employment is more than its remuneration. Check the figures on Form TP3.',
    'tp3.error.pcbAboveRemuneration': 'The PCB of the previous employment is more than its remuneration. Check the figures on Form TP3.',
    'tp3.error.noHireDate': 'Type the employee’s hire date first: Form TP3 is the previous employment in the year they joined.',
    'tp3.error.notJoinYear': 'Form TP3 is for the year the employee joined ({hireYear}); in {year} they were not a new joiner here. Use {hireYear}, or correct the hire date.',
    'tp3.error.joinedOnFirstDay': 'The employee joined on 1 January {year}: there is no earlier employment in that year to declare on Form TP3.',
    'tp3.error.notFound': 'That TP3 record no longer exists. Refresh the list.',

    'cp38.error.reference': 'Type LHDN’s reference from the CP38 notice (up to 40 characters).',
    'cp38.error.amount': 'Type the amount to deduct each month, in ringgit, more than 0.',
    'cp38.error.toBeforeFrom': 'The last month is before the first month. Check the months on the CP38 notice.',
    'cp38.error.tooLong': 'This range is longer than {max} months. Check the years on the CP38 notice.',
    'cp38.error.duplicateReference': 'This employee already has a CP38 instruction with reference {reference}. Edit that one instead.',
    'cp38.error.afterLeaving': 'The instruction starts after the employee left ({leaveMonth, month}). Check the months on the notice, or the leaving date.',
    'cp38.error.beforeHire': 'The instruction ends before the employee joined ({hireMonth, month}). Check the months on the notice, or the hire date.',
    'cp38.error.notFound': 'That CP38 instruction no longer exists. Refresh the list.',

    'epfDividend.error.year': 'Type the year as four digits, e.g. 2024.',
    'epfDividend.error.rate': 'Type the dividend rate as a percentage with at most two decimals, from 0 to 20, e.g. 5.50.',
    'epfDividend.error.specYear': 'The {year} rate comes from KWSP’s published dividends and cannot be changed here.',
    'epfDividend.error.notFound': 'There is no rate you entered for {year} to remove.',
  },
  ms: {
    'employees.error.epfMemberNumber': 'Nombor ahli KWSP ialah sehingga 19 digit (ruang dan sengkang dibuang), contohnya 12345678. Biarkan kosong sehingga KWSP memberikannya.',
    'employees.error.epfStatus':
      'Pilih status KWSP: warganegara, penduduk tetap, ahli bukan warganegara sejak sebelum 1 Ogos 1998, pekerja asing, atau pekerja asing yang memilih untuk mencarum.',
    'employees.error.epfStatusNationality':
      'Status KWSP ini tidak sepadan dengan kewarganegaraan: status warganegara ialah warganegara dan penduduk tetap ialah PR; ahli sebelum 1998, pekerja asing dan pekerja asing yang memilih adalah untuk bukan warganegara yang lain. Pilih “Ikut kewarganegaraan”, atau betulkan kewarganegaraan.',
    'employees.error.keep11DateWithoutElection': 'Tarikh pilihan kekal 11 % diisi, tetapi pilihan itu tidak ditanda. Tandakannya, atau kosongkan tarikh.',
    'employees.error.taxNumber':
      'Taip nombor cukai pendapatan seperti ditulis LHDN: hurufnya dan sehingga 11 digit, contohnya IG12345678090 atau IG 531367-080. Biarkan kosong jika pekerja belum mempunyainya.',
    'employees.error.maritalStatus': 'Pilih bujang, berkahwin, bercerai atau kematian pasangan.',
    'employees.error.spouseNotMarried': '“Pasangan bekerja” dan “pasangan OKU” hanya untuk pekerja yang berkahwin. Tetapkan taraf perkahwinan kepada berkahwin, atau buang tandanya.',
    'employees.error.children': 'Taip bilangan anak sebagai nombor bulat dari 0 hingga 99.',
    'employees.error.bankName': 'Nama bank paling banyak 100 aksara.',
    'employees.error.bankAccount': 'Nombor akaun bank ialah 5 hingga 20 digit; sengkang dan ruang dibenarkan, huruf tidak. Salin daripada penyata bank.',
    'employees.error.payslipLanguage': 'Bahasa slip gaji ialah Bahasa Melayu (ms) atau English (en), atau kosong untuk bahasa aplikasi.',
    'employees.error.jobTitle': 'Jawatan paling banyak 100 aksara.',
    'employees.error.staffNumber': 'Nombor pekerja ialah sehingga 20 huruf dan digit (- / dan . dibenarkan), contohnya S-0012.',

    'companies.error.epfEmployerNumber': 'Nombor majikan KWSP ialah sehingga 19 digit (ruang dan sengkang dibuang), seperti dalam pendaftaran KWSP anda.',
    'companies.error.taxEmployerNumber': 'Taip nombor majikan LHDN (nombor E) seperti dalam surat LHDN: E dan sehingga 10 digit, contohnya E 908915-10.',
    'companies.error.hrdLevy': 'Pilih levi HRD Corp: tiada, 1 % atau 0.5 %.',
    'companies.error.normalHours': 'Waktu kerja biasa sehari ialah 1 hingga 12 jam, dalam minit bulat, ditaip seperti 8, 8:30 atau 7.5 (Akta Kerja membenarkan paling lama 8, atau 9 untuk minggu lima hari).',
    'companies.error.paymentReference': 'Rujukan bayaran ialah sehingga 20 huruf, digit, ruang dan aksara - / ., contohnya GAJI.',
    'companies.warning.hrdLevy.required':
      'Syarikat ini mempunyai {count} pekerja Malaysia dalam rekod: mulai 10 orang, pendaftaran dengan HRD Corp wajib dan levi ialah 1 %. Semak pendaftaran HRD Corp anda.',
    'companies.warning.hrdLevy.onePercentBelowTen':
      'Syarikat ini mempunyai {count} pekerja Malaysia dalam rekod: levi 1 % terpakai mulai 10 pekerja; dengan 5 hingga 9 orang ia 0.5 %, secara pilihan.',
    'companies.warning.hrdLevy.notCovered':
      'Syarikat ini mempunyai {count} pekerja Malaysia dalam rekod: levi HRD Corp bermula pada 5 orang. Semak pendaftaran anda dengan HRD Corp sebelum membayar levi.',

    'wages.error.overtimeMinutes': 'Lebih masa setiap jenis ialah nombor bulat minit dalam bulan itu, dari 0 hingga 44,640 (31 hari × 24 jam).',
    'wages.error.unpaidLeaveDays': 'Hari cuti tanpa gaji ialah nombor bulat dari 0 hingga 31.',
    'wages.error.otherDeductionNote.required': 'Nyatakan tujuan potongan lain itu (slip gaji menunjukkannya), contohnya “Pakaian seragam”.',
    'wages.error.otherDeductionNote.tooLong': 'Catatan potongan lain paling banyak 200 aksara.',

    'tp1.error.amount': 'Taip jumlah tuntutan dalam ringgit, lebih daripada 0, contohnya 250.00. Untuk menarik balik tuntutan, padamkannya.',
    'tp1.error.year': 'Caruman mengenali borang TP1 2026 (PCB/TP1 1/2026): tuntutan sebelum Januari 2026 tidak dapat disemak dengan borang tahunnya sendiri.',
    'tp1.error.item': 'Pilih butiran TP1 borang 2026: C1 hingga C17, D1a atau D1b.',
    'tp1.error.overLimit':
      'Tuntutan ini melebihi had tahunan butiran {item} ({limit} setahun): {claimed} sudah dituntut dalam bulan lain tahun ini, jadi paling banyak {remaining} lagi boleh dituntut.',
    'tp1.error.notEmployed': 'Pekerja tidak dalam senarai gaji pada {month, month}: tuntutan TP1 dibuat dalam bulan pekerja dibayar gaji.',
    'tp1.error.notFound': 'Tuntutan TP1 itu sudah tiada. Muat semula senarai.',

    'tp3.error.year': 'Taip tahun sebagai empat digit, contohnya 2026.',
    'tp3.error.epfAboveRemuneration': 'KWSP daripada pekerjaan terdahulu melebihi saraannya. Semak angka dalam Borang TP3.',
    'tp3.error.pcbAboveRemuneration': 'PCB daripada pekerjaan terdahulu melebihi saraannya. Semak angka dalam Borang TP3.',
    'tp3.error.noHireDate': 'Taip tarikh mula bekerja pekerja dahulu: Borang TP3 ialah pekerjaan terdahulu dalam tahun pekerja mula bekerja di sini.',
    'tp3.error.notJoinYear': 'Borang TP3 adalah untuk tahun pekerja mula bekerja ({hireYear}); pada {year} pekerja bukan pekerja baharu di sini. Gunakan {hireYear}, atau betulkan tarikh mula bekerja.',
    'tp3.error.joinedOnFirstDay': 'Pekerja mula bekerja pada 1 Januari {year}: tiada pekerjaan lebih awal dalam tahun itu untuk diisytiharkan dalam Borang TP3.',
    'tp3.error.notFound': 'Rekod TP3 itu sudah tiada. Muat semula senarai.',

    'cp38.error.reference': 'Taip rujukan LHDN daripada notis CP38 (sehingga 40 aksara).',
    'cp38.error.amount': 'Taip jumlah yang dipotong setiap bulan, dalam ringgit, lebih daripada 0.',
    'cp38.error.toBeforeFrom': 'Bulan terakhir adalah sebelum bulan pertama. Semak bulan dalam notis CP38.',
    'cp38.error.tooLong': 'Julat ini lebih panjang daripada {max} bulan. Semak tahun dalam notis CP38.',
    'cp38.error.duplicateReference': 'Pekerja ini sudah mempunyai arahan CP38 dengan rujukan {reference}. Sunting arahan itu.',
    'cp38.error.afterLeaving': 'Arahan ini bermula selepas pekerja berhenti ({leaveMonth, month}). Semak bulan dalam notis, atau tarikh berhenti.',
    'cp38.error.beforeHire': 'Arahan ini berakhir sebelum pekerja mula bekerja ({hireMonth, month}). Semak bulan dalam notis, atau tarikh mula bekerja.',
    'cp38.error.notFound': 'Arahan CP38 itu sudah tiada. Muat semula senarai.',

    'epfDividend.error.year': 'Taip tahun sebagai empat digit, contohnya 2024.',
    'epfDividend.error.rate': 'Taip kadar dividen sebagai peratus dengan paling banyak dua perpuluhan, dari 0 hingga 20, contohnya 5.50.',
    'epfDividend.error.specYear': 'Kadar {year} diambil daripada dividen yang diumumkan KWSP dan tidak boleh diubah di sini.',
    'epfDividend.error.notFound': 'Tiada kadar yang anda masukkan untuk {year} untuk dibuang.',
  },
});
