// A wage month's EPF shares → the text of the Form A file, with everything the user should know
// before writing it: who was left out, which names had to change, what the file cannot know
// (members without a number, non-citizens' IDs). Pure: the service writes the file.
import { compactId, toAsciiUpper } from '../../assist/text';
import { isIsoDate, tryMonthIndex } from '../../calendar';
import type { EpfMessageKey } from '../../i18n/messages/epf';
import { formatRinggit } from '../../money/sen';
import { contributionMonthOf, FIRST_SUPPORTED_WAGE_MONTH, RULE_MONTH } from '../rules';
import { LEAVE_OUT_MEMBERS_WITHOUT_CONTRIBUTION, LINE_END_AFTER_LAST_RECORD } from './chosen';
import {
  EMPLOYER_01,
  formAFieldOf,
  formAFileName,
  FORM_A_LINE_END,
  HEADER_00,
  MEMBER_02,
  TRAILER_99,
} from './layout';
import { writeFormARecord } from './record';

export interface FormAMessage {
  key: EpfMessageKey;
  params: Record<string, string | number>;
}

/** One employee of the month, with the shares the engine computed (calculateEpf) for it. */
export interface FormAMember {
  /** Caruman's employee id, for the report (optional). */
  employeeId?: number;
  /** EPF member number (digits); null or "" when not known yet. */
  memberNumber: string | null;
  /** MyKad number (dashes allowed), or the passport number of a non-citizen. */
  idNumber: string;
  /** Not a Malaysian citizen (its ID is then not a MyKad: KWSP's format for it is unknown). */
  nonCitizen: boolean;
  name: string;
  /** The employer's own staff number (optional). */
  staffCode?: string | null;
  /** The month's EPF wages (wages + bonus), in sen. */
  wagesSen: number;
  employerSen: number;
  employeeSen: number;
}

export interface FormAInput {
  /** The company's EPF employer number (digits; spaces and dashes are removed). */
  employerNumber: string;
  /** The wage month "YYYY-MM"; the file carries the contribution month, the next one (E8). */
  wageMonth: string;
  /** "YYYY-MM-DD": the date written in record 00 (the day the file is made). */
  fileDate: string;
  members: readonly FormAMember[];
}

export interface FormATotals {
  records: number;
  employerSen: number;
  employeeSen: number;
  wagesSen: number;
  /** The hash total (sum of member numbers) as digits: it may exceed 2⁵³. */
  hashTotal: string;
}

export interface FormALeftOut {
  employeeId?: number;
  name: string;
  idNumber: string;
  reason: FormAMessage;
}

export interface FormANameChange {
  employeeId?: number;
  idNumber: string;
  original: string;
  written: string;
}

export interface FormAFile {
  fileName: string;
  /** The employer number as written (digits), or "" when it is missing. */
  employerNumber: string;
  /** "YYYY-MM" of the contribution month (wage month + 1). */
  contributionMonth: string;
  /** The whole file (ASCII, CR LF between records); "" while there are errors. */
  content: string;
  totals: FormATotals;
  leftOut: FormALeftOut[];
  nameChanges: FormANameChange[];
  /** What the user should see before writing (the file is still right to write). */
  warnings: FormAMessage[];
  /** What makes the file wrong: nothing may be written while there is one. */
  errors: FormAMessage[];
}

const message = (key: EpfMessageKey, params: Record<string, string | number> = {}): FormAMessage => ({
  key,
  params,
});

/** Digits of a number typed with spaces or dashes ("E 1234-567" is not one: letters stay and are refused). */
function digitsOf(value: string): string {
  return value.replace(/[\s-]/g, '');
}

/** The Form A file of a wage month. */
export function buildFormAFile(input: FormAInput): FormAFile {
  const warnings: FormAMessage[] = [];
  const errors: FormAMessage[] = [];
  const leftOut: FormALeftOut[] = [];
  const nameChanges: FormANameChange[] = [];

  const employerNumber = digitsOf(input.employerNumber ?? '');
  const employerField = formAFieldOf(EMPLOYER_01, 'employerNumber');
  if (employerNumber === '') errors.push(message('epf.formA.error.employerNumberMissing'));
  else if (!/^[0-9]+$/.test(employerNumber) || employerNumber.length > employerField.length) {
    errors.push(
      message('epf.formA.error.employerNumber', { value: input.employerNumber, max: employerField.length }),
    );
  }
  const monthIndex = tryMonthIndex(input.wageMonth);
  if (monthIndex < 0) errors.push(message('epf.error.month.format', { value: String(input.wageMonth) }));
  else if (monthIndex < RULE_MONTH.firstSupported)
    errors.push(
      message('epf.error.month.tooEarly', { month: input.wageMonth, first: FIRST_SUPPORTED_WAGE_MONTH }),
    );
  const contributionMonth = monthIndex < 0 ? '' : contributionMonthOf(input.wageMonth);
  if (!isIsoDate(input.fileDate))
    errors.push(message('epf.formA.error.fileDate', { value: String(input.fileDate) }));
  const fileName = formAFileName(employerNumber || 'NO-NUMBER', contributionMonth || '0000-00');

  const details: string[] = [];
  const totals: FormATotals = { records: 0, employerSen: 0, employeeSen: 0, wagesSen: 0, hashTotal: '0' };
  let hash = 0n;
  const seenMembers = new Map<string, string>();
  const seenIds = new Map<string, string>();
  for (const member of input.members) {
    const idNumber = compactId(member.idNumber ?? '');
    const name = toAsciiUpper(member.name ?? '', formAFieldOf(MEMBER_02, 'name').length);
    const shown = name.text || member.name;
    const amounts = [member.employerSen, member.employeeSen, member.wagesSen];
    if (!amounts.every((a) => Number.isSafeInteger(a) && a >= 0)) {
      errors.push(message('epf.formA.error.amount', { name: shown, idNumber }));
      continue;
    }
    if (member.employerSen % 100 !== 0 || member.employeeSen % 100 !== 0) {
      errors.push(
        message('epf.formA.error.notWholeRinggit', {
          name: shown,
          idNumber,
          employer: formatRinggit(member.employerSen),
          employee: formatRinggit(member.employeeSen),
        }),
      );
      continue;
    }
    if (member.employerSen + member.employeeSen === 0 && LEAVE_OUT_MEMBERS_WITHOUT_CONTRIBUTION) {
      leftOut.push({
        employeeId: member.employeeId,
        name: shown,
        idNumber,
        reason: message('epf.formA.leftOut.noContribution', { wages: formatRinggit(member.wagesSen) }),
      });
      continue;
    }
    if (idNumber === '') errors.push(message('epf.formA.error.idMissing', { name: shown }));
    else if (idNumber.length > formAFieldOf(MEMBER_02, 'idNumber').length)
      errors.push(message('epf.formA.error.idTooLong', { name: shown, idNumber }));
    else if (member.nonCitizen)
      warnings.push(message('epf.formA.warning.nonCitizenId', { name: shown, idNumber }));
    else if (!/^[0-9]{12}$/.test(idNumber))
      warnings.push(message('epf.formA.warning.idNotMyKad', { name: shown, idNumber }));
    if (name.text === '')
      errors.push(message('epf.formA.error.nameEmpty', { idNumber, original: member.name ?? '' }));
    else if (name.text !== (member.name ?? '').replace(/\s+/g, ' ').trim().toUpperCase()) {
      nameChanges.push({
        employeeId: member.employeeId,
        idNumber,
        original: member.name,
        written: name.text,
      });
    }

    const memberNumber = digitsOf(member.memberNumber ?? '');
    if (memberNumber === '' || /^0+$/.test(memberNumber))
      warnings.push(message('epf.formA.warning.noMemberNumber', { name: shown, idNumber }));
    else if (
      !/^[0-9]+$/.test(memberNumber) ||
      memberNumber.length > formAFieldOf(MEMBER_02, 'memberNumber').length
    ) {
      errors.push(message('epf.formA.error.memberNumber', { name: shown, value: member.memberNumber ?? '' }));
    } else {
      const first = seenMembers.get(memberNumber);
      if (first !== undefined)
        errors.push(message('epf.formA.error.duplicateMember', { memberNumber, first, second: shown }));
      seenMembers.set(memberNumber, shown);
      hash += BigInt(memberNumber);
    }
    if (idNumber !== '') {
      const first = seenIds.get(idNumber);
      if (first !== undefined)
        errors.push(message('epf.formA.error.duplicateId', { idNumber, first, second: shown }));
      seenIds.set(idNumber, shown);
    }
    const staff = toAsciiUpper(member.staffCode ?? '', formAFieldOf(MEMBER_02, 'staffCode').length);
    if (staff.changes.includes('cut'))
      warnings.push(message('epf.formA.warning.staffCodeCut', { name: shown, written: staff.text }));
    if (errors.length > 0) continue;
    details.push(
      writeFormARecord(MEMBER_02, {
        memberNumber: /^[0-9]+$/.test(memberNumber) ? memberNumber : '0',
        idNumber,
        name: name.text,
        staffCode: staff.text,
        employerSen: member.employerSen,
        employeeSen: member.employeeSen,
        wagesSen: member.wagesSen,
      }),
    );
    totals.records += 1;
    totals.employerSen += member.employerSen;
    totals.employeeSen += member.employeeSen;
    totals.wagesSen += member.wagesSen;
  }
  totals.hashTotal = hash.toString();
  if (errors.length === 0 && totals.records === 0)
    errors.push(message('epf.formA.error.noMembers', { month: input.wageMonth }));
  if (errors.length > 0)
    return {
      fileName,
      employerNumber,
      contributionMonth,
      content: '',
      totals,
      leftOut,
      nameChanges,
      warnings,
      errors,
    };

  const header = writeFormARecord(HEADER_00, {
    fileDate: input.fileDate.replace(/-/g, ''),
    totalEmployerSen: totals.employerSen,
    totalEmployeeSen: totals.employeeSen,
    hashTotal: hash,
  });
  const employer = writeFormARecord(EMPLOYER_01, {
    employerNumber,
    contributionMonth: `${contributionMonth.slice(5, 7)}${contributionMonth.slice(0, 4)}`,
  });
  const trailer = writeFormARecord(TRAILER_99, {
    recordCount: totals.records,
    totalEmployerSen: totals.employerSen,
    totalEmployeeSen: totals.employeeSen,
    hashTotal: hash,
  });
  const content =
    [header, employer, ...details, trailer].join(FORM_A_LINE_END) +
    (LINE_END_AFTER_LAST_RECORD ? FORM_A_LINE_END : '');
  return {
    fileName,
    employerNumber,
    contributionMonth,
    content,
    totals,
    leftOut,
    nameChanges,
    warnings,
    errors,
  };
}
