// Reads any Form A text file (Caruman's or another program's) and lists what i-Akaun would refuse
// or what looks wrong — record order, lengths, fields, header and trailer totals and counts, the
// hash total, and the amounts against the Third Schedule — each with its line and column. Pure.
import { isIsoDate, isRealDay, monthFromIndex, tryMonthIndex } from '../../calendar';
import { formatRinggit } from '../../money/sen';
import { FIRST_SUPPORTED_WAGE_MONTH } from '../rules';
import { amountsCheckable, checkMemberAmounts } from './check-amounts';
import { detectFormA, splitFormALines } from './check-lines';
import type {
  FormACheckInput,
  FormACheckResult,
  FormACheckedMember,
  FormAProblem,
  FormAProblemSink,
} from './check-types';
import { FORM_A_LAYOUTS, type FormAField, type FormARecordLayout, type FormARecordType } from './layout';
import { readFormARecord } from './record';

export * from './check-types';
export { detectFormA } from './check-lines';

interface Summary {
  line: number;
  employerSen: number | null;
  employeeSen: number | null;
  hashTotal: bigint | null;
  count?: number | null;
}

export function checkFormAFile(input: FormACheckInput): FormACheckResult {
  const problems: FormAProblem[] = [];
  const problem: FormAProblemSink = (line, column, key, params, severity = 'error') =>
    problems.push({ line, column, key, params, severity });
  const format = detectFormA(input.bytes);
  const result: FormACheckResult = {
    format,
    employerNumber: null,
    contributionMonth: null,
    wageMonth: null,
    fileDate: null,
    members: [],
    totals: { records: 0, employerSen: 0, employeeSen: 0, wagesSen: 0 },
    problems,
    errors: 0,
    warnings: 0,
  };
  if (format === 'bank') problem(1, 1, 'epf.formA.check.bankFormat', {});
  else checkRecords(input, result, problem);
  problems.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  result.errors = problems.filter((p) => p.severity === 'error').length;
  result.warnings = problems.length - result.errors;
  return result;
}

function checkRecords(input: FormACheckInput, result: FormACheckResult, problem: FormAProblemSink): void {
  const lines = splitFormALines(input.bytes, problem);
  if (lines.length === 0) {
    problem(0, null, 'epf.formA.check.emptyFile', {});
    return;
  }
  const seen = new Map<FormARecordType, number>();
  let header: Summary | null = null;
  let trailer: Summary | null = null;
  let wageMonthCheckable = false;
  let hash = 0n;
  const memberLines = new Map<string, number>();
  const idLines = new Map<string, number>();
  const todayIndex = isIsoDate(input.today) ? tryMonthIndex(input.today.slice(0, 7)) : null;
  const context = input.context;

  for (const { number: n, text } of lines) {
    if (text === '') {
      problem(n, 1, 'epf.formA.check.emptyLine', {});
      continue;
    }
    const type = text.slice(0, 2) as FormARecordType;
    const layout = FORM_A_LAYOUTS[type] as FormARecordLayout | undefined;
    if (!layout) {
      problem(n, 1, 'epf.formA.check.unknownRecord', { type: text.slice(0, 2) });
      continue;
    }
    // Order: 00, 01, then 02s, then 99 last.
    const first = seen.get(type);
    if (n === lines[0]?.number && type !== '00') problem(n, 1, 'epf.formA.check.firstNotHeader', { type });
    if (first !== undefined && type !== '02')
      problem(n, 1, 'epf.formA.check.duplicateRecord', { type, first });
    if (type === '01' && !seen.has('00') && n !== lines[0]?.number)
      problem(n, 1, 'epf.formA.check.employerBeforeHeader', {});
    if (type === '02' && !seen.has('01')) problem(n, 1, 'epf.formA.check.memberBeforeEmployer', {});
    if (seen.has('99') && (type !== '99' || first !== undefined))
      problem(n, 1, 'epf.formA.check.afterTrailer', { type, trailer: seen.get('99') as number });
    if (first === undefined) seen.set(type, n);

    if (!lengthOk(layout, text, n, problem)) continue;
    const fields = new Map(
      readFormARecord(layout, text.padEnd(layout.length, ' ')).map((f) => [f.field.name, f]),
    );
    const value = (name: string) => fields.get(name)?.raw ?? '';
    const numbers = new Map<string, string | null>();
    for (const { field, raw } of fields.values()) {
      const checked = checkField(field, raw, n, problem);
      if (field.kind === 'numeric') numbers.set(field.name, checked);
    }
    const num = (name: string): number | null => {
      const digits = numbers.get(name);
      return digits === null || digits === undefined ? null : Number(digits);
    };
    const big = (name: string): bigint | null => {
      const digits = numbers.get(name);
      return digits === null || digits === undefined ? null : BigInt(digits);
    };

    switch (type) {
      case '00': {
        header = {
          line: n,
          employerSen: num('totalEmployerSen'),
          employeeSen: num('totalEmployeeSen'),
          hashTotal: big('hashTotal'),
        };
        const date = value('fileDate');
        if (
          /^\d{8}$/.test(date) &&
          isRealDay(Number(date.slice(0, 4)), Number(date.slice(4, 6)), Number(date.slice(6, 8)))
        ) {
          result.fileDate = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`;
          if (result.fileDate > input.today)
            problem(
              n,
              21,
              'epf.formA.check.fileDateFuture',
              { date: result.fileDate, today: input.today },
              'warning',
            );
        }
        break;
      }
      case '01': {
        const employer = numbers.get('employerNumber');
        if (employer !== null && employer !== undefined) {
          result.employerNumber = employer.replace(/^0+/, '');
          if (result.employerNumber === '') problem(n, 3, 'epf.formA.check.employerNumberMissing', {});
          else if (
            context?.employerNumber &&
            context.employerNumber.replace(/^0+/, '') !== result.employerNumber
          ) {
            problem(n, 3, 'epf.formA.check.employerNumberOther', {
              found: result.employerNumber,
              expected: context.employerNumber,
            });
          }
        }
        const month = value('contributionMonth');
        const m = /^(0[1-9]|1[0-2])(\d{4})$/.exec(month);
        if (m) {
          const index = Number(m[2]) * 12 + Number(m[1]) - 1;
          result.contributionMonth = monthFromIndex(index);
          result.wageMonth = monthFromIndex(index - 1);
          wageMonthCheckable = amountsCheckable(index - 1);
          // Not wrong in itself: Caruman only has no tables to check its amounts against.
          if (!wageMonthCheckable) {
            const params = {
              month: result.contributionMonth,
              wageMonth: result.wageMonth,
              first: FIRST_SUPPORTED_WAGE_MONTH,
            };
            problem(n, 22, 'epf.formA.check.monthTooEarly', params, 'warning');
          }
          if (todayIndex !== null && index > todayIndex + 1)
            problem(n, 22, 'epf.formA.check.futureMonth', {
              month: result.contributionMonth,
              wageMonth: result.wageMonth,
            });
        }
        break;
      }
      case '02': {
        const member: FormACheckedMember = {
          line: n,
          memberNumber: (numbers.get('memberNumber') ?? '').replace(/^0+/, ''),
          idNumber: value('idNumber').trim(),
          name: value('name').trim(),
          staffCode: value('staffCode').trim(),
          employerSen: num('employerSen'),
          employeeSen: num('employeeSen'),
          wagesSen: num('wagesSen'),
        };
        checkMember(
          member,
          numbers.get('memberNumber') ?? null,
          value('idNumber'),
          problem,
          memberLines,
          idLines,
        );
        if (numbers.get('memberNumber')) hash += BigInt(numbers.get('memberNumber') as string);
        result.members.push(member);
        result.totals.records += 1;
        result.totals.employerSen += member.employerSen ?? 0;
        result.totals.employeeSen += member.employeeSen ?? 0;
        result.totals.wagesSen += member.wagesSen ?? 0;
        const known = context ? context.lookup(member.memberNumber, member.idNumber, result.wageMonth) : null;
        if (context && !known)
          problem(
            n,
            3,
            'epf.formA.check.unknownMember',
            { memberNumber: member.memberNumber || '-', idNumber: member.idNumber },
            'warning',
          );
        const { employerSen, employeeSen, wagesSen } = member;
        if (
          wageMonthCheckable &&
          result.wageMonth &&
          employerSen !== null &&
          employeeSen !== null &&
          wagesSen !== null &&
          employerSen + employeeSen > 0
        ) {
          if (employerSen % 100 === 0 && employeeSen % 100 === 0 && wagesSen > 0) {
            checkMemberAmounts(
              n,
              97,
              result.wageMonth,
              { employerSen, employeeSen, wagesSen },
              known,
              problem,
            );
          }
        }
        break;
      }
      case '99':
        trailer = {
          line: n,
          employerSen: num('totalEmployerSen'),
          employeeSen: num('totalEmployeeSen'),
          hashTotal: big('hashTotal'),
          count: num('recordCount'),
        };
        break;
    }
  }

  if (!seen.has('01')) problem(0, null, 'epf.formA.check.missingRecord', { type: '01' });
  if (!seen.has('99')) problem(0, null, 'epf.formA.check.missingRecord', { type: '99' });
  if (result.members.length === 0) problem(0, null, 'epf.formA.check.noMembers', {});
  checkTotals(result, header, trailer, hash, problem);
}

/** False (with the problem) when a record's length leaves its fields unreadable. */
function lengthOk(layout: FormARecordLayout, text: string, n: number, problem: FormAProblemSink): boolean {
  if (text.length === layout.length) return true;
  const params = { type: layout.type, length: text.length, expected: layout.length };
  if (text.length > layout.length) {
    problem(n, layout.length + 1, 'epf.formA.check.tooLong', params);
    return false;
  }
  const filler = layout.fields.find((f) => f.kind === 'filler');
  if (filler && text.length >= filler.start - 1) {
    // Only trailing spaces are missing (some programs trim them): readable, but KWSP's length is 129.
    problem(n, text.length + 1, 'epf.formA.check.shortFiller', params, 'warning');
    return true;
  }
  problem(n, text.length + 1, 'epf.formA.check.tooShort', params);
  return false;
}

/** Checks a field's characters as declared; returns the digits of a numeric field, or null when it is not one. */
function checkField(field: FormAField, raw: string, n: number, problem: FormAProblemSink): string | null {
  const col = field.start;
  const where = { field: field.name, from: field.start, to: field.start + field.length - 1 };
  switch (field.kind) {
    case 'constant':
      if (raw !== field.value && field.name !== 'recordType') {
        problem(
          n,
          col,
          'epf.formA.check.constant',
          { ...where, found: raw, expected: field.value as string },
          field.confidence === 'UNCONFIRMED' ? 'warning' : 'error',
        );
      }
      return null;
    case 'numeric': {
      const bad = [...raw].findIndex((c) => c < '0' || c > '9');
      if (bad >= 0) {
        problem(n, col + bad, 'epf.formA.check.notNumeric', { ...where, value: raw.trim() });
        return null;
      }
      return raw;
    }
    case 'date':
      if (
        !/^\d{8}$/.test(raw) ||
        !isRealDay(Number(raw.slice(0, 4)), Number(raw.slice(4, 6)), Number(raw.slice(6, 8)))
      ) {
        problem(n, col, 'epf.formA.check.badDate', { value: raw.trim() });
      }
      return null;
    case 'month':
      if (!/^(0[1-9]|1[0-2])\d{4}$/.test(raw))
        problem(n, col, 'epf.formA.check.badMonth', { value: raw.trim() });
      return null;
    case 'filler':
      if (raw.trim() !== '')
        problem(n, col + raw.search(/\S/), 'epf.formA.check.fillerNotBlank', where, 'warning');
      return null;
    case 'alnum':
      if (raw.trim() !== '' && raw.startsWith(' '))
        problem(n, col, 'epf.formA.check.leadingSpace', where, 'warning');
      return null;
  }
}

function checkMember(
  m: FormACheckedMember,
  memberDigits: string | null,
  idRaw: string,
  problem: FormAProblemSink,
  memberLines: Map<string, number>,
  idLines: Map<string, number>,
): void {
  const n = m.line;
  if (memberDigits !== null && m.memberNumber === '')
    problem(n, 3, 'epf.formA.check.memberNumberZero', { name: m.name }, 'warning');
  if (m.memberNumber !== '') {
    const first = memberLines.get(m.memberNumber);
    if (first !== undefined)
      problem(n, 3, 'epf.formA.check.duplicateMember', { value: m.memberNumber, first });
    else memberLines.set(m.memberNumber, n);
  }
  if (m.idNumber === '') problem(n, 22, 'epf.formA.check.idBlank', {});
  else {
    if (m.idNumber.includes('-'))
      problem(n, 22 + idRaw.indexOf('-'), 'epf.formA.check.idDash', { value: m.idNumber });
    else if (!/^[A-Z0-9]+$/.test(m.idNumber))
      problem(n, 22, 'epf.formA.check.idCharacters', { value: m.idNumber });
    else if (/^[0-9]+$/.test(m.idNumber) && m.idNumber.length !== 12)
      problem(n, 22, 'epf.formA.check.idNotMyKad', { value: m.idNumber }, 'warning');
    const first = idLines.get(m.idNumber);
    if (first !== undefined) problem(n, 22, 'epf.formA.check.duplicateId', { value: m.idNumber, first });
    else idLines.set(m.idNumber, n);
  }
  if (m.name === '') problem(n, 37, 'epf.formA.check.nameBlank', {});
  else if (/[a-z]/.test(m.name))
    problem(n, 37, 'epf.formA.check.nameLowercase', { value: m.name }, 'warning');
  const { employerSen, employeeSen, wagesSen } = m;
  for (const [amount, column] of [
    [employerSen, 97],
    [employeeSen, 106],
  ] as const) {
    if (amount !== null && amount % 100 !== 0)
      problem(n, column, 'epf.formA.check.notWholeRinggit', { found: formatRinggit(amount) });
  }
  if (employerSen === 0 && employeeSen === 0)
    problem(n, 97, 'epf.formA.check.noContribution', { name: m.name }, 'warning');
  else if (wagesSen === 0 && employerSen !== null && employeeSen !== null)
    problem(n, 115, 'epf.formA.check.wagesZero', { name: m.name }, 'warning');
}

/** Header and trailer against the details: totals, count and hash totals. */
function checkTotals(
  result: FormACheckResult,
  header: Summary | null,
  trailer: Summary | null,
  hash: bigint,
  problem: FormAProblemSink,
): void {
  const { totals } = result;
  const compare = (
    where: Summary,
    column: number,
    which: 'employer' | 'employee',
    found: number | null,
    expected: number,
  ) => {
    if (found !== null && found !== expected) {
      const key =
        where === header
          ? (`epf.formA.check.headerTotal.${which}` as const)
          : (`epf.formA.check.trailerTotal.${which}` as const);
      problem(where.line, column, key, { found: formatRinggit(found), expected: formatRinggit(expected) });
    }
  };
  if (header) {
    compare(header, 34, 'employer', header.employerSen, totals.employerSen);
    compare(header, 49, 'employee', header.employeeSen, totals.employeeSen);
    // UNCONFIRMED meaning (§4.2): a different hash total in the header is only a warning.
    if (header.hashTotal !== null && header.hashTotal !== hash)
      problem(
        header.line,
        64,
        'epf.formA.check.headerHash',
        { found: header.hashTotal.toString(), expected: hash.toString() },
        'warning',
      );
  }
  if (trailer) {
    if (trailer.count !== null && trailer.count !== undefined && trailer.count !== totals.records) {
      problem(trailer.line, 3, 'epf.formA.check.trailerCount', {
        found: trailer.count,
        expected: totals.records,
      });
    }
    compare(trailer, 10, 'employer', trailer.employerSen, totals.employerSen);
    compare(trailer, 25, 'employee', trailer.employeeSen, totals.employeeSen);
    if (trailer.hashTotal !== null && trailer.hashTotal !== hash) {
      // [GH-ODOO] writes the total contributions here: recognised, and only a warning.
      const contributions = BigInt(totals.employerSen + totals.employeeSen);
      if (trailer.hashTotal === contributions && hash !== contributions)
        problem(
          trailer.line,
          40,
          'epf.formA.check.hashIsContributions',
          { found: trailer.hashTotal.toString(), expected: hash.toString() },
          'warning',
        );
      else
        problem(trailer.line, 40, 'epf.formA.check.trailerHash', {
          found: trailer.hashTotal.toString(),
          expected: hash.toString(),
        });
    }
  }
}
