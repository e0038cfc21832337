// The Form A file of a month, byte for byte against the file built by hand in tests/fixtures/epf
// (see its README): the shares come from calculateEpf, the file from buildFormAFile. Then the
// checker: it passes the golden file, and finds a planted error of each kind on its line.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { calculateEpf, type EpfPerson } from '../../../shared/epf';
import {
  buildFormAFile,
  checkFormAFile,
  type FormACheckContext,
  type FormAMember,
} from '../../../shared/epf/form-a';
import { translate } from '../../../shared/i18n/catalog';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/epf/EPF_23456789_082026.txt');
const golden = fs.readFileSync(FIXTURE, 'latin1');

const person = (
  status: EpfPerson['status'],
  dateOfBirth: string | null,
  foreignDomesticServant = false,
): EpfPerson => ({
  dateOfBirth,
  status,
  keep11Percent: false,
  foreignDomesticServant,
});

const STAFF = [
  {
    memberNumber: '12345678',
    idNumber: '900314-14-5671',
    name: 'Ali bin Abu',
    staffCode: '001',
    person: person('citizen', '1990-03-14'),
    wagesSen: 298_500,
    bonusSen: 0,
  },
  {
    memberNumber: '2345 6789',
    idNumber: '950520-10-5682',
    name: 'Siti Nurhaliza binti Tarudin',
    staffCode: '002',
    person: person('citizen', '1995-05-20'),
    wagesSen: 300_000,
    bonusSen: 250_000,
  },
  {
    memberNumber: '34567890',
    idNumber: '640510075213',
    name: 'Tan Ah Kow',
    staffCode: '003',
    person: person('citizen', '1964-05-10'),
    wagesSen: 300_000,
    bonusSen: 0,
  },
  {
    memberNumber: null,
    idNumber: 'A12345678',
    name: 'Rahim Uddin',
    staffCode: '004',
    person: person('foreign', '1993-02-02'),
    wagesSen: 180_000,
    bonusSen: 0,
  },
  {
    memberNumber: '45678901',
    idNumber: '700805105436',
    name: 'Lim Mei Ling',
    staffCode: '005',
    person: person('pr', '1970-08-05'),
    wagesSen: 2_500_000,
    bonusSen: 0,
  },
  {
    memberNumber: '56789012',
    idNumber: '930303145671',
    name: 'Ahmad Zero',
    staffCode: '006',
    person: person('citizen', '1993-03-03'),
    wagesSen: 0,
    bonusSen: 0,
  },
  {
    memberNumber: null,
    idNumber: 'P9876543',
    name: 'Mary Santos',
    staffCode: '007',
    person: person('foreign', '1988-08-08', true),
    wagesSen: 150_000,
    bonusSen: 0,
  },
];

function members(): FormAMember[] {
  return STAFF.map((s, i) => {
    const r = calculateEpf({
      wageMonth: '2026-07',
      wagesSen: s.wagesSen,
      bonusSen: s.bonusSen,
      person: s.person,
    });
    return {
      employeeId: i + 1,
      memberNumber: s.memberNumber,
      idNumber: s.idNumber,
      nonCitizen: s.person.status !== 'citizen' && s.person.status !== 'pr',
      name: s.name,
      staffCode: s.staffCode,
      wagesSen: r.totalWagesSen,
      employerSen: r.employerSen,
      employeeSen: r.employeeSen,
    };
  });
}

const context: FormACheckContext = {
  employerNumber: '23456789',
  lookup(memberNumber, idNumber) {
    const found = STAFF.find(
      (s) =>
        (memberNumber !== '' && (s.memberNumber ?? '').replace(/\s/g, '') === memberNumber) ||
        s.idNumber.replace(/-/g, '') === idNumber,
    );
    return found ? { name: found.name, person: found.person } : null;
  },
};

const check = (text: string, withContext = true) =>
  checkFormAFile({
    bytes: Buffer.from(text, 'latin1'),
    today: '2026-08-12',
    context: withContext ? context : undefined,
  });
const lines = golden.split('\r\n');
const join = (ls: string[]) => ls.join('\r\n');
/** The golden file with line `n` (1-based) replaced by what `edit` makes of it. */
const withLine = (n: number, edit: (line: string) => string) =>
  join(lines.map((l, i) => (i === n - 1 ? edit(l) : l)));
/** Replaces `length` characters at 1-based position `start`. */
const put = (line: string, start: number, text: string) =>
  line.slice(0, start - 1) + text + line.slice(start - 1 + text.length);
const errors = (r: ReturnType<typeof check>) =>
  r.problems.filter((p) => p.severity === 'error').map((p) => `${p.line}:${p.key}`);

describe('the Form A file of July 2026 wages', () => {
  const built = buildFormAFile({
    employerNumber: '2345-6789',
    wageMonth: '2026-07',
    fileDate: '2026-08-10',
    members: members(),
  });

  it('is byte for byte the file built by hand, under the name EPF_<employer number>_<MMYYYY of the contribution month>.txt', () => {
    expect(built.errors).toEqual([]);
    expect(built.fileName).toBe(path.basename(FIXTURE));
    expect(built.contributionMonth).toBe('2026-08');
    expect(built.content).toBe(golden);
    expect(built.totals).toEqual({
      records: 5,
      employerSen: 426_100,
      employeeSen: 372_100,
      wagesSen: 3_828_500,
      hashTotal: '116049258',
    });
  });

  it('leaves out who owes nothing and says what the file cannot know', () => {
    expect(built.leftOut.map((l) => [l.name, l.reason.key])).toEqual([
      ['AHMAD ZERO', 'epf.formA.leftOut.noContribution'],
      ['MARY SANTOS', 'epf.formA.leftOut.noContribution'],
    ]);
    expect(built.warnings.map((w) => [w.key, w.params.name])).toEqual([
      ['epf.formA.warning.nonCitizenId', 'RAHIM UDDIN'],
      ['epf.formA.warning.noMemberNumber', 'RAHIM UDDIN'],
    ]);
    for (const w of built.warnings) expect(translate('ms', w.key, w.params)).not.toMatch(/\{\w+\}/);
  });

  it('passes the checker, with the company and without it, warning only about the member without a number', () => {
    for (const withContext of [true, false]) {
      const r = check(golden, withContext);
      expect(r.problems.map((p) => `${p.line}:${p.key}:${p.severity}`)).toEqual([
        '6:epf.formA.check.memberNumberZero:warning',
      ]);
      expect([r.format, r.employerNumber, r.contributionMonth, r.wageMonth, r.fileDate]).toEqual([
        'form-a',
        '23456789',
        '2026-08',
        '2026-07',
        '2026-08-10',
      ]);
      expect(r.totals).toEqual({
        records: 5,
        employerSen: 426_100,
        employeeSen: 372_100,
        wagesSen: 3_828_500,
      });
      expect(r.members[1]).toMatchObject({
        line: 4,
        memberNumber: '23456789',
        idNumber: '950520105682',
        name: 'SITI NURHALIZA BINTI TARUDIN',
        employerSen: 71_500,
      });
    }
  });
});

describe('the checker finds a planted error of each kind, on its line', () => {
  it('record order: a member before the employer record, a record after the trailer, a file not starting with 00', () => {
    expect(errors(check(join([lines[0], lines[2], lines[1], ...lines.slice(3)] as string[])))).toContain(
      '2:epf.formA.check.memberBeforeEmployer',
    );
    expect(errors(check(join([...lines, lines[2] as string])))).toContain('9:epf.formA.check.afterTrailer');
    expect(errors(check(join(lines.slice(1))))).toContain('1:epf.formA.check.firstNotHeader');
    expect(errors(check(join(lines.slice(0, -1))))).toContain('0:epf.formA.check.missingRecord');
    expect(errors(check(withLine(5, (l) => `07${l.slice(2)}`)))).toContain('5:epf.formA.check.unknownRecord');
  });

  it('lengths: a record one character short or long; trailing spaces trimmed off a header is only a warning', () => {
    expect(errors(check(withLine(4, (l) => l.slice(0, -1))))).toContain('4:epf.formA.check.tooShort');
    expect(errors(check(withLine(4, (l) => `${l}0`)))).toContain('4:epf.formA.check.tooLong');
    const trimmed = check(withLine(1, (l) => l.trimEnd()));
    expect(errors(trimmed)).toEqual([]);
    expect(trimmed.problems.map((p) => `${p.line}:${p.key}:${p.column}`)).toContain(
      '1:epf.formA.check.shortFiller:85',
    );
  });

  it('line ends: LF without CR, and characters that are not ASCII', () => {
    expect(errors(check(golden.replace('\r\n', '\n')))).toContain('1:epf.formA.check.lfWithoutCr');
    expect(errors(check(withLine(3, (l) => put(l, 37, 'ALÍ'))))).toContain('3:epf.formA.check.nonAscii');
  });

  it('header totals against the details', () => {
    const r = check(withLine(1, (l) => put(l, 34, '000000000426200')));
    expect(
      r.problems
        .filter((p) => p.severity === 'error')
        .map((p) => [p.line, p.column, p.key, p.params.found, p.params.expected]),
    ).toEqual([[1, 34, 'epf.formA.check.headerTotal.employer', 'RM4,262.00', 'RM4,261.00']]);
    expect(errors(check(withLine(1, (l) => put(l, 49, '000000000372000'))))).toEqual([
      '1:epf.formA.check.headerTotal.employee',
    ]);
  });

  it('trailer count and totals against the details', () => {
    expect(errors(check(withLine(8, (l) => put(l, 3, '0000006'))))).toEqual([
      '8:epf.formA.check.trailerCount',
    ]);
    expect(errors(check(withLine(8, (l) => put(l, 10, '000000000426000'))))).toEqual([
      '8:epf.formA.check.trailerTotal.employer',
    ]);
    expect(errors(check(withLine(8, (l) => put(l, 25, '000000000372200'))))).toEqual([
      '8:epf.formA.check.trailerTotal.employee',
    ]);
  });

  it('hash totals: the trailer’s is an error, the header’s (meaning unconfirmed) a warning', () => {
    expect(errors(check(withLine(8, (l) => put(l, 40, '000000000000116049259'))))).toEqual([
      '8:epf.formA.check.trailerHash',
    ]);
    const header = check(withLine(1, (l) => put(l, 64, '000000000000000000000')));
    expect(errors(header)).toEqual([]);
    expect(header.problems.map((p) => `${p.line}:${p.key}:${p.severity}`)).toContain(
      '1:epf.formA.check.headerHash:warning',
    );
  });

  it('amounts against the table where the employee is known: less than the schedule is an error, more a warning', () => {
    // Ali's employee share RM330 → RM320, with the totals kept right so that only the amount is wrong.
    const less = join(
      lines.map((l, i) =>
        i === 2
          ? put(l, 106, '000032000')
          : i === 0
            ? put(l, 49, '000000000371100')
            : i === 7
              ? put(l, 25, '000000000371100')
              : l,
      ),
    );
    const r = check(less);
    expect(errors(r)).toEqual(['3:epf.formA.check.amountBelow']);
    const problem = r.problems.find((p) => p.key === 'epf.formA.check.amountBelow');
    expect([problem?.column, problem?.params.expectedEmployee, problem?.params.part]).toEqual([
      97,
      'RM330.00',
      'A',
    ]);
    // Without the company, the pair matches no part: a warning (a voluntary excess could explain it).
    expect(check(less, false).problems.map((p) => `${p.line}:${p.key}:${p.severity}`)).toContain(
      '3:epf.formA.check.amountNoPart:warning',
    );
    const more = join(
      lines.map((l, i) =>
        i === 2
          ? put(l, 97, '000040000')
          : i === 0
            ? put(l, 34, '000000000427100')
            : i === 7
              ? put(l, 10, '000000000427100')
              : l,
      ),
    );
    expect(errors(check(more))).toEqual([]);
    expect(check(more).problems.map((p) => `${p.line}:${p.key}`)).toContain('3:epf.formA.check.amountAbove');
  });

  it('fields: letters in an amount, a share with sen, a dashed ID, a duplicate member, another employer, a bad month', () => {
    expect(errors(check(withLine(3, (l) => put(l, 110, 'X'))))).toContain('3:epf.formA.check.notNumeric');
    expect(errors(check(withLine(3, (l) => put(l, 106, '000033050'))))).toContain(
      '3:epf.formA.check.notWholeRinggit',
    );
    expect(errors(check(withLine(3, (l) => put(l, 22, '900314-14-5671 '))))).toContain(
      '3:epf.formA.check.idDash',
    );
    expect(errors(check(withLine(4, (l) => put(l, 3, '0000000000012345678'))))).toContain(
      '4:epf.formA.check.duplicateMember',
    );
    expect(errors(check(withLine(2, (l) => put(l, 3, '0000000000099999999'))))).toContain(
      '2:epf.formA.check.employerNumberOther',
    );
    expect(errors(check(withLine(2, (l) => put(l, 22, '132026'))))).toContain('2:epf.formA.check.badMonth');
    expect(errors(check(withLine(2, (l) => put(l, 22, '102026'))))).toContain(
      '2:epf.formA.check.futureMonth',
    );
    expect(errors(check(withLine(1, (l) => put(l, 3, 'EPF MONTHLY FORM B'))))).toContain(
      '1:epf.formA.check.constant',
    );
  });

  it('every problem it can report reads in both languages', () => {
    const r = check(
      join([
        lines[1],
        lines[2],
        `07${(lines[3] as string).slice(2)}`,
        `${lines[4]}\n${lines[5]}`,
      ] as string[]),
      true,
    );
    expect(r.problems.length).toBeGreaterThan(3);
    for (const p of r.problems)
      for (const locale of ['en', 'ms'] as const)
        expect(translate(locale, p.key, p.params)).not.toMatch(/\{\w+\}|^epf\./);
  });
});
