// The Form A checker's amount test: a member's shares against the Third Schedule for the wages in
// the file, through the engine itself. A known employee is checked against their own part; anyone
// else against every part the month has (the file does not say which part a member is in).
import { formatRinggit } from '../../money/sen';
import { calculateEpf, type EpfResult } from '../calculate';
import type { EpfPerson } from '../person';
import { BONUS_RULE, RULE_MONTH } from '../rules';
import type { FormAKnownMember, FormAProblemSink } from './check-types';

interface Pair {
  employerSen: number;
  employeeSen: number;
}

const PERSON: EpfPerson = {
  dateOfBirth: null,
  status: 'citizen',
  keep11Percent: false,
  foreignDomesticServant: false,
};

/**
 * The shares for these wages and this person, with and without the bonus rule (E5): a file says
 * only the month's total wages, so a bonus month of a Part A member pays 13 % on the total.
 */
function acceptedFor(
  wageMonth: string,
  wagesSen: number,
  person: EpfPerson,
): { plain: EpfResult; pairs: Pair[] } {
  const plain = calculateEpf({ wageMonth, wagesSen, bonusSen: 0, person });
  const pairs: Pair[] = [plain];
  if (plain.part === BONUS_RULE.part && wagesSen > BONUS_RULE.normalWagesUpToSen) {
    const normal = BONUS_RULE.normalWagesUpToSen;
    pairs.push(calculateEpf({ wageMonth, wagesSen: normal, bonusSen: wagesSen - normal, person }));
  }
  return { plain, pairs };
}

const same = (a: Pair, b: Pair) => a.employerSen === b.employerSen && a.employeeSen === b.employeeSen;

/** Someone of each part (and keeping 11 % where it can apply), born so that the age lands inside the part. */
function everyone(wageMonth: string): EpfPerson[] {
  const year = Number(wageMonth.slice(0, 4));
  const young = `${year - 30}-01-01`;
  const old = `${year - 65}-01-01`;
  return [
    { ...PERSON, dateOfBirth: young },
    { ...PERSON, dateOfBirth: young, keep11Percent: true },
    { ...PERSON, dateOfBirth: old },
    { ...PERSON, dateOfBirth: old, status: 'pr' },
    { ...PERSON, dateOfBirth: young, status: 'foreign_elected' },
    { ...PERSON, dateOfBirth: young, status: 'foreign_elected', keep11Percent: true },
    { ...PERSON, dateOfBirth: old, status: 'foreign_elected' },
  ];
}

const candidates = new Map<string, Pair[]>();
function anyPart(wageMonth: string, wagesSen: number): Pair[] {
  const key = `${wageMonth} ${wagesSen}`;
  let found = candidates.get(key);
  if (!found) {
    found = everyone(wageMonth).flatMap((person) => acceptedFor(wageMonth, wagesSen, person).pairs);
    if (candidates.size > 10_000) candidates.clear();
    candidates.set(key, found);
  }
  return found;
}

/** Checks one 02 record's shares; `column` is where the employer share starts. */
export function checkMemberAmounts(
  line: number,
  column: number,
  wageMonth: string,
  found: Pair & { wagesSen: number },
  known: FormAKnownMember | null,
  problem: FormAProblemSink,
): void {
  const shown = {
    employer: formatRinggit(found.employerSen),
    employee: formatRinggit(found.employeeSen),
    wages: formatRinggit(found.wagesSen),
    month: wageMonth,
  };
  if (known) {
    let accepted: { plain: EpfResult; pairs: Pair[] };
    try {
      accepted = acceptedFor(wageMonth, found.wagesSen, known.person);
    } catch {
      return; // the record's facts cannot be calculated (say, a date of birth after the month): nothing to compare
    }
    if (accepted.pairs.some((p) => same(p, found))) return;
    const expected = accepted.plain;
    const params = {
      ...shown,
      name: known.name,
      part: expected.part,
      expectedEmployer: formatRinggit(expected.employerSen),
      expectedEmployee: formatRinggit(expected.employeeSen),
    };
    if (found.employerSen >= expected.employerSen && found.employeeSen >= expected.employeeSen)
      problem(line, column, 'epf.formA.check.amountAbove', params, 'warning');
    else problem(line, column, 'epf.formA.check.amountBelow', params);
    return;
  }
  if (!anyPart(wageMonth, found.wagesSen).some((p) => same(p, found)))
    problem(line, column, 'epf.formA.check.amountNoPart', shown, 'warning');
}

/** True when amounts can be checked for this wage month index (Caruman's tables start in 2016-03). */
export function amountsCheckable(wageMonthIndex: number): boolean {
  return wageMonthIndex >= RULE_MONTH.firstSupported;
}
