// One persistent Chromium session per company for the ASSIST portal, so a bookkeeper's logins
// for different employers never mix. Keyed on the company's UUID (shared/domain/company.ts), never
// on its row id: SQLite reuses row ids, and a new company must never inherit a removed one's login.
// Pure, unit-tested.
import { isCompanyUuid } from '../../../shared/domain/company';

export const PORTAL_PARTITION_PREFIX = 'persist:portal-';

/** Chromium keeps a "persist:<name>" partition in <userData>/Partitions/<name>. */
export const PORTAL_PARTITION_DIR_PREFIX = 'portal-';

/** "persist:portal-<company uuid>"; throws for anything but a company UUID. */
export function portalPartition(companyUuid: string): string {
  if (!isCompanyUuid(companyUuid)) throw new Error(`portalPartition: not a company UUID: ${String(companyUuid)}`);
  return `${PORTAL_PARTITION_PREFIX}${companyUuid}`;
}

/** The company UUID of a portal partition name, or null for any other partition. */
export function companyUuidOfPartition(partition: unknown): string | null {
  if (typeof partition !== 'string' || !partition.startsWith(PORTAL_PARTITION_PREFIX)) return null;
  const rest = partition.slice(PORTAL_PARTITION_PREFIX.length);
  return isCompanyUuid(rest) ? rest : null;
}

/**
 * The portal partition folders (names inside <userData>/Partitions) that belong to no company any
 * more: a removed company's, one from before a restore, and the old row-id-keyed ones
 * ("portal-3", from before companies had UUIDs). Other folders are not Caruman's portal and are
 * left alone. Compared case-insensitively: Chromium may lower-case the folder name.
 */
export function orphanPortalPartitionDirs(dirNames: readonly string[], companyUuids: Iterable<string>): string[] {
  const known = new Set([...companyUuids].map((uuid) => uuid.toLowerCase()));
  return dirNames.filter((name) => {
    if (!name.toLowerCase().startsWith(PORTAL_PARTITION_DIR_PREFIX)) return false;
    const key = name.slice(PORTAL_PARTITION_DIR_PREFIX.length).toLowerCase();
    if (/^[0-9]+$/.test(key)) return true; // keyed on a row id: never safe to keep
    return isCompanyUuid(key) && !known.has(key);
  });
}
