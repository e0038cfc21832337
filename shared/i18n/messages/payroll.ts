// The pay run: gross to net, finalised months, corrections, Employment Act helpers, the minimum wage.
import { defineMessages } from '../define';

export const payroll = defineMessages({
  en: {
    'payroll.warning.belowMinimumWage':
      'Basic pay {basic} is below the minimum wage of {minimum} a month in force for this month ({source}). Check the amount; Caruman still pays what you enter.',
    'payroll.warning.earlierMonthsOpen':
      'Earlier months of this year are not finalised: {months, months}. PCB for {month, month} counts only finalised months in the year to date, so finalise those months first (in order) once they are paid.',
    'payroll.error.netNegative':
      'The net pay of {name} ({id}) for {month, month} would be below zero: deductions of {deductions} are more than the gross pay of {gross}, by {short}. Lower the salary advance, loan repayment, other deduction or zakat for this month (or spread them over later months), or check the pay items.',
    'payroll.error.amount': 'Not an amount Caruman can use: {value}. Amounts are whole sen from 0 to RM10,000,000.',
    'payroll.error.monthFinalised':
      '{month, month} is finalised (paid; finalised on {finalisedAt, date}), so its pay can no longer change. To pay what was short, enter a correction paid in a later month (`caruman payroll correct`); to change the month itself, unlock it first with a reason (`caruman payroll unlock`).',
    'payroll.error.finaliseFuture': '{month, month} has not begun yet. A month is finalised once it is paid.',
    'payroll.error.alreadyFinalised': '{month, month} is already finalised.',
    'payroll.error.earlierMonthsOpen':
      '{month, month} cannot be finalised before the earlier months of its year that have wages: {months, months}. Finalise them first, in order, so each month’s PCB counts the months before it as they were paid.',
    'payroll.error.refusalsBlockFinalise':
      '{month, month} cannot be finalised: the pay of {count, plural, one {# employee} other {# employees}} cannot be paid as entered: {names}. Change their deductions or pay items first.',
    'payroll.error.nothingToFinalise': 'Nobody is paid in {month, month}: enter the month’s wages before finalising it.',
    'payroll.error.notFinalised': '{month, month} is not finalised, so there is nothing to unlock.',
    'payroll.error.unlockLaterFinalised':
      '{month, month} cannot be unlocked while later months of its year are finalised ({months, months}): their PCB counted this month as paid. Unlock the latest month first.',
    'payroll.error.unlockHasCorrections':
      '{month, month} has {count, plural, one {# correction} other {# corrections}} paid in later months. Remove them before unlocking the month, or keep the month finalised and add another correction.',
    'payroll.error.unlockReason': 'Say why the month is unlocked (3 to 500 characters): it is kept in the change history.',
    'payroll.error.correctionPaidBefore': 'A correction for {forMonth, month} must be paid in a later month, not in {paidMonth, month}.',
    'payroll.error.correctionMonthOpen': '{month, month} is not finalised: change its wages directly instead of entering a correction.',
    'payroll.error.correctionNotEmployed': '{name} was not employed in {month, month}.',
    'payroll.error.correctionNotFound': 'This correction does not exist (any more).',
    'payroll.error.correctionReason': 'Say what the correction is for (3 to 500 characters).',
    'payroll.error.correctionAmount':
      'A correction pays what was short: an amount above zero. An overpayment is recovered with an “other deduction” in a later month.',
    'payroll.unlock.filesGenerated':
      'Files were already generated for {month, month}: {files}. After changing the month, generate them again; what was already uploaded must be corrected in the portals (for SOCSO and EIS, the arrears screen of ASSIST).',
    'payroll.unlock.receiptsFiled':
      '{count, plural, one {# receipt was} other {# receipts were}} already filed for {month, month} ({receipts}): what was paid for it stays paid, so a change means arrears or a refund claim with the agency.',
    'payroll.unlock.nothingFiled': 'Nothing had been generated or filed for {month, month} yet.',
    'payroll.cli.column.idNumber': 'ID number',
    'payroll.cli.column.name': 'Name',
    'payroll.cli.column.gross': 'Gross',
    'payroll.cli.column.epf_employee': 'EPF',
    'payroll.cli.column.socso_employee': 'SOCSO',
    'payroll.cli.column.eis_employee': 'EIS',
    'payroll.cli.column.lindung_employee': 'LINDUNG',
    'payroll.cli.column.pcb': 'PCB',
    'payroll.cli.column.zakat': 'Zakat',
    'payroll.cli.column.other_deductions': 'Other deductions',
    'payroll.cli.column.net': 'Net pay',
    'payroll.cli.column.epf_employer': 'EPF (employer)',
    'payroll.cli.column.socso_employer': 'SOCSO (employer)',
    'payroll.cli.column.eis_employer': 'EIS (employer)',
    'payroll.cli.total': 'Total ({count, plural, one {# employee} other {# employees}})',
    'payroll.paymentList.name': 'Name',
    'payroll.paymentList.idNumber': 'ID number',
    'payroll.paymentList.bank': 'Bank',
    'payroll.paymentList.account': 'Account number',
    'payroll.paymentList.amount': 'Amount (RM)',
    'payroll.paymentList.reference': 'Reference',
    'payroll.paymentList.total': 'Total ({count, plural, one {# employee} other {# employees}})',
    'payroll.paymentList.refusals':
      'No payment list was made for {month, month}: the pay of {count, plural, one {# employee} other {# employees}} cannot be paid as entered ({names}). Change their deductions or pay items first.',
    'payroll.cli.open': '{month, month} is open: it can still change. Finalise it once it is paid (`caruman payroll finalise`).',
    'payroll.cli.finalisedOn': '{month, month} was finalised on {date, date}: these are the figures as paid.',
    'payroll.cli.payable': 'To pay: KWSP {kwsp}, PERKESO {perkeso}, LHDN {lhdn}; net pay to staff {net}.',
    'payroll.cli.hrdLevy': 'HRD Corp levy {levy} (on levy wages of {wages}).',
    'payroll.cli.notPaid.noEntry': 'Not paid: {name} ({id}) has no wages entered for this month.',
    'payroll.cli.notPaid.nothingPaid': 'Not paid: {name} ({id}) has nothing to pay this month.',
    'payroll.cli.refused': 'The month was not computed: {count, plural, one {# employee} other {# employees}} cannot be paid as entered (see above).',
    'payroll.cli.finalised': '{month, month} is finalised: {employees, plural, one {# employee} other {# employees}} paid, net pay {net}. Its pay can no longer be edited.',
    'payroll.cli.unlocked': '{month, month} is unlocked (reason: {reason}). Its pay can be edited again; finalise it again once paid.',
    'payroll.cli.corrected': 'Correction recorded: {amount} short in {forMonth, month}, paid in {paidMonth, month}.',
  },
  ms: {
    'payroll.warning.belowMinimumWage':
      'Gaji pokok {basic} kurang daripada gaji minimum {minimum} sebulan yang berkuat kuasa bagi bulan ini ({source}). Semak jumlahnya; Caruman tetap membayar apa yang anda masukkan.',
    'payroll.warning.earlierMonthsOpen':
      'Bulan-bulan terdahulu tahun ini belum dimuktamadkan: {months, months}. PCB bagi {month, month} hanya mengira bulan yang telah dimuktamadkan dalam jumlah setakat ini, jadi muktamadkan bulan-bulan itu dahulu (mengikut turutan) setelah gajinya dibayar.',
    'payroll.error.netNegative':
      'Gaji bersih {name} ({id}) bagi {month, month} akan menjadi kurang daripada sifar: potongan sebanyak {deductions} melebihi gaji kasar {gross} sebanyak {short}. Kurangkan pendahuluan gaji, bayaran balik pinjaman, potongan lain atau zakat bagi bulan ini (atau agihkan ke bulan-bulan berikutnya), atau semak butiran gaji.',
    'payroll.error.amount': 'Bukan jumlah yang boleh digunakan oleh Caruman: {value}. Jumlah mestilah sen penuh dari 0 hingga RM10,000,000.',
    'payroll.error.monthFinalised':
      '{month, month} telah dimuktamadkan (telah dibayar; dimuktamadkan pada {finalisedAt, date}), jadi gajinya tidak boleh diubah lagi. Untuk membayar kekurangan, masukkan pembetulan yang dibayar pada bulan kemudian (`caruman payroll correct`); untuk mengubah bulan itu sendiri, buka kuncinya dahulu dengan sebab (`caruman payroll unlock`).',
    'payroll.error.finaliseFuture': '{month, month} belum bermula. Sesuatu bulan dimuktamadkan setelah gajinya dibayar.',
    'payroll.error.alreadyFinalised': '{month, month} telah pun dimuktamadkan.',
    'payroll.error.earlierMonthsOpen':
      '{month, month} tidak boleh dimuktamadkan sebelum bulan-bulan terdahulu tahun yang sama yang ada gaji: {months, months}. Muktamadkan bulan-bulan itu dahulu, mengikut turutan, supaya PCB setiap bulan mengira bulan-bulan sebelumnya seperti yang dibayar.',
    'payroll.error.refusalsBlockFinalise':
      '{month, month} tidak boleh dimuktamadkan: gaji {count} pekerja tidak boleh dibayar seperti yang dimasukkan: {names}. Ubah potongan atau butiran gaji mereka dahulu.',
    'payroll.error.nothingToFinalise': 'Tiada sesiapa dibayar gaji bagi {month, month}: masukkan gaji bulan itu sebelum memuktamadkannya.',
    'payroll.error.notFinalised': '{month, month} belum dimuktamadkan, jadi tiada apa untuk dibuka kunci.',
    'payroll.error.unlockLaterFinalised':
      '{month, month} tidak boleh dibuka kunci selagi bulan-bulan kemudian tahun yang sama telah dimuktamadkan ({months, months}): PCB bulan-bulan itu mengira bulan ini seperti yang dibayar. Buka kunci bulan yang terkini dahulu.',
    'payroll.error.unlockHasCorrections':
      '{month, month} mempunyai {count} pembetulan yang dibayar pada bulan kemudian. Buang pembetulan itu sebelum membuka kunci bulan ini, atau biarkan bulan ini muktamad dan tambah pembetulan lain.',
    'payroll.error.unlockReason': 'Nyatakan sebab bulan ini dibuka kunci (3 hingga 500 aksara): ia disimpan dalam sejarah perubahan.',
    'payroll.error.correctionPaidBefore': 'Pembetulan bagi {forMonth, month} mesti dibayar pada bulan kemudian, bukan pada {paidMonth, month}.',
    'payroll.error.correctionMonthOpen': '{month, month} belum dimuktamadkan: ubah terus gajinya dan bukan memasukkan pembetulan.',
    'payroll.error.correctionNotEmployed': '{name} tidak bekerja pada {month, month}.',
    'payroll.error.correctionNotFound': 'Pembetulan ini tidak wujud (lagi).',
    'payroll.error.correctionReason': 'Nyatakan tujuan pembetulan ini (3 hingga 500 aksara).',
    'payroll.error.correctionAmount':
      'Pembetulan membayar kekurangan: jumlah melebihi sifar. Lebihan bayaran dipulihkan dengan “potongan lain” pada bulan kemudian.',
    'payroll.unlock.filesGenerated':
      'Fail telah pun dijana bagi {month, month}: {files}. Selepas mengubah bulan itu, jana semula fail tersebut; apa yang telah dimuat naik mesti dibetulkan di portal (bagi PERKESO dan SIP, skrin tunggakan ASSIST).',
    'payroll.unlock.receiptsFiled':
      '{count} resit telah pun difailkan bagi {month, month} ({receipts}): apa yang telah dibayar kekal dibayar, jadi sebarang perubahan bermakna tunggakan atau tuntutan bayaran balik dengan agensi berkenaan.',
    'payroll.unlock.nothingFiled': 'Belum ada apa-apa yang dijana atau difailkan bagi {month, month}.',
    'payroll.cli.column.idNumber': 'No. KP',
    'payroll.cli.column.name': 'Nama',
    'payroll.cli.column.gross': 'Kasar',
    'payroll.cli.column.epf_employee': 'KWSP',
    'payroll.cli.column.socso_employee': 'PERKESO',
    'payroll.cli.column.eis_employee': 'SIP',
    'payroll.cli.column.lindung_employee': 'LINDUNG',
    'payroll.cli.column.pcb': 'PCB',
    'payroll.cli.column.zakat': 'Zakat',
    'payroll.cli.column.other_deductions': 'Potongan lain',
    'payroll.cli.column.net': 'Gaji bersih',
    'payroll.cli.column.epf_employer': 'KWSP (majikan)',
    'payroll.cli.column.socso_employer': 'PERKESO (majikan)',
    'payroll.cli.column.eis_employer': 'SIP (majikan)',
    'payroll.cli.total': 'Jumlah ({count} pekerja)',
    'payroll.paymentList.name': 'Nama',
    'payroll.paymentList.idNumber': 'No. kad pengenalan',
    'payroll.paymentList.bank': 'Bank',
    'payroll.paymentList.account': 'No. akaun',
    'payroll.paymentList.amount': 'Amaun (RM)',
    'payroll.paymentList.reference': 'Rujukan',
    'payroll.paymentList.total': 'Jumlah ({count} pekerja)',
    'payroll.paymentList.refusals':
      'Tiada senarai bayaran dibuat bagi {month, month}: gaji {count} pekerja tidak boleh dibayar seperti yang dimasukkan ({names}). Ubah potongan atau butiran gaji mereka dahulu.',
    'payroll.cli.open': '{month, month} masih terbuka: ia masih boleh berubah. Muktamadkannya setelah gaji dibayar (`caruman payroll finalise`).',
    'payroll.cli.finalisedOn': '{month, month} dimuktamadkan pada {date, date}: inilah angka seperti yang dibayar.',
    'payroll.cli.payable': 'Untuk dibayar: KWSP {kwsp}, PERKESO {perkeso}, LHDN {lhdn}; gaji bersih kepada pekerja {net}.',
    'payroll.cli.hrdLevy': 'Levi HRD Corp {levy} (atas gaji levi sebanyak {wages}).',
    'payroll.cli.notPaid.noEntry': 'Tidak dibayar: {name} ({id}) tiada gaji dimasukkan bagi bulan ini.',
    'payroll.cli.notPaid.nothingPaid': 'Tidak dibayar: {name} ({id}) tiada apa-apa untuk dibayar bulan ini.',
    'payroll.cli.refused': 'Bulan ini tidak dikira: {count} pekerja tidak boleh dibayar seperti yang dimasukkan (lihat di atas).',
    'payroll.cli.finalised': '{month, month} telah dimuktamadkan: {employees} pekerja dibayar, gaji bersih {net}. Gajinya tidak boleh disunting lagi.',
    'payroll.cli.unlocked': '{month, month} telah dibuka kunci (sebab: {reason}). Gajinya boleh disunting semula; muktamadkan semula setelah dibayar.',
    'payroll.cli.corrected': 'Pembetulan direkodkan: kekurangan {amount} bagi {forMonth, month}, dibayar pada {paidMonth, month}.',
  },
});

export type PayrollMessageKey = keyof typeof payroll.en;
