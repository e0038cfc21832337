// At start, before any portal session exists: removes the partition folders of companies that are
// no longer in the database (removed while the app was closed, dropped by a restore, or keyed on a
// row id by an older Caruman), so no saved portal login outlives its company. Plain Node (no
// electron import): main.ts passes the app's userData folder.
import fs from 'node:fs';
import path from 'node:path';
import { orphanPortalPartitionDirs } from './partition';

/** Removes the orphan portal partitions under <userData>/Partitions; returns the folder names removed. */
export function removeOrphanPortalPartitions(userDataDir: string, companyUuids: readonly string[]): string[] {
  const partitions = path.join(userDataDir, 'Partitions');
  let names: string[];
  try {
    names = fs.readdirSync(partitions);
  } catch {
    return []; // no partition was ever made
  }
  const removed: string[] = [];
  for (const name of orphanPortalPartitionDirs(names, companyUuids)) {
    const folder = path.join(partitions, name);
    if (!fs.lstatSync(folder).isDirectory()) continue; // never follow a link out of the profile
    fs.rmSync(folder, { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
