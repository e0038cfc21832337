// Paths as the renderer and the main process both see them (shared/ cannot use node:path).

/** Absolute on POSIX ("/…") or Windows ("C:\…", "\\server\share\…"). */
export function isAbsolutePath(value: string): boolean {
  return value.startsWith('/') || /^[A-Za-z]:[\\/]/.test(value) || value.startsWith('\\\\');
}
