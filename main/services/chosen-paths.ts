// The folders and files the user chose through a dialog in this session, by purpose. The router
// (main/api/path-guard.ts) lets a renderer channel use a path only when it is here for a matching
// purpose, so what the renderer sends is never enough on its own. Kept in memory for the session
// only; a restore (services.reopen) keeps it, a restart forgets it.
import path from 'node:path';
import type { DialogPurpose } from '../../shared/domain/dialogs';

export interface ChosenPaths {
  /** Records a path the user chose for purpose; returns it resolved (absolute, normalised). */
  grant(purpose: DialogPurpose, chosen: string): string;
  /** Whether the path was chosen for one of the purposes in this session. */
  isChosen(purposes: readonly DialogPurpose[], candidate: string): boolean;
  /** Whether the path was chosen for any purpose in this session. */
  isChosenForAny(candidate: string): boolean;
  /** The last path chosen for purpose, for the next dialog to start there. */
  last(purpose: DialogPurpose): string | undefined;
}

/** The same place, as the file system sees it (Windows and macOS compare names without case). */
export function samePlace(a: string, b: string, platform: NodeJS.Platform = process.platform): boolean {
  const norm = (p: string) => {
    const resolved = path.resolve(p).replace(/[\\/]+$/, '') || path.resolve(p);
    return platform === 'win32' || platform === 'darwin' ? resolved.toLowerCase() : resolved;
  };
  return norm(a) === norm(b);
}

export function createChosenPaths(platform: NodeJS.Platform = process.platform): ChosenPaths {
  const chosen = new Map<DialogPurpose, string[]>();
  const lastChosen = new Map<DialogPurpose, string>();
  const has = (purpose: DialogPurpose, candidate: string) => (chosen.get(purpose) ?? []).some((p) => samePlace(p, candidate, platform));
  return {
    grant(purpose, value) {
      const resolved = path.resolve(value);
      if (!has(purpose, resolved)) chosen.set(purpose, [...(chosen.get(purpose) ?? []), resolved]);
      lastChosen.set(purpose, resolved);
      return resolved;
    },
    isChosen(purposes, candidate) {
      return purposes.some((purpose) => has(purpose, candidate));
    },
    isChosenForAny(candidate) {
      return [...chosen.keys()].some((purpose) => has(purpose, candidate));
    },
    last(purpose) {
      return lastChosen.get(purpose);
    },
  };
}
