// Which checker claims a file: one ordered list. `caruman check` and the Check a file screen take
// any text file; the first checker whose `claims` recognises it (by its content, or its name)
// checks it. The ASSIST checker comes last and takes everything else: it says so when a file is
// none of its layouts. To teach Caruman a new kind of file, add its checker above ASSIST.
import { checkAssistFile, type AssistKind, type CheckContext, type CheckResult } from '../assist';
import { checkFormAFile, detectFormA, formACheckAsAssist, type FormACheckContext } from '../epf/form-a';
import { checkCp39File, cp39AsCheckResult, looksLikeCp39, type Cp39CheckContext } from '../tax/cp39';

/**
 * What the company's records say, per kind of file, made only when that kind's checker runs (a
 * company's month of contributions is not computed to check a CP39 file).
 */
export interface FileCheckContexts {
  assist?: () => CheckContext;
  epf?: () => FormACheckContext;
  cp39?: () => Cp39CheckContext;
}

export interface FileCheckInput {
  bytes: Uint8Array;
  fileName?: string;
  /** For ASSIST's 223-character files: SOCSO or EIS, when the name does not say. */
  kind?: AssistKind;
  /** "YYYY-MM-DD". */
  today: string;
  contexts?: FileCheckContexts;
}

export interface FileChecker {
  /** The layout the report names ("epf", "cp39", or ASSIST's own). */
  id: string;
  claims(input: FileCheckInput): boolean;
  check(input: FileCheckInput): CheckResult;
}

/** KWSP's Form A, by its header ("00EPF MONTHLY FORM A", or a bank's "01…" variant, reported as such). */
const epfFormA: FileChecker = {
  id: 'epf',
  claims: (input) => detectFormA(input.bytes) !== null,
  check: (input) => formACheckAsAssist(checkFormAFile({ bytes: input.bytes, today: input.today, context: input.contexts?.epf?.() })),
};

/** LHDN's CP39, by its records (an H of about 57 characters, D records of about 136) or its name. */
const cp39: FileChecker = {
  id: 'cp39',
  claims: (input) => looksLikeCp39(input.bytes, input.fileName),
  check: (input) => {
    const result = checkCp39File({ bytes: input.bytes, fileName: input.fileName, today: input.today, context: input.contexts?.cp39?.() });
    return cp39AsCheckResult(result, looksLikeCp39(input.bytes) ? 'content' : 'fileName');
  },
};

/** PERKESO's ASSIST files, and everything no checker above claimed. */
const assist: FileChecker = {
  id: 'assist',
  claims: () => true,
  check: (input) => checkAssistFile({ bytes: input.bytes, fileName: input.fileName, kind: input.kind, today: input.today, context: input.contexts?.assist?.() }),
};

/** In order: the first that claims a file checks it. ASSIST stays last. */
export const FILE_CHECKERS: readonly FileChecker[] = [epfFormA, cp39, assist];

export function checkAnyFile(input: FileCheckInput): CheckResult {
  const checker = FILE_CHECKERS.find((c) => c.claims(input)) ?? assist;
  return checker.check(input);
}
