// Keeps a screen's unsaved typing on this computer (state/drafts.ts) without holding up the
// keystroke: the draft is written just after the frame that shows the keystroke is painted, not
// before it (a 2,000-row wage grid's draft is built, serialised and stored in milliseconds the user
// would otherwise wait for). Nothing is lost on leaving: a pending write is made at once when the
// screen goes, the scope or company changes, or the page is hidden or unloaded. A draft emptied
// (saved, discarded) is removed at once, so a pending write of older typing never brings it back.
// Used by the wage grid (one draft per company-month) and the Payroll screen's deductions and
// hours (one per company-month-employee).
import { useEffect, useState } from 'react';
import { removeDraft, writeDraft, type DraftOwner } from './drafts';

interface Pending<T> {
  owner: DraftOwner;
  scope: string;
  /** Builds the draft when it is written, not at every keystroke. */
  draft: () => T;
}

/**
 * One pending write at a time, made after the next paint or at once by flush(). `isEmpty` says
 * when a built draft holds nothing worth keeping (it is then removed instead).
 */
export function createDraftKeeper<T>(kind: string, isEmpty: (draft: T) => boolean = () => false) {
  let pending: Pending<T> | null = null;
  let frame: number | null = null;
  let task: ReturnType<typeof setTimeout> | null = null;
  const same = (a: Pending<T>, owner: DraftOwner, scope: string) => a.owner.id === owner.id && a.scope === scope;

  function flush(): void {
    if (frame !== null) cancelAnimationFrame(frame);
    if (task !== null) clearTimeout(task);
    frame = task = null;
    const write = pending;
    pending = null;
    if (!write) return;
    const kept = write.draft();
    if (isEmpty(kept)) removeDraft(kind, write.owner, write.scope);
    else writeDraft(kind, write.owner, write.scope, kept);
  }

  return {
    flush,
    /** Writes after the next paint: a frame callback runs just before painting, a task queued from it after. */
    keepAfterPaint(next: Pending<T>): void {
      if (pending && !same(pending, next.owner, next.scope)) flush();
      pending = next;
      if (frame !== null || task !== null) return;
      frame = requestAnimationFrame(() => {
        frame = null;
        task = setTimeout(flush, 0);
      });
    },
    /** The draft is empty (saved or discarded): removed now, and nothing older is written after. */
    removeNow(owner: DraftOwner, scope: string): void {
      if (pending && !same(pending, owner, scope)) flush();
      pending = null;
      flush();
      removeDraft(kind, owner, scope);
    },
  };
}

/**
 * Keeps `draft()` under (kind, company, scope) while `changes` says it differs from what is
 * stored, and removes it when it no longer does. `active` is false until the scope's kept draft
 * has been put back (before that it must not be overwritten); `draft` changes identity with what
 * it would hold.
 */
export function useKeptDraft<T>(
  kind: string,
  owner: DraftOwner,
  scope: string,
  active: boolean,
  changes: boolean,
  draft: () => T,
  isEmpty?: (draft: T) => boolean,
): void {
  const [keeper] = useState(() => createDraftKeeper<T>(kind, isEmpty));
  useEffect(() => {
    if (!active) return;
    if (changes) keeper.keepAfterPaint({ owner, scope, draft });
    else keeper.removeNow(owner, scope);
  }, [keeper, owner, scope, active, changes, draft]);

  // The scope or company changes, or the screen goes: what is pending is written now.
  useEffect(() => () => keeper.flush(), [keeper, owner, scope]);
  // A hidden window paints no frames, so what waits for the next paint is written when it hides.
  useEffect(() => {
    const flush = () => keeper.flush();
    const hidden = () => {
      if (document.visibilityState === 'hidden') keeper.flush();
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [keeper]);
}
