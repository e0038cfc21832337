// One Third Schedule table (a part of an edition), parsed once from its CSV into two integer-sen
// arrays indexed by band row, after checking its bands are exactly those of §2.1.
import { ringgitToSen } from '../money/sen';
import { bandEdges } from './bands';
import { BANDS } from './rules';
import type { EpfPart } from './person';

export const EPF_TABLE_HEADER = 'from,to,employer,employee';

export interface EpfTable {
  /** "epf_partA_2025-10": the CSV's name without .csv. */
  id: string;
  part: EpfPart;
  /** Edition id, "2025-10". */
  edition: string;
  /** Shares in sen by band row (bands.ts). */
  employerSen: Int32Array;
  employeeSen: Int32Array;
}

/** Parses a table CSV; throws (naming the file and line) unless it has exactly the §2.1 bands with whole-sen amounts. */
export function parseEpfTableCsv(id: string, part: EpfPart, edition: string, text: string): EpfTable {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines[0] !== EPF_TABLE_HEADER)
    throw new Error(`EPF table ${id}: expected header "${EPF_TABLE_HEADER}", found "${lines[0] ?? ''}"`);
  const rows = lines.slice(1);
  if (rows.length !== BANDS.rows)
    throw new Error(`EPF table ${id}: expected ${BANDS.rows} bands, found ${rows.length}`);
  const employerSen = new Int32Array(BANDS.rows);
  const employeeSen = new Int32Array(BANDS.rows);
  rows.forEach((line, index) => {
    const cells = line.split(',');
    if (cells.length !== 4)
      throw new Error(`EPF table ${id}, line ${index + 2}: expected 4 fields, found ${cells.length}`);
    const [from = '', to = '', employer = '', employee = ''] = cells;
    const edges = bandEdges(index);
    if (ringgitToSen(from) !== edges.fromSen || ringgitToSen(to) !== edges.toSen) {
      throw new Error(
        `EPF table ${id}, line ${index + 2}: band ${from}–${to} is not the §2.1 band ${edges.fromSen}–${edges.toSen} sen`,
      );
    }
    employerSen[index] = ringgitToSen(employer);
    employeeSen[index] = ringgitToSen(employee);
  });
  return { id, part, edition, employerSen, employeeSen };
}
