// The Form A layout is the spec's (epf_forma_txt_layout.csv, read here independently), and the
// writer refuses what would make a wrong file, warns about what it cannot know, and offers the
// less certain CSV form.
import { describe, expect, it } from 'vitest';
import {
  buildFormACsv,
  buildFormAFile,
  FORM_A_LAYOUTS,
  type FormAInput,
  type FormAMember,
} from '../../../shared/epf/form-a';
import { readRecords } from './spec-files';

describe('the layout declared in shared/epf/form-a/layout.ts', () => {
  const spec = readRecords('epf_forma_txt_layout.csv');
  it.each(['00', '01', '02', '99'] as const)(
    'record %s has the spec’s fields, positions, lengths and constants, and is 129 long',
    (type) => {
      const layout = FORM_A_LAYOUTS[type];
      const rows = spec.filter((r) => r.record === type);
      expect(layout.fields.map((f) => [f.start, f.start + f.length - 1, f.length])).toEqual(
        rows.map((r) => [Number(r.start), Number(r.end), Number(r.length)]),
      );
      rows.forEach((row, i) => {
        const f = layout.fields[i]!;
        if (row.padding === 'zero-left') expect(f.kind, row.field).toBe('numeric');
        if (row.padding === 'space-right') expect(f.kind, row.field).toBe('alnum');
        if (row.padding === 'spaces') expect(f.kind, row.field).toBe('filler');
        const constant =
          /^"'([^']*)'/.exec(row.content_or_rule ?? '') ?? /^'([^']*)'/.exec(row.content_or_rule ?? '');
        if (f.kind === 'constant') expect(f.value, row.field).toBe(constant?.[1]);
        expect(f.confidence === 'UNCONFIRMED', `${type} ${row.field}`).toBe(
          (row.confidence ?? '').startsWith('UNCONFIRMED'),
        );
      });
      expect(layout.length).toBe(129);
      expect(layout.fields.reduce((sum, f) => sum + f.length, 0)).toBe(129);
    },
  );
});

const member = (over: Partial<FormAMember> = {}): FormAMember => ({
  memberNumber: '11111111',
  idNumber: '900101145678',
  nonCitizen: false,
  name: 'Aminah binti Ali',
  staffCode: 'S1',
  wagesSen: 200_000,
  employerSen: 26_000,
  employeeSen: 22_000,
  ...over,
});
const input = (members: FormAMember[], over: Partial<FormAInput> = {}): FormAInput => ({
  employerNumber: '123456789',
  wageMonth: '2026-07',
  fileDate: '2026-08-01',
  members,
  ...over,
});
const keys = (list: { key: string }[]) => list.map((m) => m.key);

describe('buildFormAFile refuses a wrong file and writes nothing', () => {
  it.each([
    ['', 'epf.formA.error.employerNumberMissing'],
    ['E1234567', 'epf.formA.error.employerNumber'],
    ['12345678901234567890', 'epf.formA.error.employerNumber'],
  ])('employer number "%s" → %s', (employerNumber, key) => {
    const built = buildFormAFile(input([member()], { employerNumber }));
    expect([keys(built.errors), built.content]).toEqual([[key], '']);
  });
  it('a wage month before 2016-03 or malformed, a bad file date', () => {
    expect(keys(buildFormAFile(input([member()], { wageMonth: '2016-02' })).errors)).toEqual([
      'epf.error.month.tooEarly',
    ]);
    expect(keys(buildFormAFile(input([member()], { wageMonth: '2026-7' })).errors)).toEqual([
      'epf.error.month.format',
    ]);
    expect(keys(buildFormAFile(input([member()], { fileDate: '01/08/2026' })).errors)).toEqual([
      'epf.formA.error.fileDate',
    ]);
  });
  it('shares with sen, duplicate member numbers or IDs, a missing ID or name, a letter in a member number', () => {
    expect(keys(buildFormAFile(input([member({ employeeSen: 22_050 })])).errors)).toEqual([
      'epf.formA.error.notWholeRinggit',
    ]);
    expect(
      keys(buildFormAFile(input([member(), member({ idNumber: '900101145679', name: 'B' })])).errors),
    ).toEqual(['epf.formA.error.duplicateMember']);
    expect(keys(buildFormAFile(input([member(), member({ memberNumber: '2' })])).errors)).toEqual([
      'epf.formA.error.duplicateId',
    ]);
    expect(keys(buildFormAFile(input([member({ idNumber: ' - ' })])).errors)).toEqual([
      'epf.formA.error.idMissing',
    ]);
    expect(keys(buildFormAFile(input([member({ name: '刘' })])).errors)).toEqual([
      'epf.formA.error.nameEmpty',
    ]);
    expect(keys(buildFormAFile(input([member({ memberNumber: '1234x' })])).errors)).toEqual([
      'epf.formA.error.memberNumber',
    ]);
  });
  it('nobody with anything to pay', () => {
    const built = buildFormAFile(input([member({ employerSen: 0, employeeSen: 0, wagesSen: 900 })]));
    expect([keys(built.errors), keys(built.leftOut.map((l) => l.reason))]).toEqual([
      ['epf.formA.error.noMembers'],
      ['epf.formA.leftOut.noContribution'],
    ]);
  });
});

describe('buildFormAFile writes what it can and says what changed', () => {
  it('upper-case ASCII names cut to 40, staff codes cut to 20, and reports both', () => {
    const long = 'Nur Ãisyah binti Mohd Khairul Anwar Shah Al-Haj';
    const built = buildFormAFile(input([member({ name: long, staffCode: 'STAFF-NUMBER-0000000001' })]));
    expect(built.errors).toEqual([]);
    const record = built.content.split('\r\n')[2] as string;
    expect(record.slice(36, 76)).toBe('NUR AISYAH BINTI MOHD KHAIRUL ANWAR SHAH');
    expect(record.slice(76, 96)).toBe('STAFF-NUMBER-0000000');
    expect(built.nameChanges).toEqual([
      {
        employeeId: undefined,
        idNumber: '900101145678',
        original: long,
        written: 'NUR AISYAH BINTI MOHD KHAIRUL ANWAR SHAH',
      },
    ]);
    expect(keys(built.warnings)).toEqual(['epf.formA.warning.staffCodeCut']);
  });
  it('a citizen whose ID is not 12 digits is warned about; the file date and month are laid out as MMYYYY and YYYYMMDD', () => {
    const built = buildFormAFile(
      input([member({ idNumber: '12345' })], { wageMonth: '2025-12', fileDate: '2026-01-05' }),
    );
    expect(keys(built.warnings)).toEqual(['epf.formA.warning.idNotMyKad']);
    expect(built.fileName).toBe('EPF_123456789_012026.txt');
    const [header, employer] = built.content.split('\r\n') as [string, string];
    expect(header.slice(20, 28)).toBe('20260105');
    expect(employer.slice(21, 27)).toBe('012026');
  });
});

describe('the CSV form (less certain, EPF.md §4.3)', () => {
  it('has the header of [GH-TH], a dashed MyKad, commas out of names, wages with sen and whole-ringgit shares', () => {
    const csv = buildFormACsv(
      input([
        member({ name: 'Tan, Ah Kow' }),
        member({
          memberNumber: null,
          idNumber: 'A1234567',
          nonCitizen: true,
          name: 'Rahim',
          employerSen: 3_600,
          employeeSen: 3_600,
          wagesSen: 180_050,
        }),
      ]),
    );
    expect(csv.confidence).toBe('SINGLE');
    expect(csv.fileName).toBe('EPF_123456789_082026.csv');
    expect(csv.warnings[0]?.key).toBe('epf.formA.csv.lessCertain');
    expect(csv.content).toBe(
      'Member No,IC No,Name,Salary,EM Share,EMP Share\r\n' +
        '11111111,900101-14-5678,TAN AH KOW,2000.00,260,220\r\n' +
        ',A1234567,RAHIM,1800.50,36,36\r\n',
    );
  });
  it('is not written when the text file would not be', () => {
    expect(buildFormACsv(input([member()], { employerNumber: '' })).content).toBe('');
  });
});
