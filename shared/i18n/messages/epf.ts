// Words of the EPF (KWSP) engine, its CLI, the Form A file and its checker. Amount parameters
// arrive formatted ("RM390", "RM2,980.01"); rates as plain numbers ("13", "6.5"); months as YYYY-MM.
import { defineMessages } from '../define';

export const epf = defineMessages({
  en: {
    'epf.error.month.format': 'The wage month must be written as YYYY-MM, e.g. 2026-07; got "{value}".',
    'epf.error.month.tooEarly':
      'Caruman calculates EPF for wages from March 2016 onwards; {month, month} is earlier. Use the KWSP Third Schedule of that time for older months.',
    'epf.error.wages.invalid':
      'EPF wages must be an amount in ringgit of zero or more, e.g. 2985.00; got "{value}".',
    'epf.error.bonus.invalid':
      'The bonus must be an amount in ringgit of zero or more, e.g. 1500.00 (or empty); got "{value}".',
    'epf.error.dateOfBirth.format':
      'The date of birth must be a real date written as YYYY-MM-DD, e.g. 1985-04-23; got "{value}".',
    'epf.error.dateOfBirth.afterMonth':
      'The date of birth {dateOfBirth} is after the wage month {month, month}. Check both.',
    'epf.error.voluntaryExcess':
      'A voluntary excess must be a whole number of basis points from 0 to {max} % (5 % = 500); got "{value}".',
    'epf.error.status':
      'The EPF status must be one of citizen, pr, pre1998, foreign or foreign_elected; got "{value}".',

    'epf.input.statusRequired':
      'The EPF status is required: citizen, pr, pre1998, foreign or foreign_elected.',
    'epf.input.flag': 'Write yes (or leave it empty for no); got "{value}".',
    'epf.cli.column.id': 'ID',
    'epf.cli.column.month': 'WAGE MONTH',
    'epf.cli.column.wages': 'WAGES',
    'epf.cli.column.bonus': 'BONUS',
    'epf.cli.column.part': 'PART',
    'epf.cli.column.employer': 'EMPLOYER',
    'epf.cli.column.employee': 'EMPLOYEE',
    'epf.cli.column.due': 'DUE BY',
    'epf.cli.none': 'none',
    'epf.cli.total': 'Total',
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
      'Age {age} in the wage month {month, month} (an age counts from the month after the birthday).',
    'epf.explain.age.unknown':
      'No date of birth, so the age rules were not applied: treated as below 60. Add the date of birth to be sure.',
    'epf.explain.edition': 'Wages of {month, month}: the Third Schedule as in force from {edition, month} wages.',
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
      'Employee rate {rate} % for wages {from, month} to {to, month} (the cut for employees below 60), instead of 11 %.',
    'epf.explain.keep11.applied':
      'The employee keeps 11 % (Borang KWSP 17A): employee share from the 11 % table {table}.',
    'epf.explain.keep11.outsidePeriod':
      'The choice to keep 11 % applies only to wages {from, month} to {to, month}; it changes nothing for {month, month}.',
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

    'epf.formA.error.employerNumberMissing':
      'The company has no EPF employer number. Add it in the company’s details before making the Form A file.',
    'epf.formA.error.employerNumber':
      'The EPF employer number must be digits only, at most {max} of them; got "{value}".',
    'epf.formA.error.fileDate': 'The file date must be a real date written as YYYY-MM-DD; got "{value}".',
    'epf.formA.error.amount': '{name} ({idNumber}): the wages and shares must be whole sen of zero or more.',
    'epf.formA.error.notWholeRinggit':
      '{name} ({idNumber}): EPF is paid in whole ringgit, but the shares are {employer} and {employee}.',
    'epf.formA.leftOut.noContribution':
      'No EPF is due on wages of {wages}, so the member is not in the file.',
    'epf.formA.error.idMissing': '{name} has no identity number (MyKad, or passport for a non-citizen).',
    'epf.formA.error.idTooLong':
      '{name}: the identity number {idNumber} is longer than the 15 characters the file holds.',
    'epf.formA.warning.nonCitizenId':
      '{name}: the passport number {idNumber} is written as the identity number. KWSP’s format for non-citizens is not known; check it against the member’s EPF record.',
    'epf.formA.warning.idNotMyKad':
      '{name}: {idNumber} is not a 12-digit MyKad number. KWSP matches members by it; check it.',
    'epf.formA.error.nameEmpty':
      'The name of {idNumber} ("{original}") has no letters that can be written in the file.',
    'epf.formA.warning.noMemberNumber':
      '{name} ({idNumber}) has no EPF member number: written as zeros. KWSP may not credit the contribution until the number is known.',
    'epf.formA.error.memberNumber':
      '{name}: the EPF member number must be digits only (at most 19); got "{value}".',
    'epf.formA.error.duplicateMember':
      'The EPF member number {memberNumber} belongs to both {first} and {second}.',
    'epf.formA.error.duplicateId': 'The identity number {idNumber} belongs to both {first} and {second}.',
    'epf.formA.warning.staffCodeCut':
      '{name}: the staff number is longer than 20 characters; written as {written}.',
    'epf.formA.error.noMembers':
      'Nobody has EPF to pay for the wages of {month, month}: there is no Form A to make.',
    'epf.formA.csv.lessCertain':
      'The CSV form of Form A is less certain than the text file: its layout comes from one program only, not from KWSP. Prefer the text file.',

    'epf.formA.check.bankFormat':
      'This is a bank’s EPF file (ITB layout), not the i-Akaun Form A text file. Caruman checks only the i-Akaun layout.',
    'epf.formA.check.bom':
      'The file starts with a byte-order mark (three invisible bytes); every position after it is shifted. Save the file as plain ASCII text.',
    'epf.formA.check.lfWithoutCr': 'The line ends with LF only; Form A lines end with CR LF.',
    'epf.formA.check.crWithoutLf': 'The line ends with CR only; Form A lines end with CR LF.',
    'epf.formA.check.tab': 'A tab character ({count} in the line); fields are padded with spaces.',
    'epf.formA.check.nonAscii':
      'A character that is not plain ASCII (byte {byte}; {count} in the line). Write names in plain letters.',
    'epf.formA.check.controlCharacter': 'A control character (byte {byte}; {count} in the line).',
    'epf.formA.check.emptyFile': 'The file is empty.',
    'epf.formA.check.emptyLine': 'An empty line. Form A has no empty lines.',
    'epf.formA.check.unknownRecord': 'Unknown record type "{type}": Form A has records 00, 01, 02 and 99.',
    'epf.formA.check.firstNotHeader':
      'The file must start with the 00 record (EPF MONTHLY FORM A); the first record is {type}.',
    'epf.formA.check.duplicateRecord': 'A second {type} record (the first is on line {first}).',
    'epf.formA.check.employerBeforeHeader': 'The 01 record comes before the 00 record.',
    'epf.formA.check.memberBeforeEmployer': 'A member (02) before the employer record (01).',
    'epf.formA.check.afterTrailer':
      'A {type} record after the 99 record (line {trailer}), which must be the last.',
    'epf.formA.check.missingRecord': 'The file has no {type} record.',
    'epf.formA.check.noMembers': 'The file has no member records (02).',
    'epf.formA.check.tooLong': 'Record {type} is {length} characters long; Form A records are {expected}.',
    'epf.formA.check.tooShort':
      'Record {type} is only {length} characters long; Form A records are {expected}.',
    'epf.formA.check.shortFiller':
      'Record {type} is {length} characters long, not {expected}: the trailing spaces are missing. Some programs trim them; i-Akaun may expect all {expected}.',
    'epf.formA.check.constant': 'Positions {from}–{to} ({field}) should be "{expected}"; found "{found}".',
    'epf.formA.check.notNumeric':
      'Positions {from}–{to} ({field}) must be digits, zero-padded on the left; found "{value}".',
    'epf.formA.check.badDate': 'The file date must be YYYYMMDD, a real date; found "{value}".',
    'epf.formA.check.badMonth': 'The contribution month must be MMYYYY; found "{value}".',
    'epf.formA.check.fillerNotBlank': 'Positions {from}–{to} should be spaces.',
    'epf.formA.check.leadingSpace':
      'Positions {from}–{to} ({field}) start with a space; text is written from the left.',
    'epf.formA.check.fileDateFuture': 'The file is dated {date, date}, after today ({today, date}).',
    'epf.formA.check.employerNumberMissing':
      'The employer record (01) has no EPF employer number (all zeros).',
    'epf.formA.check.employerNumberOther':
      'The file is for employer number {found}, but this company’s EPF number is {expected}.',
    'epf.formA.check.monthTooEarly':
      'Contribution month {month, month} is for wages of {wageMonth, month}, before {first, month}: Caruman cannot check its amounts.',
    'epf.formA.check.futureMonth':
      'Contribution month {month, month} (wages of {wageMonth, month}) is still in the future.',
    'epf.formA.check.memberNumberZero':
      '{name} has no EPF member number (all zeros). KWSP may not credit the contribution.',
    'epf.formA.check.duplicateMember': 'Member number {value} appears again (first on line {first}).',
    'epf.formA.check.idBlank': 'The identity number is blank.',
    'epf.formA.check.idDash': 'The identity number {value} has a dash; write the digits only.',
    'epf.formA.check.idCharacters':
      'The identity number {value} may hold only upper-case letters and digits.',
    'epf.formA.check.idNotMyKad': 'The identity number {value} is digits but not the 12 of a MyKad.',
    'epf.formA.check.duplicateId': 'The identity number {value} appears again (first on line {first}).',
    'epf.formA.check.nameBlank': 'The name is blank.',
    'epf.formA.check.nameLowercase':
      'The name "{value}" has lower-case letters; KWSP’s files use upper case.',
    'epf.formA.check.notWholeRinggit': 'The share {found} has sen; EPF is paid in whole ringgit.',
    'epf.formA.check.noContribution': '{name} pays nothing (both shares are zero).',
    'epf.formA.check.wagesZero': '{name} has shares but wages of zero.',
    'epf.formA.check.unknownMember':
      'This member (number {memberNumber}, ID {idNumber}) is not an employee of the company.',
    'epf.formA.check.amountBelow':
      '{name}: employer {employer} and employee {employee} on wages of {wages} ({month, month}) are less than the Third Schedule’s (Part {part}): employer {expectedEmployer}, employee {expectedEmployee}.',
    'epf.formA.check.amountAbove':
      '{name}: employer {employer} and employee {employee} on wages of {wages} ({month, month}) are more than the Third Schedule’s (Part {part}): employer {expectedEmployer}, employee {expectedEmployee}. Fine if more was elected (voluntary excess).',
    'epf.formA.check.amountNoPart':
      'Employer {employer} and employee {employee} on wages of {wages} ({month, month}) match no part of the Third Schedule (a voluntary excess would explain it).',
    'epf.formA.check.headerTotal.employer':
      'The header’s total employer share is {found}; the members add up to {expected}.',
    'epf.formA.check.headerTotal.employee':
      'The header’s total employee share is {found}; the members add up to {expected}.',
    'epf.formA.check.trailerTotal.employer':
      'The trailer’s total employer share is {found}; the members add up to {expected}.',
    'epf.formA.check.trailerTotal.employee':
      'The trailer’s total employee share is {found}; the members add up to {expected}.',
    'epf.formA.check.trailerCount': 'The trailer counts {found} members; the file has {expected}.',
    'epf.formA.check.headerHash':
      'The header’s hash total is {found}; the member numbers add up to {expected}. (Its meaning is not confirmed.)',
    'epf.formA.check.trailerHash':
      'The trailer’s hash total is {found}; the member numbers add up to {expected}.',
    'epf.formA.check.hashIsContributions':
      'The trailer’s hash total {found} is the total of the contributions, as some programs write it; the sum of the member numbers is {expected}.',
  },
  ms: {
    'epf.error.month.format':
      'Bulan gaji mesti ditulis sebagai YYYY-MM, contohnya 2026-07; diterima "{value}".',
    'epf.error.month.tooEarly':
      'Caruman mengira KWSP bagi gaji mulai Mac 2016; {month, month} lebih awal. Gunakan Jadual Ketiga KWSP ketika itu bagi bulan yang lebih lama.',
    'epf.error.wages.invalid':
      'Gaji KWSP mesti jumlah dalam ringgit, sifar atau lebih, contohnya 2985.00; diterima "{value}".',
    'epf.error.bonus.invalid':
      'Bonus mesti jumlah dalam ringgit, sifar atau lebih, contohnya 1500.00 (atau kosong); diterima "{value}".',
    'epf.error.dateOfBirth.format':
      'Tarikh lahir mesti tarikh sebenar ditulis sebagai YYYY-MM-DD, contohnya 1985-04-23; diterima "{value}".',
    'epf.error.dateOfBirth.afterMonth':
      'Tarikh lahir {dateOfBirth} selepas bulan gaji {month, month}. Semak kedua-duanya.',
    'epf.error.voluntaryExcess':
      'Caruman sukarela mesti nombor bulat mata asas dari 0 hingga {max} % (5 % = 500); diterima "{value}".',
    'epf.error.status':
      'Status KWSP mesti salah satu daripada citizen, pr, pre1998, foreign atau foreign_elected; diterima "{value}".',

    'epf.input.statusRequired': 'Status KWSP diperlukan: citizen, pr, pre1998, foreign atau foreign_elected.',
    'epf.input.flag': 'Tulis yes (atau biarkan kosong untuk tidak); diterima "{value}".',
    'epf.cli.column.id': 'ID',
    'epf.cli.column.month': 'BULAN GAJI',
    'epf.cli.column.wages': 'GAJI',
    'epf.cli.column.bonus': 'BONUS',
    'epf.cli.column.part': 'BAHAGIAN',
    'epf.cli.column.employer': 'MAJIKAN',
    'epf.cli.column.employee': 'PEKERJA',
    'epf.cli.column.due': 'BAYAR SEBELUM',
    'epf.cli.none': 'tiada',
    'epf.cli.total': 'Jumlah',
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

    'epf.explain.age': 'Umur {age} pada bulan gaji {month, month} (umur dikira mulai bulan selepas hari lahir).',
    'epf.explain.age.unknown':
      'Tiada tarikh lahir, jadi peraturan umur tidak digunakan: dianggap di bawah 60. Tambah tarikh lahir untuk kepastian.',
    'epf.explain.edition': 'Gaji {month, month}: Jadual Ketiga yang berkuat kuasa mulai gaji {edition, month}.',
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
      'Kadar pekerja {rate} % bagi gaji {from, month} hingga {to, month} (pengurangan bagi pekerja di bawah 60 tahun), bukan 11 %.',
    'epf.explain.keep11.applied':
      'Pekerja kekal 11 % (Borang KWSP 17A): syer pekerja daripada jadual 11 % {table}.',
    'epf.explain.keep11.outsidePeriod':
      'Pilihan kekal 11 % hanya bagi gaji {from, month} hingga {to, month}; ia tidak mengubah apa-apa bagi {month, month}.',
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

    'epf.formA.error.employerNumberMissing':
      'Syarikat tiada nombor majikan KWSP. Tambahkannya dalam butiran syarikat sebelum membuat fail Borang A.',
    'epf.formA.error.employerNumber':
      'Nombor majikan KWSP mesti digit sahaja, paling banyak {max}; diterima "{value}".',
    'epf.formA.error.fileDate':
      'Tarikh fail mesti tarikh sebenar ditulis sebagai YYYY-MM-DD; diterima "{value}".',
    'epf.formA.error.amount': '{name} ({idNumber}): gaji dan syer mesti sen bulat, sifar atau lebih.',
    'epf.formA.error.notWholeRinggit':
      '{name} ({idNumber}): KWSP dibayar dalam ringgit penuh, tetapi syernya {employer} dan {employee}.',
    'epf.formA.leftOut.noContribution':
      'Tiada caruman KWSP bagi gaji {wages}, jadi ahli ini tiada dalam fail.',
    'epf.formA.error.idMissing':
      '{name} tiada nombor pengenalan (MyKad, atau pasport bagi bukan warganegara).',
    'epf.formA.error.idTooLong':
      '{name}: nombor pengenalan {idNumber} melebihi 15 aksara yang muat dalam fail.',
    'epf.formA.warning.nonCitizenId':
      '{name}: nombor pasport {idNumber} ditulis sebagai nombor pengenalan. Format KWSP bagi bukan warganegara tidak diketahui; semak dengan rekod KWSP ahli.',
    'epf.formA.warning.idNotMyKad':
      '{name}: {idNumber} bukan nombor MyKad 12 digit. KWSP memadankan ahli dengannya; semak.',
    'epf.formA.error.nameEmpty':
      'Nama bagi {idNumber} ("{original}") tiada huruf yang boleh ditulis dalam fail.',
    'epf.formA.warning.noMemberNumber':
      '{name} ({idNumber}) tiada nombor ahli KWSP: ditulis sebagai sifar. KWSP mungkin tidak mengkreditkan caruman sehingga nombornya diketahui.',
    'epf.formA.error.memberNumber':
      '{name}: nombor ahli KWSP mesti digit sahaja (paling banyak 19); diterima "{value}".',
    'epf.formA.error.duplicateMember': 'Nombor ahli KWSP {memberNumber} dimiliki oleh {first} dan {second}.',
    'epf.formA.error.duplicateId': 'Nombor pengenalan {idNumber} dimiliki oleh {first} dan {second}.',
    'epf.formA.warning.staffCodeCut': '{name}: nombor pekerja melebihi 20 aksara; ditulis sebagai {written}.',
    'epf.formA.error.noMembers':
      'Tiada sesiapa perlu membayar KWSP bagi gaji {month, month}: tiada Borang A untuk dibuat.',
    'epf.formA.csv.lessCertain':
      'Bentuk CSV Borang A kurang pasti berbanding fail teks: susunannya daripada satu program sahaja, bukan daripada KWSP. Utamakan fail teks.',

    'epf.formA.check.bankFormat':
      'Ini fail KWSP bank (susunan ITB), bukan fail teks Borang A i-Akaun. Caruman hanya menyemak susunan i-Akaun.',
    'epf.formA.check.bom':
      'Fail bermula dengan penanda susunan bait (tiga bait tersembunyi); setiap kedudukan selepasnya teranjak. Simpan fail sebagai teks ASCII biasa.',
    'epf.formA.check.lfWithoutCr': 'Baris berakhir dengan LF sahaja; baris Borang A berakhir dengan CR LF.',
    'epf.formA.check.crWithoutLf': 'Baris berakhir dengan CR sahaja; baris Borang A berakhir dengan CR LF.',
    'epf.formA.check.tab': 'Aksara tab ({count} dalam baris); medan diisi dengan ruang.',
    'epf.formA.check.nonAscii':
      'Aksara yang bukan ASCII biasa (bait {byte}; {count} dalam baris). Tulis nama dengan huruf biasa.',
    'epf.formA.check.controlCharacter': 'Aksara kawalan (bait {byte}; {count} dalam baris).',
    'epf.formA.check.emptyFile': 'Fail kosong.',
    'epf.formA.check.emptyLine': 'Baris kosong. Borang A tiada baris kosong.',
    'epf.formA.check.unknownRecord':
      'Jenis rekod "{type}" tidak dikenali: Borang A ada rekod 00, 01, 02 dan 99.',
    'epf.formA.check.firstNotHeader':
      'Fail mesti bermula dengan rekod 00 (EPF MONTHLY FORM A); rekod pertama ialah {type}.',
    'epf.formA.check.duplicateRecord': 'Rekod {type} kedua (yang pertama di baris {first}).',
    'epf.formA.check.employerBeforeHeader': 'Rekod 01 datang sebelum rekod 00.',
    'epf.formA.check.memberBeforeEmployer': 'Ahli (02) sebelum rekod majikan (01).',
    'epf.formA.check.afterTrailer': 'Rekod {type} selepas rekod 99 (baris {trailer}), yang mesti terakhir.',
    'epf.formA.check.missingRecord': 'Fail tiada rekod {type}.',
    'epf.formA.check.noMembers': 'Fail tiada rekod ahli (02).',
    'epf.formA.check.tooLong': 'Rekod {type} panjangnya {length} aksara; rekod Borang A ialah {expected}.',
    'epf.formA.check.tooShort': 'Rekod {type} hanya {length} aksara; rekod Borang A ialah {expected}.',
    'epf.formA.check.shortFiller':
      'Rekod {type} panjangnya {length} aksara, bukan {expected}: ruang di hujung tiada. Sesetengah program membuangnya; i-Akaun mungkin menjangka kesemua {expected}.',
    'epf.formA.check.constant': 'Kedudukan {from}–{to} ({field}) sepatutnya "{expected}"; ditemui "{found}".',
    'epf.formA.check.notNumeric':
      'Kedudukan {from}–{to} ({field}) mesti digit, diisi sifar di kiri; ditemui "{value}".',
    'epf.formA.check.badDate': 'Tarikh fail mesti YYYYMMDD, tarikh sebenar; ditemui "{value}".',
    'epf.formA.check.badMonth': 'Bulan caruman mesti MMYYYY; ditemui "{value}".',
    'epf.formA.check.fillerNotBlank': 'Kedudukan {from}–{to} sepatutnya ruang.',
    'epf.formA.check.leadingSpace':
      'Kedudukan {from}–{to} ({field}) bermula dengan ruang; teks ditulis dari kiri.',
    'epf.formA.check.fileDateFuture': 'Fail bertarikh {date, date}, selepas hari ini ({today, date}).',
    'epf.formA.check.employerNumberMissing': 'Rekod majikan (01) tiada nombor majikan KWSP (semua sifar).',
    'epf.formA.check.employerNumberOther':
      'Fail ini bagi nombor majikan {found}, tetapi nombor KWSP syarikat ini ialah {expected}.',
    'epf.formA.check.monthTooEarly':
      'Bulan caruman {month, month} adalah bagi gaji {wageMonth, month}, sebelum {first, month}: Caruman tidak dapat menyemak jumlahnya.',
    'epf.formA.check.futureMonth': 'Bulan caruman {month, month} (gaji {wageMonth, month}) masih belum tiba.',
    'epf.formA.check.memberNumberZero':
      '{name} tiada nombor ahli KWSP (semua sifar). KWSP mungkin tidak mengkreditkan caruman.',
    'epf.formA.check.duplicateMember': 'Nombor ahli {value} muncul lagi (pertama di baris {first}).',
    'epf.formA.check.idBlank': 'Nombor pengenalan kosong.',
    'epf.formA.check.idDash': 'Nombor pengenalan {value} ada sengkang; tulis digit sahaja.',
    'epf.formA.check.idCharacters':
      'Nombor pengenalan {value} hanya boleh mengandungi huruf besar dan digit.',
    'epf.formA.check.idNotMyKad': 'Nombor pengenalan {value} ialah digit tetapi bukan 12 digit MyKad.',
    'epf.formA.check.duplicateId': 'Nombor pengenalan {value} muncul lagi (pertama di baris {first}).',
    'epf.formA.check.nameBlank': 'Nama kosong.',
    'epf.formA.check.nameLowercase': 'Nama "{value}" ada huruf kecil; fail KWSP menggunakan huruf besar.',
    'epf.formA.check.notWholeRinggit': 'Syer {found} ada sen; KWSP dibayar dalam ringgit penuh.',
    'epf.formA.check.noContribution': '{name} tidak membayar apa-apa (kedua-dua syer sifar).',
    'epf.formA.check.wagesZero': '{name} ada syer tetapi gajinya sifar.',
    'epf.formA.check.unknownMember':
      'Ahli ini (nombor {memberNumber}, ID {idNumber}) bukan pekerja syarikat.',
    'epf.formA.check.amountBelow':
      '{name}: majikan {employer} dan pekerja {employee} atas gaji {wages} ({month, month}) kurang daripada Jadual Ketiga (Bahagian {part}): majikan {expectedEmployer}, pekerja {expectedEmployee}.',
    'epf.formA.check.amountAbove':
      '{name}: majikan {employer} dan pekerja {employee} atas gaji {wages} ({month, month}) lebih daripada Jadual Ketiga (Bahagian {part}): majikan {expectedEmployer}, pekerja {expectedEmployee}. Tidak mengapa jika lebih telah dipilih (caruman sukarela).',
    'epf.formA.check.amountNoPart':
      'Majikan {employer} dan pekerja {employee} atas gaji {wages} ({month, month}) tidak sepadan dengan mana-mana bahagian Jadual Ketiga (caruman sukarela mungkin sebabnya).',
    'epf.formA.check.headerTotal.employer':
      'Jumlah syer majikan dalam pengepala ialah {found}; jumlah ahli ialah {expected}.',
    'epf.formA.check.headerTotal.employee':
      'Jumlah syer pekerja dalam pengepala ialah {found}; jumlah ahli ialah {expected}.',
    'epf.formA.check.trailerTotal.employer':
      'Jumlah syer majikan dalam rekod akhir ialah {found}; jumlah ahli ialah {expected}.',
    'epf.formA.check.trailerTotal.employee':
      'Jumlah syer pekerja dalam rekod akhir ialah {found}; jumlah ahli ialah {expected}.',
    'epf.formA.check.trailerCount': 'Rekod akhir mengira {found} ahli; fail ada {expected}.',
    'epf.formA.check.headerHash':
      'Jumlah cincang pengepala ialah {found}; jumlah nombor ahli ialah {expected}. (Maksudnya belum disahkan.)',
    'epf.formA.check.trailerHash':
      'Jumlah cincang rekod akhir ialah {found}; jumlah nombor ahli ialah {expected}.',
    'epf.formA.check.hashIsContributions':
      'Jumlah cincang rekod akhir {found} ialah jumlah caruman, seperti ditulis oleh sesetengah program; jumlah nombor ahli ialah {expected}.',
  },
});

export type EpfMessageKey = keyof typeof epf.en;
