// The pay run: gross to net, Employment Act helpers, the minimum wage.
import { defineMessages } from '../define';

export const payroll = defineMessages({
  en: {
    'payroll.warning.belowMinimumWage':
      'Basic pay {basic} is below the minimum wage of {minimum} a month in force for this month ({source}). Check the amount; Caruman still pays what you enter.',
  },
  ms: {
    'payroll.warning.belowMinimumWage':
      'Gaji pokok {basic} kurang daripada gaji minimum {minimum} sebulan yang berkuat kuasa bagi bulan ini ({source}). Semak jumlahnya; Caruman tetap membayar apa yang anda masukkan.',
  },
});
