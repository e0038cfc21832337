// How many employee-month EPF calculations the engine does per second on one core (goal: 5,000,000).
// A realistic mix: every edition, every status, ages around 60 and 75, the keep-11 % election,
// bonus months, wages from nothing through every band to above RM20,000.
import { calculateEpf, type EpfInput, type EpfPerson } from '../../shared/epf';
import { reportFigure, median } from './figures';

const MONTHS = [
  '2016-08',
  '2018-05',
  '2019-07',
  '2020-09',
  '2021-11',
  '2023-02',
  '2025-09',
  '2025-12',
  '2027-04',
];
const PEOPLE: EpfPerson[] = [
  { dateOfBirth: '1990-03-14', status: 'citizen', keep11Percent: false, foreignDomesticServant: false },
  { dateOfBirth: '1962-07-01', status: 'citizen', keep11Percent: false, foreignDomesticServant: false },
  { dateOfBirth: '1985-06-20', status: 'citizen', keep11Percent: true, foreignDomesticServant: false },
  { dateOfBirth: '1970-11-30', status: 'pr', keep11Percent: false, foreignDomesticServant: false },
  { dateOfBirth: null, status: 'pre1998', keep11Percent: false, foreignDomesticServant: false },
  { dateOfBirth: '1999-11-30', status: 'foreign', keep11Percent: false, foreignDomesticServant: false },
  {
    dateOfBirth: '1995-01-05',
    status: 'foreign_elected',
    keep11Percent: false,
    foreignDomesticServant: false,
  },
  { dateOfBirth: '1992-04-10', status: 'foreign', keep11Percent: false, foreignDomesticServant: true },
  { dateOfBirth: '1950-02-01', status: 'citizen', keep11Percent: false, foreignDomesticServant: false },
];

// Prepared once, like rows read from a database: the loop measures the engine, not input building.
const inputs: EpfInput[] = [];
for (let i = 0; i < 4096; i++) {
  inputs.push({
    wageMonth: MONTHS[i % MONTHS.length] as string,
    wagesSen: (i * 7919) % 2_500_000,
    bonusSen: i % 11 === 0 ? (i * 131) % 600_000 : 0,
    person: PEOPLE[i % PEOPLE.length] as EpfPerson,
  });
}

function run(iterations: number): number {
  let checksum = 0;
  for (let i = 0; i < iterations; i++) {
    const r = calculateEpf(inputs[i & 4095] as EpfInput);
    checksum += r.employerSen + r.employeeSen;
  }
  return checksum;
}

run(300_000); // warm up the JIT (and load every table used)
const rounds: number[] = [];
let checksum = 0;
for (let round = 0; round < 7; round++) {
  const iterations = 2_000_000;
  const start = performance.now();
  checksum += run(iterations);
  rounds.push(iterations / ((performance.now() - start) / 1000));
}
const perSecond = Math.round(median(rounds));
console.log(
  `epf: ${perSecond.toLocaleString('en-US')} employee-month calculations/s (one core, median of 7 × 2,000,000; checksum ${checksum})`,
);
reportFigure('epf_calcs_per_s', perSecond);
