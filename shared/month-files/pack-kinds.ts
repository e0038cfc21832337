// The files the month-end pack writes beside the upload files (main/services/month-end/pack.ts):
// each recorded in the same run as the upload files (file_run_files, migration 11), by kind. They
// are never upload files: "is the month filed?", the upload checkers and "changed since written"
// read only MONTH_FILE_KINDS (month-files/runs.ts keeps the two apart).
export const PACK_FILE_KINDS = ['payslip', 'payslips', 'payroll-summary', 'payroll-journal', 'payment-list', 'readme'] as const;
export type PackFileKind = (typeof PACK_FILE_KINDS)[number];

export function isPackFileKind(value: unknown): value is PackFileKind {
  return typeof value === 'string' && (PACK_FILE_KINDS as readonly string[]).includes(value);
}
