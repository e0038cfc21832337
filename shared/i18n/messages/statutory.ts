// Words of the statutory engine: its errors, the reasons behind a category or an eligibility, and
// the explanation of each amount (table and band). Amount parameters arrive formatted ("RM18.35").
import { defineMessages } from '../define';

export const statutory = defineMessages({
  en: {
    'statutory.error.month.format': 'The contribution month must be written as YYYY-MM, e.g. 2024-10; got "{value}".',
    'statutory.error.month.tooEarly':
      'Caruman calculates contributions from June 2016 onwards; {month, month} is earlier. Use the PERKESO tables of that time for older months.',
    'statutory.error.wages.invalid': 'Wages must be an amount in ringgit of zero or more, e.g. 1234.56; got "{value}".',
    'statutory.error.dateOfBirth.format': 'The date of birth must be a real date written as YYYY-MM-DD, e.g. 1985-04-23; got "{value}".',
    'statutory.error.dateOfBirth.afterMonth': 'The date of birth {dateOfBirth} is after the contribution month {month, month}. Check both.',
    'statutory.error.nationality': 'Nationality must be one of citizen, pr, temporary or foreign; got "{value}".',
    'statutory.error.override.category': 'A category set by hand must be 1 or 2; got "{value}".',
    'statutory.error.override.reason': 'A {what} set by hand needs a reason (who decided and why).',
    'statutory.error.payItem.unknown': 'Unknown pay item "{name}". Known pay items: {known}.',
    'statutory.error.payItem.amount': 'The amount of pay item "{name}" must be a whole number of sen, zero or more.',
    'statutory.error.unpaidLeave.moreThanBasic': 'Unpaid leave is more than the basic pay it is taken from. Type the full basic pay for the month and the unpaid leave beside it, or lower the unpaid leave.',
    'statutory.input.flag': 'Write yes or no (or leave it empty for the default); got "{value}".',
    'statutory.input.header': 'The first line of the file must be the header {expected}; found {found}.',
    'statutory.input.unknownColumn': 'Unknown column "{column}". The columns are: {expected}.',
    'statutory.input.columnCount': 'This line has {found} fields but the header has {expected}.',
    'statutory.input.required': 'This field is required.',
    'statutory.input.empty': 'The file has a header but no rows.',
    'statutory.input.unreadable': 'Cannot read the file {path}: {reason}',
    'statutory.input.rowError': 'Row {row} (id "{id}"), field {field}: {message}',
    'statutory.input.optionError': '{option}: {message}',
    'statutory.input.icAndDob': 'The date of birth {dateOfBirth} differs from the one in the MyKad number ({fromIc}); using {dateOfBirth}.',
    'statutory.override.what.category': 'category',
    'statutory.override.what.eis': 'EIS eligibility',
    'statutory.override.what.lindung': 'LINDUNG 24 Jam choice',

    'statutory.nationality.citizen': 'Citizen',
    'statutory.nationality.pr': 'Permanent resident',
    'statutory.nationality.temporary': 'Temporary resident',
    'statutory.nationality.foreign': 'Foreign worker',

    'statutory.explain.age': 'Age {age} for {month, month} (an age counts from the month after the birthday).',
    'statutory.explain.age.unknown':
      'No date of birth, so the age rules were not applied: treated as aged 18 to 54. Add the date of birth to be sure.',
    'statutory.explain.wages.zero': 'No wages this month, so nothing is payable.',
    'statutory.explain.lateInsuredIgnored':
      'The fact “first insured at 55 or older” is not used while the employee is under 55.',
    'statutory.explain.noEisBefore57Ignored':
      'The fact “no EIS contribution before 57” is not used while the employee is under 57.',

    'statutory.category.under60': 'Category 1 (employment injury and invalidity): under 60.',
    'statutory.category.senior': 'Category 2 (employment injury only): aged 60 or over.',
    'statutory.category.lateFirstInsured': 'Category 2 (employment injury only): first insured at 55 or older.',
    'statutory.category.invalidityPensioner': 'Category 2 (employment injury only): receives an invalidity pension.',
    'statutory.category.foreign2019to2024':
      'Category 2 (employment injury only): foreign workers are Category 2 for the months 2019-01 to 2024-06.',
    'statutory.category.override': 'Category {category}, set by hand for this employee: {reason}',
    'statutory.socso.notCovered.foreignBefore2019':
      'SOCSO does not apply: foreign workers were outside SOCSO before January 2019 (they had workmen’s compensation).',
    'statutory.socso.notCovered.domesticBefore2021':
      'SOCSO does not apply: domestic workers are covered only from the June 2021 contribution month.',

    'statutory.explain.socso.band':
      'SOCSO Category {category}: table {table}, band {from} – {to}: employer {employer}, employee {employee}.',
    'statutory.explain.socso.ceiling':
      'SOCSO Category {category}: table {table}, wages above {ceiling} (the ceiling): employer {employer}, employee {employee}.',
    'statutory.explain.eis.band': 'EIS: table {table}, band {from} – {to}: employer {employer}, employee {employee}.',
    'statutory.explain.eis.ceiling': 'EIS: table {table}, wages above {ceiling} (the ceiling): employer {employer}, employee {employee}.',
    'statutory.explain.lindung.band': 'LINDUNG 24 Jam phase {phase}: table {table}, band {from} – {to}: employee {employee}.',
    'statutory.explain.lindung.ceiling':
      'LINDUNG 24 Jam phase {phase}: table {table}, wages above {ceiling} (the ceiling): employee {employee}.',
    'statutory.band.range': '{from} – {to}',
    'statutory.band.ceiling': 'above {ceiling}',
    'statutory.explain.table.unconfirmed':
      'Table {table} was rebuilt by rule, not read from a PERKESO source. Check its amounts against PERKESO before relying on them.',

    'statutory.eis.eligible': 'In EIS: aged 18 to 59 and not a foreign worker.',
    'statutory.eis.notInForce': 'EIS does not apply: it began with the January 2018 contribution month.',
    'statutory.eis.notCovered': 'Not in EIS: domestic workers are covered only from the June 2021 contribution month.',
    'statutory.eis.foreign': 'Not in EIS: foreign workers are never in EIS.',
    'statutory.eis.under18': 'Not in EIS: under 18.',
    'statutory.eis.senior': 'Not in EIS: aged 60 or over.',
    'statutory.eis.noEisBefore57': 'Not in EIS: aged 57 or over with no EIS contribution before 57.',
    'statutory.eis.override.eligible': 'In EIS, set by hand for this employee: {reason}',
    'statutory.eis.override.notEligible': 'Not in EIS, set by hand for this employee: {reason}',

    'statutory.lindung.applies': 'LINDUNG 24 Jam applies (phase {phase}): paid by the employee, at any age and for any nationality.',
    'statutory.lindung.notInForce': 'LINDUNG 24 Jam does not apply: it begins with the June 2026 contribution month.',
    'statutory.lindung.notCovered': 'LINDUNG 24 Jam does not apply: the employee is not covered by SOCSO this month.',
    'statutory.lindung.optedOut': 'LINDUNG 24 Jam not deducted: this employee does not pay it (opted out).',
    'statutory.lindung.override.applies': 'LINDUNG 24 Jam applies, set by hand for this employee: {reason}',
    'statutory.lindung.override.notApplies': 'LINDUNG 24 Jam not deducted, set by hand for this employee: {reason}',
  },
  ms: {
    'statutory.error.month.format': 'Bulan caruman mesti ditulis sebagai YYYY-MM, contohnya 2024-10; diterima "{value}".',
    'statutory.error.month.tooEarly':
      'Caruman mengira caruman mulai Jun 2016; {month, month} lebih awal. Gunakan jadual PERKESO pada masa itu untuk bulan yang lebih lama.',
    'statutory.error.wages.invalid': 'Gaji mesti jumlah dalam ringgit, sifar atau lebih, contohnya 1234.56; diterima "{value}".',
    'statutory.error.dateOfBirth.format': 'Tarikh lahir mesti tarikh sebenar ditulis sebagai YYYY-MM-DD, contohnya 1985-04-23; diterima "{value}".',
    'statutory.error.dateOfBirth.afterMonth': 'Tarikh lahir {dateOfBirth} selepas bulan caruman {month, month}. Semak kedua-duanya.',
    'statutory.error.nationality': 'Kewarganegaraan mesti salah satu daripada citizen, pr, temporary atau foreign; diterima "{value}".',
    'statutory.error.override.category': 'Kategori yang ditetapkan secara manual mesti 1 atau 2; diterima "{value}".',
    'statutory.error.override.reason': '{what} yang ditetapkan secara manual memerlukan sebab (siapa yang memutuskan dan mengapa).',
    'statutory.error.payItem.unknown': 'Butiran gaji "{name}" tidak dikenali. Butiran yang dikenali: {known}.',
    'statutory.error.payItem.amount': 'Jumlah butiran gaji "{name}" mesti nombor bulat dalam sen, sifar atau lebih.',
    'statutory.error.unpaidLeave.moreThanBasic': 'Cuti tanpa gaji melebihi gaji pokok yang ia dipotong daripadanya. Taip gaji pokok penuh bulan itu dan cuti tanpa gaji di sebelahnya, atau kurangkan cuti tanpa gaji.',
    'statutory.input.flag': 'Tulis yes atau no (atau biarkan kosong untuk nilai lalai); diterima "{value}".',
    'statutory.input.header': 'Baris pertama fail mesti pengepala {expected}; ditemui {found}.',
    'statutory.input.unknownColumn': 'Lajur "{column}" tidak dikenali. Lajur yang sah: {expected}.',
    'statutory.input.columnCount': 'Baris ini mempunyai {found} medan tetapi pengepala mempunyai {expected}.',
    'statutory.input.required': 'Medan ini wajib diisi.',
    'statutory.input.empty': 'Fail mempunyai pengepala tetapi tiada baris.',
    'statutory.input.unreadable': 'Tidak dapat membaca fail {path}: {reason}',
    'statutory.input.rowError': 'Baris {row} (id "{id}"), medan {field}: {message}',
    'statutory.input.optionError': '{option}: {message}',
    'statutory.input.icAndDob': 'Tarikh lahir {dateOfBirth} berbeza daripada tarikh dalam nombor MyKad ({fromIc}); {dateOfBirth} digunakan.',
    'statutory.override.what.category': 'Kategori',
    'statutory.override.what.eis': 'Kelayakan SIP',
    'statutory.override.what.lindung': 'Pilihan LINDUNG 24 Jam',

    'statutory.nationality.citizen': 'Warganegara',
    'statutory.nationality.pr': 'Pemastautin tetap',
    'statutory.nationality.temporary': 'Pemastautin sementara',
    'statutory.nationality.foreign': 'Pekerja asing',

    'statutory.explain.age': 'Umur {age} bagi {month, month} (umur dikira mulai bulan selepas hari lahir).',
    'statutory.explain.age.unknown':
      'Tiada tarikh lahir, jadi peraturan umur tidak digunakan: dianggap berumur 18 hingga 54 tahun. Tambah tarikh lahir untuk kepastian.',
    'statutory.explain.wages.zero': 'Tiada gaji bulan ini, jadi tiada caruman perlu dibayar.',
    'statutory.explain.lateInsuredIgnored':
      'Fakta “mula diinsuranskan pada umur 55 atau lebih” tidak digunakan selagi pekerja berumur bawah 55 tahun.',
    'statutory.explain.noEisBefore57Ignored':
      'Fakta “tiada caruman SIP sebelum umur 57” tidak digunakan selagi pekerja berumur bawah 57 tahun.',

    'statutory.category.under60': 'Jenis Pertama (bencana pekerjaan dan keilatan): berumur bawah 60 tahun.',
    'statutory.category.senior': 'Jenis Kedua (bencana pekerjaan sahaja): berumur 60 tahun atau lebih.',
    'statutory.category.lateFirstInsured': 'Jenis Kedua (bencana pekerjaan sahaja): mula diinsuranskan pada umur 55 atau lebih.',
    'statutory.category.invalidityPensioner': 'Jenis Kedua (bencana pekerjaan sahaja): menerima pencen ilat.',
    'statutory.category.foreign2019to2024':
      'Jenis Kedua (bencana pekerjaan sahaja): pekerja asing adalah Jenis Kedua bagi bulan 2019-01 hingga 2024-06.',
    'statutory.category.override': 'Kategori {category}, ditetapkan secara manual untuk pekerja ini: {reason}',
    'statutory.socso.notCovered.foreignBefore2019':
      'PERKESO tidak terpakai: pekerja asing berada di luar PERKESO sebelum Januari 2019 (dilindungi pampasan pekerja).',
    'statutory.socso.notCovered.domesticBefore2021':
      'PERKESO tidak terpakai: pekerja domestik dilindungi hanya mulai bulan caruman Jun 2021.',

    'statutory.explain.socso.band':
      'PERKESO Kategori {category}: jadual {table}, jalur {from} – {to}: majikan {employer}, pekerja {employee}.',
    'statutory.explain.socso.ceiling':
      'PERKESO Kategori {category}: jadual {table}, gaji melebihi {ceiling} (siling): majikan {employer}, pekerja {employee}.',
    'statutory.explain.eis.band': 'SIP: jadual {table}, jalur {from} – {to}: majikan {employer}, pekerja {employee}.',
    'statutory.explain.eis.ceiling': 'SIP: jadual {table}, gaji melebihi {ceiling} (siling): majikan {employer}, pekerja {employee}.',
    'statutory.explain.lindung.band': 'LINDUNG 24 Jam fasa {phase}: jadual {table}, jalur {from} – {to}: pekerja {employee}.',
    'statutory.explain.lindung.ceiling': 'LINDUNG 24 Jam fasa {phase}: jadual {table}, gaji melebihi {ceiling} (siling): pekerja {employee}.',
    'statutory.band.range': '{from} – {to}',
    'statutory.band.ceiling': 'melebihi {ceiling}',
    'statutory.explain.table.unconfirmed':
      'Jadual {table} dibina semula mengikut peraturan, bukan dibaca daripada sumber PERKESO. Semak jumlahnya dengan PERKESO sebelum bergantung padanya.',

    'statutory.eis.eligible': 'Dalam SIP: berumur 18 hingga 59 tahun dan bukan pekerja asing.',
    'statutory.eis.notInForce': 'SIP tidak terpakai: ia bermula dengan bulan caruman Januari 2018.',
    'statutory.eis.notCovered': 'Tiada SIP: pekerja domestik dilindungi hanya mulai bulan caruman Jun 2021.',
    'statutory.eis.foreign': 'Tiada SIP: pekerja asing tidak pernah dalam SIP.',
    'statutory.eis.under18': 'Tiada SIP: berumur bawah 18 tahun.',
    'statutory.eis.senior': 'Tiada SIP: berumur 60 tahun atau lebih.',
    'statutory.eis.noEisBefore57': 'Tiada SIP: berumur 57 tahun atau lebih dan tiada caruman SIP sebelum umur 57.',
    'statutory.eis.override.eligible': 'Dalam SIP, ditetapkan secara manual untuk pekerja ini: {reason}',
    'statutory.eis.override.notEligible': 'Tiada SIP, ditetapkan secara manual untuk pekerja ini: {reason}',

    'statutory.lindung.applies': 'LINDUNG 24 Jam terpakai (fasa {phase}): dibayar oleh pekerja, bagi semua umur dan kewarganegaraan.',
    'statutory.lindung.notInForce': 'LINDUNG 24 Jam tidak terpakai: ia bermula dengan bulan caruman Jun 2026.',
    'statutory.lindung.notCovered': 'LINDUNG 24 Jam tidak terpakai: pekerja tidak dilindungi PERKESO bulan ini.',
    'statutory.lindung.optedOut': 'LINDUNG 24 Jam tidak dipotong: pekerja ini tidak membayarnya (memilih keluar).',
    'statutory.lindung.override.applies': 'LINDUNG 24 Jam terpakai, ditetapkan secara manual untuk pekerja ini: {reason}',
    'statutory.lindung.override.notApplies': 'LINDUNG 24 Jam tidak dipotong, ditetapkan secara manual untuk pekerja ini: {reason}',
  },
});

export type StatutoryMessageKey = keyof typeof statutory.en;
