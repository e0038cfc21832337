// The pay run: gross to net, Employment Act helpers, the minimum wage.
import { defineMessages } from '../define';

export const payroll = defineMessages({
  en: {
    'payroll.warning.belowMinimumWage':
      'Basic pay {basic} is below the minimum wage of {minimum} a month in force for this month ({source}). Check the amount; Caruman still pays what you enter.',
    'payroll.error.netNegative':
      'The net pay of {name} ({id}) for {month} would be below zero: deductions of {deductions} are more than the gross pay of {gross}, by {short}. Lower the salary advance, loan repayment, other deduction or zakat for this month (or spread them over later months), or check the pay items.',
    'payroll.error.amount': 'Not an amount Caruman can use: {value}. Amounts are whole sen from 0 to RM10,000,000.',
  },
  ms: {
    'payroll.warning.belowMinimumWage':
      'Gaji pokok {basic} kurang daripada gaji minimum {minimum} sebulan yang berkuat kuasa bagi bulan ini ({source}). Semak jumlahnya; Caruman tetap membayar apa yang anda masukkan.',
    'payroll.error.netNegative':
      'Gaji bersih {name} ({id}) bagi {month} akan menjadi kurang daripada sifar: potongan sebanyak {deductions} melebihi gaji kasar {gross} sebanyak {short}. Kurangkan pendahuluan gaji, bayaran balik pinjaman, potongan lain atau zakat bagi bulan ini (atau agihkan ke bulan-bulan berikutnya), atau semak butiran gaji.',
    'payroll.error.amount': 'Bukan jumlah yang boleh digunakan oleh Caruman: {value}. Jumlah mestilah sen penuh dari 0 hingga RM10,000,000.',
  },
});

export type PayrollMessageKey = keyof typeof payroll.en;
