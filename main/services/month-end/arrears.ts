// Arrears: when a month's records change after its files were written, the difference per
// employee and scheme between what the files said and what the data says now — PERKESO's against
// the newest run with ASSIST files, KWSP's against the newest with a Form A, LHDN's against the
// newest with a CP39. Both sides are computed with that month's own tables.
import { dateInMalaysia } from '../../../shared/calendar';
import type { MonthFilesService } from '../month-files';
import type { ArrearsLine, ArrearsReport, ContributionSnapshot } from '../../../shared/domain/month-end';
import { formatRinggit } from '../../../shared/money/sen';
import type { FileFamily } from '../../../shared/month-files/kinds';

/**
 * CHOSEN: no text-file layout for arrears uploads is documented (STATUTORY.md §2 lists none), so
 * Caruman writes no arrears file; it states the amounts to enter in the portal's arrears screen.
 */
export const ARREARS_TEXT_FILE_LAYOUT_KNOWN = false;

type Amount = Exclude<keyof ContributionSnapshot, 'employeeId' | 'perkesoId' | 'name' | 'category'>;

interface Scheme {
  scheme: ArrearsLine['scheme'];
  family: FileFamily;
  wages: Amount | null;
  employer: Amount | null;
  employee: Amount;
}

/** Each scheme: which run it is compared with, and which stored amounts it compares. */
const SCHEMES: readonly Scheme[] = [
  { scheme: 'socso', family: 'assist', wages: 'wagesSen', employer: 'socsoEmployerSen', employee: 'socsoEmployeeSen' },
  { scheme: 'eis', family: 'assist', wages: 'wagesSen', employer: 'eisEmployerSen', employee: 'eisEmployeeSen' },
  { scheme: 'lindung', family: 'assist', wages: 'wagesSen', employer: null, employee: 'lindungEmployeeSen' },
  { scheme: 'epf', family: 'epf', wages: 'epfWagesSen', employer: 'epfEmployerSen', employee: 'epfEmployeeSen' },
  // PCB and CP38 are the employee's tax, deducted and remitted: the "employee" side.
  { scheme: 'pcb', family: 'pcb', wages: null, employer: null, employee: 'pcbSen' },
  { scheme: 'cp38', family: 'pcb', wages: null, employer: null, employee: 'cp38Sen' },
];

const FAMILIES: readonly FileFamily[] = ['assist', 'epf', 'pcb'];

const valueOf = (s: ContributionSnapshot | undefined, field: Amount | null): number => (s && field ? (s[field] ?? 0) : 0);

export function computeArrears(
  deps: { monthFiles: MonthFilesService },
  companyId: number,
  month: string,
  t: (key: string, params?: Record<string, string | number>) => string,
): ArrearsReport {
  const runs = new Map(FAMILIES.map((family) => [family, deps.monthFiles.lastRun(companyId, month, family)]));
  const anyRun = [...runs.values()].some((run) => run !== null);
  const now = anyRun ? deps.monthFiles.snapshotNow(companyId, month) : [];
  const after = new Map(now.map((s) => [s.employeeId, s]));
  const pcbKnownNow = now.length === 0 || now.some((s) => s.pcbSen !== null);

  const lines: ArrearsLine[] = [];
  const totals = { socsoSen: 0, eisSen: 0, lindungSen: 0, epfSen: 0, pcbSen: 0, totalSen: 0 };
  for (const { scheme, family, wages, employer, employee } of SCHEMES) {
    const run = runs.get(family);
    // PCB now comes from the pay run; where it cannot say, no difference is claimed.
    if (!run || (family === 'pcb' && !pcbKnownNow)) continue;
    const before = new Map(run.snapshot.map((s) => [s.employeeId, s]));
    const ids = [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => a - b);
    for (const id of ids) {
      const old = before.get(id);
      const cur = after.get(id);
      const who = (cur ?? old)!;
      const employerDifferenceSen = valueOf(cur, employer) - valueOf(old, employer);
      const employeeDifferenceSen = valueOf(cur, employee) - valueOf(old, employee);
      if (employerDifferenceSen === 0 && employeeDifferenceSen === 0) continue;
      lines.push({
        employeeId: id,
        perkesoId: who.perkesoId,
        name: who.name,
        scheme,
        generatedWagesSen: valueOf(old, wages ?? employee),
        currentWagesSen: valueOf(cur, wages ?? employee),
        employerDifferenceSen,
        employeeDifferenceSen,
      });
      const total = employerDifferenceSen + employeeDifferenceSen;
      totals[scheme === 'cp38' ? 'pcbSen' : (`${scheme}Sen` as const)] += total;
      totals.totalSen += total;
    }
  }

  const say = (key: string, params: Record<string, string | number> = {}) => ({ key, params, message: t(key, params) });
  const statement = !anyRun
    ? [say('monthEnd.arrears.neverGenerated', { month })]
    : lines.length === 0
      ? [say('monthEnd.arrears.none', { month })]
      : FAMILIES.flatMap((family) => {
          const run = runs.get(family);
          const mine = lines.filter((l) => SCHEMES.find((s) => s.scheme === l.scheme)!.family === family);
          if (!run || mine.length === 0) return [];
          const generatedAt = dateInMalaysia(run.createdAt);
          const total = mine.reduce((sum, l) => sum + l.employerDifferenceSen + l.employeeDifferenceSen, 0);
          return [
            say(family === 'assist' ? 'monthEnd.arrears.intro' : `monthEnd.arrears.intro.${family}`, { month, generatedAt }),
            ...mine.map((l) =>
              say(`monthEnd.arrears.line.${l.scheme}`, {
                name: l.name,
                id: l.perkesoId,
                from: formatRinggit(l.generatedWagesSen),
                to: formatRinggit(l.currentWagesSen),
                employer: formatRinggit(l.employerDifferenceSen),
                employee: formatRinggit(l.employeeDifferenceSen),
              }),
            ),
            say('monthEnd.arrears.total', { total: formatRinggit(total) }),
            ...(family === 'assist' ? [say('monthEnd.arrears.noFile')] : []),
          ];
        });
  const newest = [...runs.values()].filter((r) => r !== null).sort((a, b) => b!.runId - a!.runId)[0] ?? null;
  return { companyId, month, runId: newest?.runId ?? null, generatedAt: newest?.createdAt ?? null, lines, totals, statement };
}
