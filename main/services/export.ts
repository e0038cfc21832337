// Export of employees and wages in exactly the shapes the importer reads, so a file exported from
// one Caruman (or company) can be imported into another.
import { stringifyCsv } from '../../shared/csv/csv';
import { EMPLOYEE_COLUMNS, TP1_COLUMNS, WAGE_COLUMNS } from '../../shared/domain/import-columns';
import { DEDUCTION_NAMES, OVERTIME_KINDS } from '../../shared/pay/deductions';
import { formatHours } from '../../shared/payroll/hours';
import { senToDecimal } from '../../shared/money/sen';
import { PAY_ITEM_NAMES } from '../../shared/pay/pay-items';
import type { Employee } from '../../shared/domain/employee';
import type { EmployeeService } from './employees';
import type { WageService } from './wages';
import type { Cp38Service, Tp1Service, Tp3Service } from './payroll-records';
import { storedTaxRecords, taxRecordCells, type StoredTaxRecords } from './import/tax-records';
import { monthOfDate } from '../../shared/calendar';
import { UTF8_BOM } from './import/template';

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

function employeeCells(e: Employee, tax: StoredTaxRecords, month: string): string[] {
  const byColumn: Record<(typeof EMPLOYEE_COLUMNS)[number]['name'], string> = {
    name: e.name,
    id_type: e.idType,
    id_number: e.idNumber,
    perkeso_id: e.perkesoId,
    date_of_birth: e.dateOfBirth ?? '',
    gender: e.gender ?? '',
    nationality: e.nationality,
    domestic_worker: yesNo(e.domesticWorker),
    hire_date: e.hireDate ?? '',
    leave_date: e.leaveDate ?? '',
    leave_reason: e.leaveReason ?? '',
    perkeso_registered_date: e.perkesoRegisteredDate ?? '',
    first_insured_at_55: yesNo(e.firstInsuredAt55),
    no_eis_before_57: yesNo(e.noEisBefore57),
    pays_lindung: yesNo(e.paysLindung),
    // The payroll records: empty where nothing is recorded (an empty EPF status: from nationality).
    epf_member_number: e.epfMemberNumber ?? '',
    epf_status: e.epfStatus ?? '',
    epf_keep_11: yesNo(e.epfKeep11),
    epf_keep_11_date: e.epfKeep11Date ?? '',
    tax_number: e.taxNumber ?? '',
    tax_resident: yesNo(e.taxResident),
    marital_status: e.maritalStatus,
    spouse_working: yesNo(e.spouseWorking),
    disabled: yesNo(e.disabled),
    spouse_disabled: yesNo(e.spouseDisabled),
    children_basic: String(e.childrenBasic),
    children_study: String(e.childrenStudy),
    children_disabled: String(e.childrenDisabled),
    children_disabled_study: String(e.childrenDisabledStudy),
    bank_name: e.bankName ?? '',
    bank_account: e.bankAccount ?? '',
    payslip_language: e.payslipLanguage ?? '',
    job_title: e.jobTitle ?? '',
    staff_number: e.staffNumber ?? '',
    monthly_rate: e.monthlyRate === null ? '' : senToDecimal(e.monthlyRate),
    ...taxRecordCells(e.hireDate, tax, month, senToDecimal),
    notes: e.notes ?? '',
  };
  return EMPLOYEE_COLUMNS.map((c) => byColumn[c.name]);
}

export type ExportFormat = 'csv' | 'xlsx';

async function encode(rows: string[][], format: ExportFormat, sheetName: string): Promise<Buffer> {
  // The byte order mark makes Excel open the file as UTF-8 and keep it UTF-8 when saved again,
  // so names like "Alé" survive a round trip through Excel (the importer reads UTF-8 only).
  if (format === 'csv') return Buffer.from(UTF8_BOM + stringifyCsv(rows), 'utf8');
  // Loaded only when a workbook is wanted: exceljs is large, and the app starts without it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  // Every cell is text: ID numbers keep leading zeros and amounts keep their two decimals.
  for (const row of rows) sheet.addRow(row).eachCell((cell) => (cell.numFmt = '@'));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function createExportService(deps: { employees: EmployeeService; wages: WageService; tp1: Tp1Service; tp3: Tp3Service; cp38: Cp38Service; today: () => string }) {
  return {
    /** The year's TP1 claims, one row per employee, month and item, in the import's columns (months as YYYY-MM). */
    async tp1(companyId: number, year: number, format: ExportFormat): Promise<Buffer> {
      const people = new Map(deps.employees.list(companyId, 'all').map((e) => [e.id, e]));
      const rows: string[][] = [];
      for (const [employeeId, claims] of deps.tp1.forYear(companyId, year)) {
        const e = people.get(employeeId);
        if (!e) continue;
        for (const c of claims) rows.push([e.idNumber, e.staffNumber ?? '', c.month, c.item, senToDecimal(c.amount)]);
      }
      return encode([TP1_COLUMNS.map((c) => c.name), ...rows], format, `tp1 ${year}`);
    },
    async employees(companyId: number, format: ExportFormat): Promise<Buffer> {
      const tax = storedTaxRecords(deps.tp3.forCompany(companyId), deps.cp38.forCompany(companyId));
      const month = monthOfDate(deps.today());
      const rows = [EMPLOYEE_COLUMNS.map((c) => c.name as string), ...deps.employees.list(companyId, 'all').map((e) => employeeCells(e, tax(e.id), month))];
      return encode(rows, format, 'employees');
    },
    async wages(companyId: number, month: string, format: ExportFormat): Promise<Buffer> {
      const header = WAGE_COLUMNS.map((c) => c.name);
      const rows = deps.wages.sheet(companyId, month).map(({ employee, entry }) => [
        employee.idNumber,
        ...PAY_ITEM_NAMES.map((n) => senToDecimal(entry?.items[n] ?? 0)),
        ...DEDUCTION_NAMES.map((n) => senToDecimal(entry?.deductions[n] ?? 0)),
        entry?.otherDeductionNote ?? '',
        // Hours h:mm and days as the import reads them; blank for none (a blank typed nothing).
        ...OVERTIME_KINDS.map((k) => (entry && entry.overtimeMinutes[k] > 0 ? formatHours(entry.overtimeMinutes[k]) : '')),
        entry && entry.unpaidLeaveDays > 0 ? String(entry.unpaidLeaveDays) : '',
        entry?.event ?? '',
        entry?.notes ?? '',
      ]);
      return encode([header, ...rows], format, `wages ${month}`);
    },
  };
}
