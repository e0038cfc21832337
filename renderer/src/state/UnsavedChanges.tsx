// Typed work is never thrown away without asking. A screen with unsaved changes (the wage grid,
// the employee form) registers them here with useUnsavedChanges(); every way out of it then asks
// "Save / Discard / Stay" first:
//   - a link to another screen (the sidebar, any in-app link), and the Back button: the router
//     asks this guard before it follows the address (routes.ts setRouteGuard);
//   - a company switch, a month change: those controls call confirmLeave(proceed);
//   - closing or reloading the window: `beforeunload` is set while there are changes (the
//     Electron main process turns it into its own question).
// Ctrl+S (Cmd+S on a Mac) saves the registered screen. A language switch is not a way out: the
// screen stays, and its typing with it.
import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { LeaveDialog, type LeaveAnswer } from '../components/LeaveDialog';
import type { Message } from '../i18n/messages';
import { parseHash, setRouteGuard } from '../routes';

export interface UnsavedWork {
  /** True while something typed is not saved. */
  dirty: boolean;
  /** What is unsaved, in words, for the question ("Wages for May 2025: 3 rows changed"). */
  summary: Message;
  /** Saves; resolves false when nothing could be saved (the screen then shows why, and stays). */
  save(): Promise<boolean>;
  /** Throws the unsaved changes away, with their draft. */
  discard(): void;
}

export interface UnsavedChanges {
  /** Runs `proceed` at once when nothing is unsaved; otherwise asks first (Save / Discard / Stay). */
  confirmLeave(proceed: () => void): void;
}

interface Registry extends UnsavedChanges {
  register(work: RefObject<UnsavedWork>): () => void;
}

const UnsavedChangesContext = createContext<Registry | null>(null);

interface Question {
  proceed: () => void;
  /** What is unsaved, as the screen said it when the question was asked. */
  summary: Message;
  /** Where the focus was when the question was asked; it goes back there on Stay. */
  returnFocus: HTMLElement | null;
}

export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const registered = useRef<RefObject<UnsavedWork>[]>([]);
  const [question, setQuestion] = useState<Question | null>(null);
  const questionRef = useRef<Question | null>(null);
  /** A hash change this provider makes itself, after the user answered: let through once. */
  const allowedHash = useRef<string | null>(null);

  // The latest work that holds unsaved typing (a screen may show two forms, one of them untouched),
  // else the latest registered.
  const current = useCallback((): UnsavedWork | null => {
    const list = registered.current;
    for (let i = list.length - 1; i >= 0; i -= 1) if (list[i]?.current?.dirty) return list[i]!.current;
    return list.length > 0 ? (list[list.length - 1]?.current ?? null) : null;
  }, []);
  const isDirty = useCallback(() => current()?.dirty === true, [current]);

  const ask = useCallback(
    (proceed: () => void) => {
      if (questionRef.current) return; // already asking; the first question stands
      const work = current();
      if (!work) return proceed();
      const active = document.activeElement;
      const next = { proceed, summary: work.summary, returnFocus: active instanceof HTMLElement ? active : null };
      questionRef.current = next;
      setQuestion(next);
    },
    [current],
  );

  const confirmLeave = useCallback(
    (proceed: () => void) => {
      if (isDirty()) ask(proceed);
      else proceed();
    },
    [isDirty, ask],
  );

  const register = useCallback((work: RefObject<UnsavedWork>) => {
    registered.current = [...registered.current, work];
    return () => {
      registered.current = registered.current.filter((entry) => entry !== work);
    };
  }, []);

  /** Goes to another hash as the user asked, past the guard below. */
  const goToHash = useCallback((hash: string) => {
    if (window.location.hash === hash) return;
    allowedHash.current = hash;
    window.location.hash = hash;
  }, []);

  useEffect(() => {
    // A hash change that would leave the screen (the Back button, a link elsewhere): the route
    // does not follow it; the address is put back, and the question asked.
    setRouteGuard((from, to) => {
      if (allowedHash.current !== null) {
        const allowed = allowedHash.current === to;
        allowedHash.current = null;
        if (allowed) return true;
      }
      if (parseHash(from) === parseHash(to) || !isDirty()) return true;
      window.history.replaceState(window.history.state, '', from === '' ? window.location.pathname : from);
      ask(() => goToHash(to));
      return false;
    });
    // A click on an in-app link is caught before it changes the address (no history entry for a
    // screen the user did not reach).
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[href^="#/"]') : null;
      const href = link?.getAttribute('href');
      if (!href || parseHash(href) === parseHash(window.location.hash) || !isDirty()) return;
      event.preventDefault();
      ask(() => goToHash(href));
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!isDirty()) return;
      event.preventDefault();
      // Older engines (and Electron's will-prevent-unload) look at returnValue.
      event.returnValue = '';
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 's') return;
      const work = current();
      if (!work) return;
      event.preventDefault();
      if (questionRef.current) return; // the question has its own Save button
      void work.save();
    };
    document.addEventListener('click', onClick, { capture: true });
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      setRouteGuard(null);
      document.removeEventListener('click', onClick, { capture: true });
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [isDirty, ask, goToHash, current]);

  /** Closes the question at once (the app behind it is inert while it is open: nothing there could take the focus). */
  const close = useCallback(() => {
    questionRef.current = null;
    flushSync(() => setQuestion(null));
  }, []);

  const answer = useCallback(
    async (choice: LeaveAnswer) => {
      const asked = questionRef.current;
      if (!asked) return;
      close();
      const work = current();
      if (choice === 'stay') {
        asked.returnFocus?.focus();
        return;
      }
      if (work && choice === 'discard') work.discard();
      // Saved, or refused: then the screen says why and moves the focus to what needs fixing.
      if (work && choice === 'save' && !(await work.save())) return;
      asked.proceed();
    },
    [current, close],
  );

  const value = useMemo<Registry>(() => ({ confirmLeave, register }), [confirmLeave, register]);
  return (
    <UnsavedChangesContext.Provider value={value}>
      {children}
      {question ? <LeaveDialog summary={question.summary} onAnswer={(choice) => void answer(choice)} /> : null}
    </UnsavedChangesContext.Provider>
  );
}

function useRegistry(): Registry {
  const value = useContext(UnsavedChangesContext);
  if (!value) throw new Error('Unsaved changes are used outside <UnsavedChangesProvider>');
  return value;
}

/** confirmLeave(proceed), for controls that take the user away (company switch, month change). */
export function useConfirmLeave(): UnsavedChanges['confirmLeave'] {
  return useRegistry().confirmLeave;
}

/**
 * Registers a screen's unsaved work for as long as the screen is shown. Pass the current state
 * on every render; the guard reads the latest when it is needed.
 */
export function useUnsavedChanges(work: UnsavedWork): void {
  const { register } = useRegistry();
  const ref = useRef<UnsavedWork>(work);
  useLayoutEffect(() => {
    ref.current = work;
  });
  useEffect(() => register(ref), [register]);
}
