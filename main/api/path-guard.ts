// Which filesystem paths a caller may name. The renderer's transports (the desktop app's IPC, the
// browser harness) use 'chosen': a path is accepted only when the user chose it through a dialog
// in this session for a matching purpose (services.chosenPaths), or when the channel's own rule
// knows it (a company's stored folder, a backup in Caruman's backups folder, a file Caruman made
// for that company). Everything else, a UNC share or /etc included, is refused with a message
// that says to use the Choose… button. The CLI uses 'typed': its user types paths in their own
// shell, with their own rights.
import path from 'node:path';
import type { DialogPurpose } from '../../shared/api/channels/dialogs';
import type { ChosenPaths } from '../services/chosen-paths';
import { ServiceError } from '../services/service-error';

export type PathPolicy = 'chosen' | 'typed';

export interface PathRule {
  /** The dialogs whose choice this channel accepts. */
  purposes: readonly DialogPurpose[];
  /** The input field, for the error. */
  field: string;
  /** Also accepted without a dialog (checked only under the 'chosen' policy). */
  alsoAllowed?: (resolved: string) => boolean;
}

export interface PathGuard {
  readonly policy: PathPolicy;
  /** The path, resolved, when this caller may use it; otherwise FORBIDDEN. */
  require(value: string, rule: PathRule): string;
}

export function createPathGuard(policy: PathPolicy, chosen: () => ChosenPaths): PathGuard {
  return {
    policy,
    require(value, rule) {
      const resolved = path.resolve(value);
      if (policy === 'typed') return resolved;
      if (chosen().isChosen(rule.purposes, resolved) || rule.alsoAllowed?.(resolved) === true) return resolved;
      throw new ServiceError('FORBIDDEN', 'desktop.path.notChosen', { path: value }, rule.field);
    },
  };
}

/** Whether `resolved` is `folder` itself or inside it. */
export function isInsideFolder(folder: string, resolved: string): boolean {
  const relative = path.relative(path.resolve(folder), resolved);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * The folder a company's files are written to: one chosen in a dialog for one of `purposes`, or
 * any folder inside the company's own stored folder (payslips, the accountant's files, Forms EA).
 */
export function companyFilesFolder(
  paths: PathGuard,
  companies: { get(id: number): { outputFolder: string | null } },
  input: { companyId: number; folder: string },
  purposes: readonly DialogPurpose[],
): string {
  return paths.require(input.folder, {
    purposes,
    field: 'folder',
    alsoAllowed: (resolved) => {
      const stored = companies.get(input.companyId).outputFolder;
      return stored !== null && isInsideFolder(stored, resolved);
    },
  });
}
