// The ASSIST portal view, shown inside the main window by the Electron app. The renderer's Portal
// screen tells the main process where its placeholder is (bounds, CSS pixels) and asks for the
// view's state (polled: it shows "offline" and the receipts as they arrive). In a browser build,
// or the CLI, the portal is unavailable: portal:status says so and the others answer UNSUPPORTED.
import { z } from 'zod';
import { channel } from '../channel';
import { monthSchema } from '../../domain/dates';
import { isAbsolutePath } from '../../domain/paths';
import type { PortalState } from '../../domain/portal';

export type { PortalRect, PortalState, PortalViewState } from '../../domain/portal';

const id = z.number().int().positive();
const coordinate = z.number().finite().min(-100_000).max(100_000);
const rect = z.object({ x: coordinate, y: coordinate, width: z.number().finite().min(0).max(100_000), height: z.number().finite().min(0).max(100_000) }).strict();
const filePath = z.string().trim().min(1).max(4096).refine(isAbsolutePath, 'backups.error.path.notAbsolute');

export const portalChannels = {
  'portal:status': channel<PortalState>()(z.object({}).strict()),
  /** Shows (or moves) the company's portal over the placeholder; downloads go to that month. */
  'portal:show': channel<PortalState>()(z.object({ companyId: id, month: monthSchema, bounds: rect }).strict()),
  /** Hides the view (an app dialog opens, the user leaves the screen); the session stays. */
  'portal:hide': channel<PortalState>()(z.object({}).strict()),
  'portal:back': channel<PortalState>()(z.object({}).strict()),
  'portal:reload': channel<PortalState>()(z.object({}).strict()),
  /** Logs the company out: clears its portal session (cookies, storage, cache). */
  'portal:logout': channel<PortalState>()(z.object({ companyId: id }).strict()),
  /** Shows a file of the company (a generated file, a receipt) in the system's file manager. */
  'portal:reveal': channel<{ done: boolean }>()(z.object({ companyId: id, path: filePath }).strict()),
  /** Copies a file's path to the clipboard, to paste into the portal's file picker. */
  'portal:copyPath': channel<{ done: boolean }>()(z.object({ companyId: id, path: filePath }).strict()),
};
