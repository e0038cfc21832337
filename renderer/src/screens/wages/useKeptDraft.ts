// Keeps the month's unsaved typing on this computer (state/drafts.ts) without holding up the
// keystroke: the draft is written just after the frame that shows the keystroke is painted, not
// before it (a 2,000-row grid's draft is built, serialised and stored in milliseconds the user
// would otherwise wait for). Nothing is lost on leaving: a pending write is made at once when the
// screen goes, the month or company changes, or the page is hidden or unloaded. A draft emptied
// (saved, discarded) is removed at once, so a pending write of older typing never brings it back.
import { useEffect, useState } from 'react';
import { removeDraft, writeDraft } from '../../state/drafts';
import type { Company } from '../../../../shared/domain/company';
import { WAGES_DRAFT_KIND, type WagesDraft } from './draft';

interface Pending {
  company: Company;
  month: string;
  /** Builds the draft when it is written, not at every keystroke. */
  draft: () => WagesDraft;
}

/** One pending write at a time, made after the next paint or at once by flush(). */
export function createDraftKeeper() {
  let pending: Pending | null = null;
  let frame: number | null = null;
  let task: ReturnType<typeof setTimeout> | null = null;

  function flush(): void {
    if (frame !== null) cancelAnimationFrame(frame);
    if (task !== null) clearTimeout(task);
    frame = task = null;
    const write = pending;
    pending = null;
    if (!write) return;
    const kept = write.draft();
    if (kept.rows.length === 0) removeDraft(WAGES_DRAFT_KIND, write.company, write.month);
    else writeDraft(WAGES_DRAFT_KIND, write.company, write.month, kept);
  }

  return {
    flush,
    /** Writes after the next paint: a frame callback runs just before painting, a task queued from it after. */
    keepAfterPaint(next: Pending): void {
      if (pending && (pending.company.id !== next.company.id || pending.month !== next.month)) flush();
      pending = next;
      if (frame !== null || task !== null) return;
      frame = requestAnimationFrame(() => {
        frame = null;
        task = setTimeout(flush, 0);
      });
    },
    /** The draft is empty (saved or discarded): removed now, and nothing older is written after. */
    removeNow(company: Company, month: string): void {
      if (pending && (pending.company.id !== company.id || pending.month !== month)) flush();
      pending = null;
      flush();
      removeDraft(WAGES_DRAFT_KIND, company, month);
    },
  };
}

/**
 * active is false until this month's kept draft has been put back (before that it must not be
 * overwritten); changes says whether anything differs from what is stored; draft builds the draft
 * and changes identity with what it would hold.
 */
export function useKeptDraft(company: Company, month: string, active: boolean, changes: boolean, draft: () => WagesDraft): void {
  const [keeper] = useState(createDraftKeeper);
  useEffect(() => {
    if (!active) return;
    if (changes) keeper.keepAfterPaint({ company, month, draft });
    else keeper.removeNow(company, month);
  }, [keeper, company, month, active, changes, draft]);

  // The month or company changes, or the screen goes: what is pending is written now.
  useEffect(() => () => keeper.flush(), [keeper, company, month]);
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
