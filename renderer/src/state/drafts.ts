// Unsaved work kept on this computer until it is saved or thrown away: the wages typed for one
// company-month, an employee form half filled in. A renderer reload or crash, or a window closed
// anyway, loses none of it.
//
// Each draft carries the identity of its company (id, employer code and the moment it was
// created), not only its id: SQLite reuses the id of a removed company (INTEGER PRIMARY KEY), e.g.
// the sample company's, for the next one made. A draft whose company no longer matches is
// removed, never applied to another company.
import type { Company } from '../../../shared/domain/company';

/** What a draft is tied to: the company as it was when the typing started. */
export type DraftOwner = Pick<Company, 'id' | 'employerCode' | 'createdAt'>;

/** The part of Web Storage drafts need (localStorage in the app; a Map in unit tests). */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = 'caruman.draft';
const VERSION = 1;

interface Stored {
  v: number;
  employerCode: string;
  createdAt: string;
  savedAt: string;
  data: unknown;
}

/** "caruman.draft.wages.3.2026-05": one key per kind of work, company and scope (a month, a form). */
export function draftKey(kind: string, owner: Pick<DraftOwner, 'id'>, scope: string): string {
  return `${PREFIX}.${kind}.${owner.id}.${scope}`;
}

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function isStored(value: unknown): value is Stored {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.v === VERSION && typeof v.employerCode === 'string' && typeof v.createdAt === 'string' && typeof v.savedAt === 'string';
}

/**
 * The draft's data, checked by `parse`; null when there is none, when it belongs to another
 * company that had this id, or when it cannot be read (it is then removed: a broken draft must
 * not come back on every visit).
 */
export function readDraft<T>(
  kind: string,
  owner: DraftOwner,
  scope: string,
  parse: (data: unknown) => T | null,
  storage: DraftStorage | null = browserStorage(),
): { data: T; savedAt: string } | null {
  if (!storage) return null;
  const key = draftKey(kind, owner, scope);
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return null;
  }
  if (raw === null) return null;
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    stored = null;
  }
  const data = isStored(stored) && stored.employerCode === owner.employerCode && stored.createdAt === owner.createdAt ? parse(stored.data) : null;
  if (data === null || !isStored(stored)) {
    removeStored(storage, key);
    return null;
  }
  return { data, savedAt: stored.savedAt };
}

/** Keeps the draft; false when the storage refused it (full, or turned off). */
export function writeDraft(
  kind: string,
  owner: DraftOwner,
  scope: string,
  data: unknown,
  storage: DraftStorage | null = browserStorage(),
  now: () => Date = () => new Date(),
): boolean {
  if (!storage) return false;
  const stored: Stored = { v: VERSION, employerCode: owner.employerCode, createdAt: owner.createdAt, savedAt: now().toISOString(), data };
  try {
    storage.setItem(draftKey(kind, owner, scope), JSON.stringify(stored));
    return true;
  } catch {
    return false;
  }
}

export function removeDraft(kind: string, owner: Pick<DraftOwner, 'id'>, scope: string, storage: DraftStorage | null = browserStorage()) {
  if (storage) removeStored(storage, draftKey(kind, owner, scope));
}

function removeStored(storage: DraftStorage, key: string) {
  try {
    storage.removeItem(key);
  } catch {
    // storage unavailable: nothing was kept either
  }
}

/** The scopes that have a draft of this kind for this company ("new", "edit-12"), whoever's they are. */
export function draftScopes(kind: string, owner: Pick<DraftOwner, 'id'>, storage: DraftStorage & { readonly length: number; key(index: number): string | null } | null = browserStorage()): string[] {
  if (!storage) return [];
  const prefix = `${draftKey(kind, owner, '')}`;
  const scopes: string[] = [];
  try {
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key?.startsWith(prefix)) scopes.push(key.slice(prefix.length));
    }
  } catch {
    return [];
  }
  return scopes.sort();
}
