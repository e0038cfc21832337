// Words of the EPF (KWSP) engine, its CLI, the Form A file and its checker. Amount parameters
// arrive formatted ("RM390", "RM2,980.01"); rates as plain numbers ("13", "6.5"); months as YYYY-MM.
import { defineMessages } from '../define';

export const epf = defineMessages({
  en: {
    'epf.error.month.format': 'The wage month must be written as YYYY-MM, e.g. 2026-07; got "{value}".',
    'epf.error.month.tooEarly':
      'Caruman calculates EPF for wages from March 2016 ({first}) onwards; {month} is earlier. Use the KWSP Third Schedule of that time for older months.',
    'epf.error.wages.invalid':
      'EPF wages must be an amount in ringgit of zero or more, e.g. 2985.00; got "{value}".',
    'epf.error.bonus.invalid':
      'The bonus must be an amount in ringgit of zero or more, e.g. 1500.00 (or empty); got "{value}".',
    'epf.error.dateOfBirth.format':
      'The date of birth must be a real date written as YYYY-MM-DD, e.g. 1985-04-23; got "{value}".',
    'epf.error.dateOfBirth.afterMonth':
      'The date of birth {dateOfBirth} is after the wage month {month}. Check both.',
    'epf.error.voluntaryExcess':
      'A voluntary excess must be a whole number of basis points from 0 to {max} % (5 % = 500); got "{value}".',
    'epf.error.status':
      'The EPF status must be one of citizen, pr, pre1998, foreign or foreign_elected; got "{value}".',

    'epf.part.A': 'Part A',
    'epf.part.B': 'Part B',
    'epf.part.C': 'Part C',
    'epf.part.D': 'Part D',
    'epf.part.E': 'Part E',
    'epf.part.F': 'Part F',
    'epf.part.none': 'No EPF',
    'epf.status.citizen': 'Malaysian citizen',
    'epf.status.pr': 'Permanent resident',
    'epf.status.pre1998': 'Non-citizen member since before 1 August 1998',
    'epf.status.foreign': 'Foreign worker (not elected)',
    'epf.status.foreign_elected': 'Foreign worker who elected to contribute',

    'epf.explain.age':
      'Age {age} in the wage month {month} (an age counts from the month after the birthday).',
    'epf.explain.age.unknown':
      'No date of birth, so the age rules were not applied: treated as below 60. Add the date of birth to be sure.',
    'epf.explain.edition': 'Wages of {month}: the Third Schedule as in force from {edition} wages.',
    'epf.explain.bonus': 'EPF wages {total} = wages {wages} + bonus {bonus} (a bonus counts for EPF).',
    'epf.explain.domesticIgnored':
      'The foreign-domestic-servant flag only matters for non-citizens; it changes nothing here.',
    'epf.explain.part.A.citizen': 'Part A: Malaysian citizen below 60.',
    'epf.explain.part.A.pr': 'Part A: permanent resident below 60.',
    'epf.explain.part.A.pre1998': 'Part A: non-citizen who became a member before 1 August 1998, below 60.',
    'epf.explain.part.B':
      'Part B: non-citizen who elected to contribute (on or after 1 August 1998), below 60: the employer pays RM5.',
    'epf.explain.part.C.citizen':
      'Part C: Malaysian citizen aged 60 or over (Part E for citizens began with January 2019 wages).',
    'epf.explain.part.C.pr': 'Part C: permanent resident aged 60 or over.',
    'epf.explain.part.C.pre1998': 'Part C: non-citizen member since before 1 August 1998, aged 60 or over.',
    'epf.explain.part.D':
      'Part D: non-citizen who elected to contribute, aged 60 or over: the employer pays RM5.',
    'epf.explain.part.E': 'Part E: Malaysian citizen aged 60 or over: employer 4 %, employee nothing.',
    'epf.explain.part.F.foreign':
      'Part F: non-citizen worker, from October 2025 wages: 2 % employer and 2 % employee.',
    'epf.explain.part.F.elected':
      'Part F: non-citizen worker (elected members moved to Part F), from October 2025 wages: 2 % employer and 2 % employee.',
    'epf.explain.none.foreignNotElected':
      'No EPF: a foreign worker who has not elected to contribute pays nothing before October 2025 wages.',
    'epf.explain.none.foreignDomestic': 'No EPF: foreign domestic servants are outside Part F.',
    'epf.explain.none.age75': 'No EPF: contributions stop from the month after the 75th birthday.',
    'epf.explain.none.nilWages': 'No EPF: EPF wages of {wages} are {limit} or less.',
    'epf.explain.none.noWages': 'No EPF wages this month, so nothing is payable.',
    'epf.explain.rateCut':
      'Employee rate {rate} % for wages {from} to {to} (the cut for employees below 60), instead of 11 %.',
    'epf.explain.keep11.applied':
      'The employee keeps 11 % (Borang KWSP 17A): employee share from the 11 % table {table}.',
    'epf.explain.keep11.outsidePeriod':
      'The choice to keep 11 % applies only to wages {from} to {to}; it changes nothing for {month}.',
    'epf.explain.keep11.notBelow60':
      'The choice to keep 11 % applies only below 60 (Parts A and B); it changes nothing in Part {part}.',
    'epf.explain.band':
      'Part {part}, band {from}–{to}: employer {employer}, employee {employee} (table {table}).',
    'epf.explain.aboveTable':
      'Part {part}, wages {wages} above {ceiling}: employer {employerRate} % = {employer}, employee {employeeRate} % = {employee}, each rounded up to the ringgit.',
    'epf.explain.aboveTable.flat':
      'Part {part}, wages {wages} above {ceiling}: employer {employer} flat, employee {employeeRate} % = {employee}, rounded up to the ringgit.',
    'epf.explain.bonusRule':
      'Bonus rule: normal wages {wages} are RM5,000 or less and the bonus takes them to {total}, so the employer pays {rate} % of {total} = {employer}, rounded up to the ringgit.',
    'epf.explain.bonusRule.employeeBand':
      'Employee share from the table on {from}–{to}: {employee} (table {table}).',
    'epf.explain.bonusRule.employeePercent':
      'Employee share {rate} % of {total} = {employee}, rounded up to the ringgit.',
    'epf.explain.partF':
      'Part F, wages {wages}: employer {employerRate} % = {employer}, employee {employeeRate} % = {employee}, each rounded up to the ringgit.',
    'epf.explain.table.unconfirmed':
      'Table {table}: the employer’s RM5 column is not confirmed by an official source (EPF.md §7); check with KWSP.',
    'epf.explain.voluntary.employer':
      'The employer pays {extra} % more by choice (voluntary excess): {rate} % of {wages} = {amount}, rounded up to the ringgit (the schedule alone: {statutory}).',
    'epf.explain.voluntary.employerFlat':
      'The employer pays {extra} % of {wages} more by choice (voluntary excess) on top of {statutory}: {amount}.',
    'epf.explain.voluntary.employee':
      'The employee pays {extra} % more by choice (voluntary excess): {rate} % of {wages} = {amount}, rounded up to the ringgit (the schedule alone: {statutory}).',
    'epf.explain.partBCut':
      'The reduced employee rate is applied to Part B as well (our reading, EPF.md E2: KWSP said “below 60”).',
  },
  ms: {
    'epf.error.month.format':
      'Bulan gaji mesti ditulis sebagai YYYY-MM, contohnya 2026-07; diterima "{value}".',
    'epf.error.month.tooEarly':
      'Caruman mengira KWSP bagi gaji mulai Mac 2016 ({first}); {month} lebih awal. Gunakan Jadual Ketiga KWSP ketika itu bagi bulan yang lebih lama.',
    'epf.error.wages.invalid':
      'Gaji KWSP mesti jumlah dalam ringgit, sifar atau lebih, contohnya 2985.00; diterima "{value}".',
    'epf.error.bonus.invalid':
      'Bonus mesti jumlah dalam ringgit, sifar atau lebih, contohnya 1500.00 (atau kosong); diterima "{value}".',
    'epf.error.dateOfBirth.format':
      'Tarikh lahir mesti tarikh sebenar ditulis sebagai YYYY-MM-DD, contohnya 1985-04-23; diterima "{value}".',
    'epf.error.dateOfBirth.afterMonth':
      'Tarikh lahir {dateOfBirth} selepas bulan gaji {month}. Semak kedua-duanya.',
    'epf.error.voluntaryExcess':
      'Caruman sukarela mesti nombor bulat mata asas dari 0 hingga {max} % (5 % = 500); diterima "{value}".',
    'epf.error.status':
      'Status KWSP mesti salah satu daripada citizen, pr, pre1998, foreign atau foreign_elected; diterima "{value}".',

    'epf.part.A': 'Bahagian A',
    'epf.part.B': 'Bahagian B',
    'epf.part.C': 'Bahagian C',
    'epf.part.D': 'Bahagian D',
    'epf.part.E': 'Bahagian E',
    'epf.part.F': 'Bahagian F',
    'epf.part.none': 'Tiada KWSP',
    'epf.status.citizen': 'Warganegara Malaysia',
    'epf.status.pr': 'Penduduk tetap',
    'epf.status.pre1998': 'Bukan warganegara, ahli sebelum 1 Ogos 1998',
    'epf.status.foreign': 'Pekerja asing (tidak memilih mencarum)',
    'epf.status.foreign_elected': 'Pekerja asing yang memilih mencarum',

    'epf.explain.age': 'Umur {age} pada bulan gaji {month} (umur dikira mulai bulan selepas hari lahir).',
    'epf.explain.age.unknown':
      'Tiada tarikh lahir, jadi peraturan umur tidak digunakan: dianggap di bawah 60. Tambah tarikh lahir untuk kepastian.',
    'epf.explain.edition': 'Gaji {month}: Jadual Ketiga yang berkuat kuasa mulai gaji {edition}.',
    'epf.explain.bonus': 'Gaji KWSP {total} = gaji {wages} + bonus {bonus} (bonus dikira bagi KWSP).',
    'epf.explain.domesticIgnored':
      'Tanda pembantu rumah asing hanya penting bagi bukan warganegara; ia tidak mengubah apa-apa di sini.',
    'epf.explain.part.A.citizen': 'Bahagian A: warganegara Malaysia di bawah 60 tahun.',
    'epf.explain.part.A.pr': 'Bahagian A: penduduk tetap di bawah 60 tahun.',
    'epf.explain.part.A.pre1998':
      'Bahagian A: bukan warganegara yang menjadi ahli sebelum 1 Ogos 1998, di bawah 60 tahun.',
    'epf.explain.part.B':
      'Bahagian B: bukan warganegara yang memilih mencarum (pada atau selepas 1 Ogos 1998), di bawah 60 tahun: majikan membayar RM5.',
    'epf.explain.part.C.citizen':
      'Bahagian C: warganegara Malaysia berumur 60 tahun atau lebih (Bahagian E bagi warganegara bermula dengan gaji Januari 2019).',
    'epf.explain.part.C.pr': 'Bahagian C: penduduk tetap berumur 60 tahun atau lebih.',
    'epf.explain.part.C.pre1998':
      'Bahagian C: bukan warganegara, ahli sebelum 1 Ogos 1998, berumur 60 tahun atau lebih.',
    'epf.explain.part.D':
      'Bahagian D: bukan warganegara yang memilih mencarum, berumur 60 tahun atau lebih: majikan membayar RM5.',
    'epf.explain.part.E':
      'Bahagian E: warganegara Malaysia berumur 60 tahun atau lebih: majikan 4 %, pekerja tiada.',
    'epf.explain.part.F.foreign':
      'Bahagian F: pekerja bukan warganegara, mulai gaji Oktober 2025: majikan 2 % dan pekerja 2 %.',
    'epf.explain.part.F.elected':
      'Bahagian F: pekerja bukan warganegara (ahli yang memilih mencarum berpindah ke Bahagian F), mulai gaji Oktober 2025: majikan 2 % dan pekerja 2 %.',
    'epf.explain.none.foreignNotElected':
      'Tiada KWSP: pekerja asing yang tidak memilih mencarum tidak membayar apa-apa sebelum gaji Oktober 2025.',
    'epf.explain.none.foreignDomestic': 'Tiada KWSP: pembantu rumah asing di luar Bahagian F.',
    'epf.explain.none.age75': 'Tiada KWSP: caruman berhenti mulai bulan selepas hari lahir ke-75.',
    'epf.explain.none.nilWages': 'Tiada KWSP: gaji KWSP {wages} ialah {limit} atau kurang.',
    'epf.explain.none.noWages': 'Tiada gaji KWSP bulan ini, jadi tiada caruman perlu dibayar.',
    'epf.explain.rateCut':
      'Kadar pekerja {rate} % bagi gaji {from} hingga {to} (pengurangan bagi pekerja di bawah 60 tahun), bukan 11 %.',
    'epf.explain.keep11.applied':
      'Pekerja kekal 11 % (Borang KWSP 17A): syer pekerja daripada jadual 11 % {table}.',
    'epf.explain.keep11.outsidePeriod':
      'Pilihan kekal 11 % hanya bagi gaji {from} hingga {to}; ia tidak mengubah apa-apa bagi {month}.',
    'epf.explain.keep11.notBelow60':
      'Pilihan kekal 11 % hanya bagi bawah 60 tahun (Bahagian A dan B); ia tidak mengubah apa-apa dalam Bahagian {part}.',
    'epf.explain.band':
      'Bahagian {part}, jalur {from}–{to}: majikan {employer}, pekerja {employee} (jadual {table}).',
    'epf.explain.aboveTable':
      'Bahagian {part}, gaji {wages} melebihi {ceiling}: majikan {employerRate} % = {employer}, pekerja {employeeRate} % = {employee}, setiap satu dibundarkan ke ringgit berikutnya.',
    'epf.explain.aboveTable.flat':
      'Bahagian {part}, gaji {wages} melebihi {ceiling}: majikan {employer} rata, pekerja {employeeRate} % = {employee}, dibundarkan ke ringgit berikutnya.',
    'epf.explain.bonusRule':
      'Peraturan bonus: gaji biasa {wages} ialah RM5,000 atau kurang dan bonus menjadikannya {total}, jadi majikan membayar {rate} % daripada {total} = {employer}, dibundarkan ke ringgit berikutnya.',
    'epf.explain.bonusRule.employeeBand':
      'Syer pekerja daripada jadual bagi {from}–{to}: {employee} (jadual {table}).',
    'epf.explain.bonusRule.employeePercent':
      'Syer pekerja {rate} % daripada {total} = {employee}, dibundarkan ke ringgit berikutnya.',
    'epf.explain.partF':
      'Bahagian F, gaji {wages}: majikan {employerRate} % = {employer}, pekerja {employeeRate} % = {employee}, setiap satu dibundarkan ke ringgit berikutnya.',
    'epf.explain.table.unconfirmed':
      'Jadual {table}: lajur RM5 majikan belum disahkan oleh sumber rasmi (EPF.md §7); semak dengan KWSP.',
    'epf.explain.voluntary.employer':
      'Majikan membayar {extra} % lebih atas pilihan sendiri (caruman sukarela): {rate} % daripada {wages} = {amount}, dibundarkan ke ringgit berikutnya (jadual sahaja: {statutory}).',
    'epf.explain.voluntary.employerFlat':
      'Majikan membayar {extra} % daripada {wages} lebih atas pilihan sendiri (caruman sukarela) di atas {statutory}: {amount}.',
    'epf.explain.voluntary.employee':
      'Pekerja membayar {extra} % lebih atas pilihan sendiri (caruman sukarela): {rate} % daripada {wages} = {amount}, dibundarkan ke ringgit berikutnya (jadual sahaja: {statutory}).',
    'epf.explain.partBCut':
      'Kadar pekerja yang dikurangkan turut dikenakan pada Bahagian B (tafsiran kami, EPF.md E2: KWSP menyebut “bawah 60 tahun”).',
  },
});

export type EpfMessageKey = keyof typeof epf.en;
