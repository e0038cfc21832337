// Forms EA (issue 16): one PDF per employee paid in a year and one combined PDF (every form, in
// each employee's language), from the year's finalised months (shared/tax/ea). Shaped like the
// payslips: files() returns bytes, write() puts them in a folder through the durable writer, all
// of them or none, and never over a file unasked.
import fs from 'node:fs';
import { failedTarget, fileWriteError, writeFilesDurably } from '../fs';
import { ServiceError } from '../service-error';
import type { PayrollService } from '../payroll';
import type { createCompanyService } from '../companies';
import type { createEmployeeService } from '../employees';
import type { createTp3Service } from '../payroll-records';
import { eaYear, EA_NEEDS_EVERY_MONTH_FINALISED, type EaStatement, type EaYear } from '../../../shared/tax/ea';
import { buildCp8dFile, type Cp8dProblem } from '../../../shared/tax/cp8d';
import type { Company } from '../../../shared/domain/company';
import type { Employee } from '../../../shared/domain/employee';
import type { Locale } from '../../../shared/i18n/define';
import { translate } from '../../../shared/i18n/catalog';
import { monthListParam } from '../../../shared/i18n/format';

export interface EaFile {
  /** A plain file name (letters, digits, hyphens): the same in every language. */
  fileName: string;
  bytes: Buffer;
  /** The employee, or null for the combined file. */
  employeeId: number | null;
}

export interface EaDeps {
  payroll: PayrollService;
  companies: Pick<ReturnType<typeof createCompanyService>, 'get'>;
  employees: Pick<ReturnType<typeof createEmployeeService>, 'list'>;
  tp3: Pick<ReturnType<typeof createTp3Service>, 'forYear'>;
  /** The app's language: forms of employees without their own choice are in it. */
  appLocale: () => Locale;
  /** Today in Malaysia, "YYYY-MM-DD" (the date on the form). */
  today: () => string;
  /** Fixed in tests for reproducible files. */
  now?: () => Date;
}

/** Only what is safe in a file name on every system: ASCII letters and digits, words joined by hyphens. */
function plainWords(text: string, max: number): string {
  return text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/** "EA-2026-960115145673-Ali-bin-Abu.pdf": the ID number, then as much of the name as is plain. */
export function eaFileName(year: number, idNumber: string, name: string): string {
  const id = idNumber.replace(/[^A-Za-z0-9]/g, '');
  const words = plainWords(name, 40);
  return `EA-${year}-${[id, words].filter(Boolean).join('-')}.pdf`;
}

/** The combined file's name cannot be an employee's (those start "EA-"). */
export function combinedEaFileName(year: number, employerCode: string): string {
  return `Forms-EA-${year}-${employerCode.replace(/[^A-Za-z0-9]/g, '')}.pdf`;
}

export interface EaWrittenFiles {
  folder: string;
  files: { fileName: string; path: string; size: number }[];
}

/** "Ali bin Abu: idNumber (tooLong)": the employee, the field and what is wrong, for the refusal. */
function problemText(p: Cp8dProblem): string {
  return `${p.name ?? ''}: ${p.field} (${p.problem})`;
}

interface YearForms {
  company: Company;
  figures: EaYear;
  tp3: Set<number>;
}

export function createEaService(deps: EaDeps) {
  const now = deps.now ?? (() => new Date());

  /** The year's figures with the current particulars of each employee; refused when nobody can have a form. */
  function year(companyId: number, year: number): YearForms {
    const company = deps.companies.get(companyId);
    const { finalised, openMonths } = deps.payroll.finalisedYear(companyId, year);
    if (finalised.length === 0) throw new ServiceError('VALIDATION', 'ea.error.noMonths', { year }, 'year');
    const current = new Map<number, Employee>(deps.employees.list(companyId, 'all').map(({ warnings: _warnings, ...employee }) => [employee.id, employee]));
    const figures = eaYear(year, finalised, openMonths, current);
    return { company, figures, tp3: new Set(deps.tp3.forYear(companyId, year).keys()) };
  }

  function localeOf(statement: EaStatement): Locale {
    return statement.employee.payslipLanguage ?? deps.appLocale();
  }

  async function render(forms: YearForms, statements: readonly EaStatement[], title: (locale: Locale) => string): Promise<Buffer> {
    // pdfkit loads the first time a form is made, not when the app starts.
    const [{ createPdf }, { drawEa }] = await Promise.all([import('../pdf/document'), import('./ea-page')]);
    const first = statements[0];
    const locale = statements.length === 1 && first ? localeOf(first) : deps.appLocale();
    const pdf = createPdf({ title: title(locale), language: locale, author: forms.company.name, createdAt: now() });
    const pageLocales: Locale[] = [];
    statements.forEach((statement, index) => {
      if (index > 0) pdf.newPage();
      const own = localeOf(statement);
      drawEa(pdf, { company: forms.company, statement, openMonths: forms.figures.openMonths, hasTp3: forms.tp3.has(statement.employeeId), today: deps.today() }, own);
      while (pageLocales.length < pdf.pageCount) pageLocales.push(own);
    });
    pdf.footers((page, pages) => translate(pageLocales[page - 1] ?? locale, 'ea.pageFooter', { page, pages }));
    return pdf.finish();
  }

  function single(forms: YearForms, statement: EaStatement): Promise<Buffer> {
    return render(forms, [statement], (locale) => translate(locale, 'ea.documentTitle', { year: forms.figures.year, name: statement.employee.name }));
  }

  /** The year's forms, refused while a month of the year with wages is open (EA_NEEDS_EVERY_MONTH_FINALISED). */
  function finalYear(companyId: number, yearNumber: number): YearForms {
    const forms = year(companyId, yearNumber);
    const open = forms.figures.openMonths;
    if (EA_NEEDS_EVERY_MONTH_FINALISED && open.length > 0) {
      throw new ServiceError('CONFLICT', 'ea.error.openMonths', { year: yearNumber, months: monthListParam(open), count: open.length }, 'year');
    }
    return forms;
  }

  /** Writes made files into folder (created if missing) as one set: all or none; replaces only when asked. */
  function writeSet(folder: string, made: readonly { fileName: string; bytes: Buffer }[], replace: boolean): EaWrittenFiles {
    try {
      fs.mkdirSync(folder, { recursive: true });
      const paths = writeFilesDurably(
        folder,
        made.map((f) => ({ name: f.fileName, content: f.bytes })),
        { replace },
      );
      return { folder, files: made.map((f, i) => ({ fileName: f.fileName, path: paths[i] as string, size: f.bytes.length })) };
    } catch (error) {
      throw fileWriteError(error, failedTarget(error) ?? folder);
    }
  }

  /** The year's C.P.8D file (data for Form E) from the same figures as the forms. */
  function cp8d(companyId: number, yearNumber: number): { fileName: string; bytes: Buffer; lines: number } {
    const forms = finalYear(companyId, yearNumber);
    const built = buildCp8dFile({ year: yearNumber, taxEmployerNumber: forms.company.taxEmployerNumber, statements: forms.figures.statements });
    if (!built.ok) {
      if (built.problems.some((p) => p.field === 'taxEmployerNumber')) throw new ServiceError('VALIDATION', 'ea.error.noEmployerNumber', {}, 'companyId');
      throw new ServiceError('VALIDATION', 'ea.error.cp8dProblems', { count: built.problems.length, problems: built.problems.map(problemText).join('; ') }, 'year');
    }
    return { fileName: built.fileName, bytes: Buffer.from(built.text, 'utf8'), lines: built.lines };
  }

  /** One PDF per employee paid in the year (by name), then the combined PDF. Refused while a month is open. */
  async function files(companyId: number, yearNumber: number): Promise<EaFile[]> {
    const forms = finalYear(companyId, yearNumber);
    const out: EaFile[] = [];
    const taken = new Set<string>();
    for (const statement of forms.figures.statements) {
      let fileName = eaFileName(yearNumber, statement.employee.idNumber, statement.employee.name);
      // Two employees whose plain names match (case-insensitive file systems too): the row id tells them apart.
      if (taken.has(fileName.toLowerCase())) fileName = fileName.replace(/\.pdf$/, `-${statement.employeeId}.pdf`);
      taken.add(fileName.toLowerCase());
      out.push({ fileName, bytes: await single(forms, statement), employeeId: statement.employeeId });
    }
    const combined = await render(forms, forms.figures.statements, (locale) =>
      translate(locale, 'ea.combinedTitle', { year: yearNumber, company: forms.company.name }),
    );
    out.push({ fileName: combinedEaFileName(yearNumber, forms.company.employerCode), bytes: combined, employeeId: null });
    return out;
  }

  return {
    files,

    /** The year's figures (the app shows them; C.P.8D is written from them). */
    figures(companyId: number, yearNumber: number): EaYear {
      return year(companyId, yearNumber).figures;
    },

    /** One employee's form (the app's preview): a year with open months gives a DRAFT naming them. */
    async preview(companyId: number, yearNumber: number, employeeId: number): Promise<EaFile> {
      const forms = year(companyId, yearNumber);
      const statement = forms.figures.statements.find((s) => s.employeeId === employeeId);
      if (!statement) throw new ServiceError('NOT_FOUND', 'ea.error.notPaid', { year: yearNumber }, 'employeeId');
      return { fileName: eaFileName(yearNumber, statement.employee.idNumber, statement.employee.name), bytes: await single(forms, statement), employeeId };
    },

    /** Writes every form of the year into folder (created if missing) as one set: all or none; replaces only when asked. */
    async write(companyId: number, yearNumber: number, folder: string, options: { replace?: boolean } = {}): Promise<EaWrittenFiles> {
      return writeSet(folder, await files(companyId, yearNumber), options.replace === true);
    },

    cp8d,

    /** Writes the year's C.P.8D file into folder; replaces only when asked. */
    writeCp8d(companyId: number, yearNumber: number, folder: string, options: { replace?: boolean } = {}): EaWrittenFiles & { lines: number } {
      const file = cp8d(companyId, yearNumber);
      return { ...writeSet(folder, [file], options.replace === true), lines: file.lines };
    },
  };
}

export type EaService = ReturnType<typeof createEaService>;
