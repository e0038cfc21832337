// One way for a screen to load what it shows from the main process:
//
//   const sheet = useLoad(() => api.call('wages:sheet', { companyId, month }), [companyId, month]);
//   sheet.value   // what was loaded for these very inputs, or null while loading (or after a failure)
//   sheet.error   // the failure of the load for these inputs, as a Message to say, or null
//   sheet.reload()
//   sheet.set(fresh) // a write answered with the new value: show it without loading again
//
// It replaces the useEffect + `cancelled` flag each screen wrote by hand: an answer that arrives
// after the inputs changed (another company, another month) is dropped, and a value is never
// shown for inputs other than the ones it was loaded for. The second argument lists what the
// load reads, exactly like useEffect's (lint checks it: useLoad is in exhaustive-deps'
// additionalHooks).
//
// Options: `keepPrevious` keeps showing the last value while other inputs load (a list being
// filtered); `delayMs` waits before loading, so typing in a search box sends one request;
// `reloadOn` loads again when it changes, keeping what is shown meanwhile (a version bumped after
// a write), or, with `clearOnReload`, shows nothing (null) until the new value arrives (a figure
// that is wrong once the write is made); `onLoaded` runs with each value loaded (to seed other
// state from it).
import { useEffect, useRef, useState, type DependencyList } from 'react';
import type { Message } from '../i18n/messages';
import { sameInputs, startLoad } from './load';

export interface LoadOptions<T> {
  keepPrevious?: boolean;
  delayMs?: number;
  reloadOn?: unknown;
  clearOnReload?: boolean;
  onLoaded?(value: T): void;
}

export interface Loaded<T> {
  value: T | null;
  error: Message | null;
  reload(): void;
  set(value: T): void;
}

type Settled<T> = { inputs: DependencyList; reloadOn: unknown; value: T } | null;
type Failed = { inputs: DependencyList; reloadOn: unknown; error: Message } | null;

export function useLoad<T>(load: () => Promise<T>, inputs: DependencyList, options: LoadOptions<T> = {}): Loaded<T> {
  const { keepPrevious = false, delayMs = 0, reloadOn, clearOnReload = false } = options;
  const [settled, setSettled] = useState<Settled<T>>(null);
  const [failed, setFailed] = useState<Failed>(null);
  const [reloads, setReloads] = useState(0);
  const [reload] = useState(() => () => setReloads((n) => n + 1));
  // The latest load and onLoaded, read when a load starts or ends (not a reason to load again).
  const latest = useRef({ load, onLoaded: options.onLoaded, inputs, reloadOn });
  useEffect(() => {
    latest.current = { load, onLoaded: options.onLoaded, inputs, reloadOn };
  });
  const [set] = useState(() => (value: T) => {
    setSettled({ inputs: latest.current.inputs, reloadOn: latest.current.reloadOn, value });
    setFailed(null);
  });

  useEffect(() => {
    return startLoad(
      () => latest.current.load(),
      (outcome) => {
        if (outcome.ok) {
          latest.current.onLoaded?.(outcome.value);
          setSettled({ inputs, reloadOn, value: outcome.value });
          setFailed(null);
        } else {
          setFailed({ inputs, reloadOn, error: outcome.error });
        }
      },
      delayMs,
    );
    // `inputs` are the caller's dependencies, checked by lint where useLoad is called.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...inputs, reloads, reloadOn, delayMs]);

  const sameReload = (loadedOn: unknown) => !clearOnReload || Object.is(loadedOn, reloadOn);
  const current = settled !== null && (keepPrevious || sameInputs(settled.inputs, inputs)) && sameReload(settled.reloadOn);
  return {
    value: current ? settled.value : null,
    error: failed !== null && sameInputs(failed.inputs, inputs) && sameReload(failed.reloadOn) ? failed.error : null,
    reload,
    set,
  };
}
