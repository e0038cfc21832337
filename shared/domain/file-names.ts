// Which names are safe as a file or folder name on every system Caruman runs on. Shared so an
// employer code (which becomes a folder name) is refused in the form before it reaches the disk.

/**
 * Windows device names: a file or folder called CON, NUL, COM1… (also "CON.txt", and COM¹–³,
 * which Windows treats as COM1–3) opens a device instead of a file on every Windows drive.
 */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

export function isWindowsReservedName(name: string): boolean {
  return WINDOWS_DEVICE_NAME.test(name.trim().replace(/[ .]+$/, ''));
}

/**
 * A plain name for a file or folder: not empty, "." or "..", no path separator, no control
 * character or character Windows forbids (<>:"|?*), no trailing dot or space (Windows drops them,
 * so two names would meet), not a Windows device name, at most 255 characters.
 */
export function isSafeFileName(name: string): boolean {
  if (name === '' || name === '.' || name === '..' || name.length > 255) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f<>:"/\\|?*]/.test(name)) return false;
  if (/[ .]$/.test(name)) return false;
  return !isWindowsReservedName(name);
}
