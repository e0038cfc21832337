// How many PCB calculations (one employee, one month) the tax engine does per second on one core.
// A realistic mix: every year of assessment, every month, the three categories, children of each
// kind, EPF below and at the RM4,000 cap, TP1 claims, zakat, bonus months and non-residents.
import { calculatePcb, type PcbInput } from '../../shared/tax';
import { reportFigure } from './figures';

// Prepared once, like a pay run's rows read from the database: the loop measures the engine.
const inputs: PcbInput[] = [];
for (let i = 0; i < 4096; i++) {
  const month = (i % 12) + 1;
  const monthlySen = 150_000 + ((i * 7919) % 2_500_000); // RM1,500 to RM26,500
  const epfSen = Math.floor((monthlySen * 11) / 100);
  const before = month - 1;
  const bonus = i % 7 === 0;
  inputs.push({
    yearOfAssessment: 2019 + (i % 8),
    month,
    employee: {
      resident: i % 23 !== 0,
      category: ((i % 3) + 1) as 1 | 2 | 3,
      disabled: i % 31 === 0,
      spouseDisabled: i % 37 === 0,
      children: { qualifying: i % 4, higherEducation: i % 5 === 0 ? 1 : 0, disabled: i % 41 === 0 ? 1 : 0, disabledHigherEducation: 0 },
    },
    yearToDate: {
      sumYSen: monthlySen * before,
      sumKSen: epfSen * before,
      xSen: Math.floor(monthlySen / 20) * before,
      zSen: i % 9 === 0 ? 5_000 * before : 0,
      sumLpSen: i % 5 === 0 ? 20_000 * before : 0,
    },
    current: {
      y1Sen: monthlySen,
      k1Sen: epfSen,
      lp1Sen: i % 5 === 0 ? 20_000 : 0,
      ytSen: bonus ? monthlySen * 2 : 0,
      ktSen: bonus ? epfSen * 2 : 0,
      zakatSen: i % 9 === 0 ? 5_000 : 0,
    },
  });
}

function run(iterations: number): number {
  let checksum = 0;
  for (let i = 0; i < iterations; i++) checksum += calculatePcb(inputs[i & 4095] as PcbInput).pcbSen;
  return checksum;
}

run(200_000); // warm up the JIT
const rounds: number[] = [];
let checksum = 0;
for (let round = 0; round < 5; round++) {
  const iterations = 1_000_000;
  const start = performance.now();
  checksum += run(iterations);
  rounds.push(iterations / ((performance.now() - start) / 1000));
}
rounds.sort((a, b) => a - b);
const median = Math.round(rounds[2] as number);
console.log(`pcb: ${median.toLocaleString('en-US')} PCB calculations/s (one core, median of 5 × 1,000,000; checksum ${checksum})`);
reportFigure('pcb_calcs_per_s', median);
