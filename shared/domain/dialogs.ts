// What each native dialog is for (see shared/api/channels/dialogs.ts): the purposes the renderer
// may ask for, and the kind of dialog each one is.

/** What each dialog is for, and which kind of dialog it is. */
export const DIALOG_PURPOSES = {
  /** A company's folder for ASSIST files and receipts (first run, company details). */
  companyFolder: 'folder',
  /** Where this month's ASSIST files are written (the Files screen). */
  assistFiles: 'folder',
  /** One folder per company for bulk generation (the month-end dashboard). */
  bulkFiles: 'folder',
  /** Where a year's files for the auditor are copied. */
  auditFiles: 'folder',
  /** Where a month's payslips, summary, journal and payment list are written (the Payroll screen). */
  payrollFiles: 'folder',
  /** Where a year's Forms EA and C.P.8D file are written (the Files screen). */
  yearEndForms: 'folder',
  /** A backup file to write, in any folder (a USB drive). */
  backup: 'save',
  /** A backup file to restore. */
  restore: 'open',
  /** Any SOCSO / EIS / LINDUNG text file to check before uploading it. */
  assistCheck: 'open',
  /** A receipt (ACR, ECR, payment receipt) to attach by hand. */
  receipt: 'open',
  /** A CSV or Excel file of employees or wages to import. */
  importFile: 'open',
} as const;

export type DialogPurpose = keyof typeof DIALOG_PURPOSES;
export type DialogKind = (typeof DIALOG_PURPOSES)[DialogPurpose];
export type PurposeOf<K extends DialogKind> = { [P in DialogPurpose]: (typeof DIALOG_PURPOSES)[P] extends K ? P : never }[DialogPurpose];
export type FolderPurpose = PurposeOf<'folder'>;
export type SaveFilePurpose = PurposeOf<'save'>;
export type OpenFilePurpose = PurposeOf<'open'>;

function purposesOf<K extends DialogKind>(kind: K): [PurposeOf<K>, ...PurposeOf<K>[]] {
  return (Object.keys(DIALOG_PURPOSES) as DialogPurpose[]).filter((p) => DIALOG_PURPOSES[p] === kind) as [PurposeOf<K>, ...PurposeOf<K>[]];
}

export const FOLDER_PURPOSES = purposesOf('folder');
export const SAVE_FILE_PURPOSES = purposesOf('save');
export const OPEN_FILE_PURPOSES = purposesOf('open');
