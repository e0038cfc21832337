// How many employee-month calculations the statutory engine does per second on one core.
// A realistic mix: every period, both categories, foreign and local, all wage bands and the ceiling.
import { calculateContributions, type ContributionInput } from '../../shared/statutory';
import { reportFigure } from './figures';

const MONTHS = ['2017-03', '2019-07', '2021-11', '2023-02', '2024-11', '2026-08', '2029-01', '2032-05'];
// Full records, as an employee row from the database would be.
const base = { domesticWorker: false, firstInsuredAt55: false, noEisBefore57: false, invalidityPensioner: false, paysLindung: true, overrides: null };
const PEOPLE: ContributionInput['person'][] = [
  { ...base, dateOfBirth: '1990-03-14', nationality: 'citizen' },
  { ...base, dateOfBirth: '1962-07-01', nationality: 'pr', noEisBefore57: true },
  { ...base, dateOfBirth: '1999-11-30', nationality: 'foreign' },
  { ...base, dateOfBirth: null, nationality: 'temporary', paysLindung: false },
  { ...base, dateOfBirth: '1968-01-05', nationality: 'citizen', firstInsuredAt55: true, domesticWorker: true },
  { ...base, dateOfBirth: '1985-06-20', nationality: 'citizen', overrides: { category: { value: 2, reason: 'invalidity pensioner' } } },
];

// Prepared once, like rows read from a database: the loop measures the engine, not input building.
const inputs: ContributionInput[] = [];
for (let i = 0; i < 4096; i++) {
  inputs.push({
    month: MONTHS[i % MONTHS.length] as string,
    wagesSen: (i * 7919) % 800_000,
    person: PEOPLE[i % PEOPLE.length] as ContributionInput['person'],
  });
}

function run(iterations: number): number {
  let checksum = 0;
  for (let i = 0; i < iterations; i++) checksum += calculateContributions(inputs[i & 4095] as ContributionInput).totals.totalSen;
  return checksum;
}

run(200_000); // warm up the JIT
const rounds: number[] = [];
// Per second of this process's CPU time too: on a shared machine the wall clock also counts the
// time other work held the core (the figure reported is still the wall-clock one).
const cpuRounds: number[] = [];
let checksum = 0;
for (let round = 0; round < 5; round++) {
  const iterations = 1_000_000;
  const cpu = process.cpuUsage();
  const start = performance.now();
  checksum += run(iterations);
  rounds.push(iterations / ((performance.now() - start) / 1000));
  const used = process.cpuUsage(cpu);
  cpuRounds.push(iterations / ((used.user + used.system) / 1e6));
}
rounds.sort((a, b) => a - b);
cpuRounds.sort((a, b) => a - b);
const median = Math.round(rounds[2] as number);
const perCpuSecond = Math.round(cpuRounds[2] as number).toLocaleString('en-US');
console.log(`statutory: ${median.toLocaleString('en-US')} employee-month calculations/s (one core, median of 5 × 1,000,000; ${perCpuSecond} per CPU-second; checksum ${checksum})`);
reportFigure('statutory_calcs_per_s', median);
