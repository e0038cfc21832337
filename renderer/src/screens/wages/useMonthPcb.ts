// PCB of a company-month's saved wages, from the pay run (wages:pcb): it needs the year to date,
// TP1, TP3 and CP38, so it is worked out in the main process for what is saved, loaded after the
// grid (never holding it up: it is asked for only once `gridShown` holds, because working out a
// month's PCB takes the main process longer than the grid's rows and would delay them) and again
// whenever `version` changes (after a save). A figure from before the latest save or of another
// month is never returned: null until the new one arrives.
import { useEffect, useMemo, useState } from 'react';
import type { WagePcb } from '../../../../shared/domain/wage-grid';
import { api } from '../../api/client';

export interface MonthPcb {
  /** The month is finalised (its wages cannot be changed). */
  finalised: boolean;
  /** PCB by employee id (employees paid this month). */
  byEmployee: ReadonlyMap<number, number>;
  totals: { pcb: number; cp38: number };
}

export function useMonthPcb(companyId: number, month: string, version: string, gridShown: boolean): MonthPcb | null {
  const key = `${companyId}/${month}/${version}`;
  const [loaded, setLoaded] = useState<{ key: string; data: WagePcb | null } | null>(null);
  useEffect(() => {
    if (!gridShown) return;
    let cancelled = false;
    api.call('wages:pcb', { companyId, month }).then(
      (data) => {
        if (!cancelled) setLoaded({ key, data });
      },
      // No PCB (a month the tax engine does not cover, records it refuses): the grid still works.
      () => {
        if (!cancelled) setLoaded({ key, data: null });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [key, companyId, month, gridShown]);
  const data = loaded?.key === key ? loaded.data : null;
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
