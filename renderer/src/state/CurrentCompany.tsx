// The list of companies and the one the user is working on. Every screen that shows or changes
// company data reads `current` from here; the id is remembered in localStorage so a reload (or
// the next start) opens the same company. A bookkeeper's companies never mix: screens must use
// `current.id` for every call and re-load when it changes.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Company } from '../../../shared/domain/company';
import { api } from '../api/client';
import { messageOf, type Message } from '../i18n/messages';

export const CURRENT_COMPANY_KEY = 'caruman.currentCompanyId';

export interface CurrentCompanyState {
  companies: Company[];
  /** False until the first companies:list answered. */
  loaded: boolean;
  /** Why the list could not be loaded, if it could not. */
  loadError: Message | null;
  current: Company | null;
  select(id: number | null): void;
  /** Reloads the list (after a create or rename); resolves with the fresh list. */
  refresh(): Promise<Company[]>;
}

const CurrentCompanyContext = createContext<CurrentCompanyState | null>(null);

function storedId(): number | null {
  try {
    const raw = window.localStorage.getItem(CURRENT_COMPANY_KEY);
    const id = raw === null ? NaN : Number(raw);
    return Number.isInteger(id) && id > 0 ? id : null;
  } catch {
    return null;
  }
}

function storeId(id: number | null) {
  try {
    if (id === null) window.localStorage.removeItem(CURRENT_COMPANY_KEY);
    else window.localStorage.setItem(CURRENT_COMPANY_KEY, String(id));
  } catch {
    // storage unavailable: the choice lasts until reload
  }
}

export function CurrentCompanyProvider({ children }: { children: ReactNode }) {
  const [companies, setCompanies] = useState<Company[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState<Message | null>(null);
  const [currentId, setCurrentId] = useState<number | null>(storedId);
  const currentIdRef = useRef(currentId);

  const select = useCallback((id: number | null) => {
    currentIdRef.current = id;
    setCurrentId(id);
    storeId(id);
  }, []);

  // A remembered company that no longer exists is forgotten; a single company is chosen for the
  // user (an owner with one shop never has to pick). With several, the user chooses.
  const reconcile = useCallback(
    (list: Company[]) => {
      const id = currentIdRef.current;
      const only = list.length === 1 ? (list[0]?.id ?? null) : null;
      if (id !== null && !list.some((company) => company.id === id)) select(only);
      else if (id === null && only !== null) select(only);
    },
    [select],
  );

  const apply = useCallback(
    (list: Company[]) => {
      setCompanies(list);
      reconcile(list);
      setLoadError(null);
      setLoaded(true);
      return list;
    },
    [reconcile],
  );

  const fail = useCallback((error: unknown) => {
    setLoadError(messageOf(error));
    setLoaded(true);
  }, []);

  const refresh = useCallback(
    () =>
      api.call('companies:list', {}).then(apply, (error: unknown) => {
        fail(error);
        throw error;
      }),
    [apply, fail],
  );

  useEffect(() => {
    api.call('companies:list', {}).then(apply, fail);
  }, [apply, fail]);

  const current = companies.find((company) => company.id === currentId) ?? null;

  const value = useMemo<CurrentCompanyState>(
    () => ({ companies, loaded, loadError, current, select, refresh }),
    [companies, loaded, loadError, current, select, refresh],
  );
  return <CurrentCompanyContext.Provider value={value}>{children}</CurrentCompanyContext.Provider>;
}

export function useCurrentCompany(): CurrentCompanyState {
  const value = useContext(CurrentCompanyContext);
  if (!value) throw new Error('useCurrentCompany() is used outside <CurrentCompanyProvider>');
  return value;
}
