// What happens to a file the portal downloads (Electron's will-download), written against a
// small DownloadLike interface instead of electron's DownloadItem, so the same code runs in the
// app and in the end-to-end test (which adapts Playwright's download to it). No electron import.
//
//   1. Only files the portal itself started (its own origin initiated the download) and served by
//      the portal or the payment flow are kept (allowPortalDownload); anything else is cancelled.
//   2. The receipts service picks a safe, unique name in <company folder>/<YYYY-MM>/receipts and
//      reserves it; the download is saved there, with no dialog (setSavePath before returning).
//   3. When it completes it is recorded against the company and month (the month's status moves
//      on); a cancelled or failed download leaves nothing behind.
import type { ReceiptService } from '../../services/receipts';
import { ServiceError } from '../../services/service-error';
import { allowPortalDownload, type PortalConfig } from './portal-policy';

export type DownloadState = 'completed' | 'cancelled' | 'interrupted';

export interface DownloadLike {
  getURL(): string;
  /** The origin of the frame that started the download ("null" when opaque, "" when none). */
  getInitiatorOrigin(): string;
  getFilename(): string;
  getMimeType(): string;
  setSavePath(path: string): void;
  cancel(): void;
  once(event: 'done', listener: (event: unknown, state: DownloadState) => void): unknown;
}

export interface DownloadOutcome {
  fileName: string;
  ok: boolean;
  /** The receipt's path when it was filed. */
  path?: string;
  receiptId?: number;
}

export interface DownloadContext {
  companyId: number;
  /** The month on screen when the download started; none: the download is refused. */
  month: string | undefined;
  receipts: Pick<ReceiptService, 'planDownload' | 'completeDownload' | 'abandonDownload'> | null;
  config: PortalConfig;
  /** Called once the outcome is known (refused at once, or when the download ends). */
  onOutcome?: (outcome: DownloadOutcome) => void;
  log?: (message: string, error?: unknown) => void;
}

/** Call synchronously from will-download. */
export function handlePortalDownload(item: DownloadLike, context: DownloadContext): void {
  const { companyId, month, receipts } = context;
  const fileName = item.getFilename();
  const report = (outcome: DownloadOutcome) => context.onOutcome?.(outcome);
  if (!month || !receipts || !allowPortalDownload(item.getURL(), item.getInitiatorOrigin(), context.config)) {
    item.cancel();
    report({ fileName, ok: false });
    return;
  }
  let planned: ReturnType<typeof receipts.planDownload>;
  try {
    planned = receipts.planDownload({ companyId, month, suggestedName: fileName, mimeType: item.getMimeType() });
  } catch (error) {
    item.cancel();
    if (!(error instanceof ServiceError)) context.log?.('could not place a download', error);
    report({ fileName, ok: false });
    return;
  }
  item.setSavePath(planned.path);
  item.once('done', (_event, state) => {
    if (state !== 'completed') {
      receipts.abandonDownload(planned.path);
      report({ fileName: planned.fileName, ok: false });
      return;
    }
    try {
      const receipt = receipts.completeDownload({ companyId, month, path: planned.path, kind: planned.kind === 'other' ? undefined : planned.kind });
      report({ fileName: planned.fileName, ok: true, path: receipt.path, receiptId: receipt.id });
    } catch (error) {
      context.log?.('could not record a receipt', error);
      report({ fileName: planned.fileName, ok: false });
    }
  });
}
