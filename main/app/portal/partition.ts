// One persistent Chromium session per company for the ASSIST portal, so a bookkeeper's logins
// for different employers never mix. Pure, unit-tested.
export const PORTAL_PARTITION_PREFIX = 'persist:portal-';

function isCompanyId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

/** "persist:portal-<company id>"; throws for anything but a positive integer id. */
export function portalPartition(companyId: number): string {
  if (!isCompanyId(companyId)) throw new Error(`portalPartition: not a company id: ${String(companyId)}`);
  return `${PORTAL_PARTITION_PREFIX}${companyId}`;
}

/** The company id of a portal partition name, or null for any other partition. */
export function companyIdOfPartition(partition: unknown): number | null {
  if (typeof partition !== 'string' || !partition.startsWith(PORTAL_PARTITION_PREFIX)) return null;
  const rest = partition.slice(PORTAL_PARTITION_PREFIX.length);
  if (!/^[1-9][0-9]{0,15}$/.test(rest)) return null;
  const id = Number(rest);
  return isCompanyId(id) ? id : null;
}
