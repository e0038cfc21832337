// PCB of a company-month's saved wages, from the pay run (wages:pcb): it needs the year to date,
// TP1, TP3 and CP38, so it is worked out in the main process for what is saved, loaded after the
// grid (never holding it up: it is asked for only once `gridShown` holds, because working out a
// month's PCB takes the main process longer than the grid's rows and would delay them) and again
// whenever `version` changes (after a save). A figure from before the latest save or of another
// month is never returned: null until the new one arrives.
import { useMemo } from 'react';
import { api } from '../../api/client';
import { useLoad } from '../../lib/useLoad';

export interface MonthPcb {
  /** The month is finalised (its wages cannot be changed). */
  finalised: boolean;
  /** PCB by employee id (employees paid this month). */
  byEmployee: ReadonlyMap<number, number>;
  totals: { pcb: number; cp38: number };
}

export function useMonthPcb(companyId: number, month: string, version: string, gridShown: boolean): MonthPcb | null {
  // Nothing is asked for until the grid shows; after a save (a new `version`) the figure of before
  // it is dropped at once rather than kept on screen until the new one arrives.
  const loaded = useLoad(
    () =>
      gridShown
        ? // No PCB (a month the tax engine does not cover, records it refuses): the grid still works.
          api.call('wages:pcb', { companyId, month }).catch(() => null)
        : Promise.resolve(null),
    [companyId, month, gridShown],
    { reloadOn: version, clearOnReload: true },
  );
  const data = loaded.value;
  return useMemo(() => {
    if (!data) return null;
    const totals = { pcb: 0, cp38: 0 };
    for (const row of data.rows) {
      totals.pcb += row.pcbSen;
      totals.cp38 += row.cp38Sen;
    }
    return { finalised: data.finalised, byEmployee: new Map(data.rows.map((r) => [r.employeeId, r.pcbSen])), totals };
  }, [data]);
}
