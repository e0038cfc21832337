// Which checker claims a file: one ordered list. `caruman check` and the Check a file screen take
// any text file; the first checker whose `claims` recognises it (by its content, or its name)
// checks it. The ASSIST checker comes last and takes everything else: it says so when a file is
// none of its layouts. To teach Caruman a new kind of file, add its checker above ASSIST.
import { checkAssistFile, type AssistKind, type CheckContext, type CheckResult } from '../assist';
import { checkCp39File, cp39AsCheckResult, looksLikeCp39, type Cp39CheckContext } from '../tax/cp39';

export interface FileCheckInput {
  bytes: Uint8Array;
  fileName?: string;
  /** For ASSIST's 223-character files: SOCSO or EIS, when the name does not say. */
  kind?: AssistKind;
  /** "YYYY-MM-DD". */
  today: string;
  /** What the company's records say, per kind of file (each optional). */
  context?: { assist?: CheckContext; cp39?: Cp39CheckContext };
}

export interface FileChecker {
  /** The layout the report names ("cp39", or ASSIST's own). */
  id: string;
  claims(input: FileCheckInput): boolean;
  check(input: FileCheckInput): CheckResult;
}

const cp39: FileChecker = {
  id: 'cp39',
  claims: (input) => looksLikeCp39(input.bytes, input.fileName),
  check: (input) => {
    const result = checkCp39File({ bytes: input.bytes, fileName: input.fileName, today: input.today, context: input.context?.cp39 });
    return cp39AsCheckResult(result, looksLikeCp39(input.bytes) ? 'content' : 'fileName');
  },
};

const assist: FileChecker = {
  id: 'assist',
  claims: () => true,
  check: (input) => checkAssistFile({ bytes: input.bytes, fileName: input.fileName, kind: input.kind, today: input.today, context: input.context?.assist }),
};

/** In order: the first that claims a file checks it. ASSIST stays last. */
export const FILE_CHECKERS: readonly FileChecker[] = [cp39, assist];

export function checkAnyFile(input: FileCheckInput): CheckResult {
  const checker = FILE_CHECKERS.find((c) => c.claims(input)) ?? assist;
  return checker.check(input);
}
