// A month's Form TP1 claims as PCB takes them (PCB.md §1.6, §1.8): the relief items C1–C17 are
// LP1; D1a (zakat) and D1b (departure levy for umrah / pilgrimage) are PCB's zakat for the month,
// never on the payslip or Form EA.
export const TP1_ZAKAT_ITEMS: readonly string[] = ['D1a', 'D1b'];

export function tp1MonthFigures(claims: readonly { item: string; amount: number }[]): { reliefSen: number; zakatSen: number } {
  let reliefSen = 0;
  let zakatSen = 0;
  for (const claim of claims) {
    if (TP1_ZAKAT_ITEMS.includes(claim.item)) zakatSen += claim.amount;
    else reliefSen += claim.amount;
  }
  return { reliefSen, zakatSen };
}
