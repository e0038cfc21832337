// When the app shows the first-run setup instead of its screens: there is no company yet and the
// user has not chosen to skip it. Once shown, it stays until it is finished (the company made in
// step 2 must not end the setup before step 3). Removing the sample data brings it back. Settings
// stays reachable, so a backup can be restored on a new computer.
import { useCallback, useEffect, useState } from 'react';
import { useCurrentCompany } from '../../state/CurrentCompany';

export const FIRST_RUN_SKIPPED_KEY = 'caruman.firstRun.skipped';
const RESET_EVENT = 'caruman:first-run-reset';

function readSkipped(): boolean {
  try {
    return window.localStorage.getItem(FIRST_RUN_SKIPPED_KEY) === '1';
  } catch {
    return false;
  }
}

function writeSkipped(skipped: boolean) {
  try {
    if (skipped) window.localStorage.setItem(FIRST_RUN_SKIPPED_KEY, '1');
    else window.localStorage.removeItem(FIRST_RUN_SKIPPED_KEY);
  } catch {
    // storage unavailable: the choice lasts until reload
  }
}

/** Forget "skip setup", so an app with no company shows the setup again. */
export function resetFirstRun() {
  writeSkipped(false);
  window.dispatchEvent(new Event(RESET_EVENT));
}

export interface FirstRunGate {
  show: boolean;
  finish(): void;
  skip(): void;
}

/** Settings (restore a backup) stays reachable without a company; every other screen waits for the setup. */
export function useFirstRunGate(route: string): FirstRunGate {
  const { companies, loaded, loadError } = useCurrentCompany();
  const [skipped, setSkipped] = useState(readSkipped);
  const [active, setActive] = useState(false);
  const needed = loaded && loadError === null && companies.length === 0 && !skipped && route !== 'settings';

  // Adjusted while rendering (not in an effect): the setup stays once it has been needed.
  if (needed && !active) setActive(true);

  useEffect(() => {
    const onReset = () => setSkipped(false);
    window.addEventListener(RESET_EVENT, onReset);
    return () => window.removeEventListener(RESET_EVENT, onReset);
  }, []);

  const finish = useCallback(() => setActive(false), []);
  const skip = useCallback(() => {
    writeSkipped(true);
    setSkipped(true);
    setActive(false);
  }, []);

  return { show: needed || active, finish, skip };
}
