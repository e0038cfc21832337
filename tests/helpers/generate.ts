// Deterministic test data: valid MyKad numbers, names and wages for large imports and benchmarks.

/** The n-th of a sequence of valid MyKad numbers (born 1970–1999, issued place codes), distinct for n < 100,800. */
export function mykadNumber(n: number): string {
  const year = 70 + (n % 30);
  const month = 1 + (Math.floor(n / 30) % 12);
  const day = 1 + (Math.floor(n / 360) % 28);
  const serial = Math.floor(n / 10080) * 10 + (n % 10);
  const place = 1 + (Math.floor(n / 7) % 14);
  const pad = (v: number, w: number) => String(v).padStart(w, '0');
  return `${pad(year, 2)}${pad(month, 2)}${pad(day, 2)}${pad(place, 2)}${pad(serial % 10000, 4)}`;
}

export function employeeCsv(count: number, options: { badRow?: number } = {}): string {
  const lines = ['name,id_number,hire_date,perkeso_registered_date'];
  for (let i = 0; i < count; i++) {
    const id = mykadNumber(i);
    const hire = options.badRow === i ? '2024-02-30' : '2020-01-06';
    lines.push(`Pekerja ${i},${id},${hire},2020-01-10`);
  }
  return lines.join('\n') + '\n';
}

export function wageCsv(ids: readonly string[]): string {
  const lines = ['id_number,basic,overtime,allowance,bonus'];
  ids.forEach((id, i) => lines.push(`${id},${1500 + (i % 4000)}.${String(i % 100).padStart(2, '0')},${i % 300}.50,100,0`));
  return lines.join('\n') + '\n';
}
