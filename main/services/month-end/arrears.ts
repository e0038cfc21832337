// Arrears: when a month's wages change after its files were generated, the difference per
// employee and scheme between what was generated and what the data says now. Both sides are
// computed with that month's own tables (the engine selects them by contribution month).
import { dateInMalaysia } from '../../../shared/calendar';
import type { ContributionService } from '../contributions';
import type { AssistService } from '../assist-files';
import type { ArrearsLine, ArrearsReport, ContributionSnapshot } from '../../../shared/domain/month-end';
import { snapshotOf } from '../assist-files/runs';
import { formatRinggit } from '../../../shared/money/sen';

/**
 * CHOSEN: no text-file layout for arrears uploads is documented (STATUTORY.md §2 lists none), so
 * Caruman writes no arrears file; it states the amounts to enter in the portal's arrears screen.
 */
export const ARREARS_TEXT_FILE_LAYOUT_KNOWN = false;

const SCHEMES = [
  { scheme: 'socso', employer: 'socsoEmployerSen', employee: 'socsoEmployeeSen' },
  { scheme: 'eis', employer: 'eisEmployerSen', employee: 'eisEmployeeSen' },
  { scheme: 'lindung', employer: null, employee: 'lindungEmployeeSen' },
] as const;

const NOTHING: Omit<ContributionSnapshot, 'employeeId' | 'perkesoId' | 'name'> = {
  wagesSen: 0,
  category: null,
  socsoEmployerSen: 0,
  socsoEmployeeSen: 0,
  eisEmployerSen: 0,
  eisEmployeeSen: 0,
  lindungEmployeeSen: 0,
};

export function computeArrears(
  deps: { contributions: ContributionService; assistFiles: AssistService },
  companyId: number,
  month: string,
  t: (key: string, params?: Record<string, string | number>) => string,
): ArrearsReport {
  const last = deps.assistFiles.lastRun(companyId, month);
  const now = deps.contributions.forMonth(companyId, month).rows.map(snapshotOf);
  const before = new Map((last?.snapshot ?? []).map((s) => [s.employeeId, s]));
  const after = new Map(now.map((s) => [s.employeeId, s]));
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => a - b);

  const lines: ArrearsLine[] = [];
  const totals = { socsoSen: 0, eisSen: 0, lindungSen: 0, totalSen: 0 };
  if (last) {
    for (const id of ids) {
      const old = before.get(id);
      const cur = after.get(id);
      const who = (cur ?? old)!;
      const a = { ...NOTHING, ...old };
      const b = { ...NOTHING, ...cur };
      for (const { scheme, employer, employee } of SCHEMES) {
        const employerDifferenceSen = employer ? b[employer] - a[employer] : 0;
        const employeeDifferenceSen = b[employee] - a[employee];
        if (employerDifferenceSen === 0 && employeeDifferenceSen === 0) continue;
        lines.push({
          employeeId: id,
          perkesoId: who.perkesoId,
          name: who.name,
          scheme,
          generatedWagesSen: a.wagesSen,
          currentWagesSen: b.wagesSen,
          employerDifferenceSen,
          employeeDifferenceSen,
        });
        totals[`${scheme}Sen`] += employerDifferenceSen + employeeDifferenceSen;
        totals.totalSen += employerDifferenceSen + employeeDifferenceSen;
      }
    }
  }

  const say = (key: string, params: Record<string, string | number> = {}) => ({ key, params, message: t(key, params) });
  const statement = !last
    ? [say('monthEnd.arrears.neverGenerated', { month })]
    : lines.length === 0
      ? [say('monthEnd.arrears.none', { month })]
      : [
          say('monthEnd.arrears.intro', { month, generatedAt: dateInMalaysia(last.createdAt) }),
          ...lines.map((l) =>
            say(`monthEnd.arrears.line.${l.scheme}`, {
              name: l.name,
              id: l.perkesoId,
              from: formatRinggit(l.generatedWagesSen),
              to: formatRinggit(l.currentWagesSen),
              employer: formatRinggit(l.employerDifferenceSen),
              employee: formatRinggit(l.employeeDifferenceSen),
            }),
          ),
          say('monthEnd.arrears.total', { total: formatRinggit(totals.totalSen) }),
          say('monthEnd.arrears.noFile'),
        ];
  return { companyId, month, runId: last?.runId ?? null, generatedAt: last?.createdAt ?? null, lines, totals, statement };
}
