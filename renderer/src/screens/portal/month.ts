// The month a bookkeeper pays now: contributions for month M are due by the 15th of M+1, so the
// screen opens on last month.
export function previousMonth(today: Date = new Date()): string {
  const year = today.getFullYear();
  const month = today.getMonth(); // 0-based: this is already "last month" as 1-based
  return month === 0 ? `${year - 1}-12` : `${year}-${String(month).padStart(2, '0')}`;
}

/** The bytes of a File as base64, for receipts:attach. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** Where the browser-only build sends the user (the desktop app shows it inside). */
export const PORTAL_LOGIN_URL = 'https://assist.perkeso.gov.my/employer/login';
