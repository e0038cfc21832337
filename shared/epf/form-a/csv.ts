// The CSV form of Form A (EPF.md §4.3), an option beside the text file. LESS CERTAIN: one
// implementation writes it for i-Akaun [GH-TH]; KWSP's own header, the dashed IC and the whole-
// ringgit shares are not confirmed. Built from the same checked members as the text file.
import { stringifyCsv } from '../../csv/csv';
import { senToDecimal } from '../../money/sen';
import { buildFormAFile, type FormAFile, type FormAInput, type FormAMessage } from './build';
import { formAFileName, FORM_A_LINE_END, MEMBER_02 } from './layout';
import { readFormARecord } from './record';

/** SINGLE [GH-TH]: the header of the CSV form. */
export const FORM_A_CSV_HEADER = ['Member No', 'IC No', 'Name', 'Salary', 'EM Share', 'EMP Share'] as const;

export interface FormACsvFile extends Omit<FormAFile, 'content'> {
  content: string;
  /** Always 'SINGLE': say so wherever the CSV form is offered. */
  confidence: 'SINGLE';
}

/** "840628063333" → "840628-06-3333"; any other ID as it is. */
function dashedMyKad(id: string): string {
  return /^[0-9]{12}$/.test(id) ? `${id.slice(0, 6)}-${id.slice(6, 8)}-${id.slice(8)}` : id;
}

/**
 * The CSV form: one line per member of the text file (same members left out, same checks), with
 * the warning that the layout is less certain than the text file's.
 */
export function buildFormACsv(input: FormAInput): FormACsvFile {
  const text = buildFormAFile(input);
  const warnings: FormAMessage[] = [{ key: 'epf.formA.csv.lessCertain', params: {} }, ...text.warnings];
  const fileName = formAFileName(
    text.employerNumber || 'NO-NUMBER',
    text.contributionMonth || '0000-00',
    'csv',
  );
  if (text.errors.length > 0) return { ...text, fileName, content: '', warnings, confidence: 'SINGLE' };
  const rows: string[][] = [[...FORM_A_CSV_HEADER]];
  for (const line of text.content.split(FORM_A_LINE_END)) {
    if (!line.startsWith('02')) continue;
    // Read back from the text record by its layout, so both forms always say the same.
    const f = Object.fromEntries(readFormARecord(MEMBER_02, line).map((x) => [x.field.name, x.raw]));
    const memberNumber = (f.memberNumber ?? '').replace(/^0+/, '');
    const id = (f.idNumber ?? '').trimEnd();
    const name = (f.name ?? '').trimEnd().replace(/\s*,\s*/g, ' ');
    const employer = Number(f.employerSen);
    const employee = Number(f.employeeSen);
    const wages = Number(f.wagesSen);
    rows.push([
      memberNumber,
      dashedMyKad(id),
      name,
      senToDecimal(wages),
      String(employer / 100),
      String(employee / 100),
    ]);
  }
  return { ...text, fileName, content: stringifyCsv(rows), warnings, confidence: 'SINGLE' };
}
