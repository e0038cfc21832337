import path from 'node:path';
import type { HandlerMap } from '../handler';

export const receiptHandlers = {
  'receipts:list': (input, { receipts }) => receipts.list(input.companyId, input.month),
  'receipts:attach': (input, { receipts }, { paths }) => {
    const common = { companyId: input.companyId, month: input.month, kind: input.kind, source: 'user' as const };
    if (input.file !== undefined) {
      // A file chosen in the receipt dialog; the service reads it (an ordinary file, size-capped).
      const sourcePath = paths.require(input.file, { purposes: ['receipt'], field: 'file' });
      return receipts.fileReceipt({ ...common, sourcePath, suggestedName: input.fileName ?? path.basename(sourcePath) });
    }
    return receipts.fileReceipt({ ...common, suggestedName: input.fileName ?? '', bytes: new Uint8Array(Buffer.from(input.content ?? '', 'base64')) });
  },
  'monthStatus:get': (input, { receipts }) => receipts.monthStatus.get(input.companyId, input.month),
  'monthStatus:set': (input, { receipts }) => receipts.monthStatus.set(input.companyId, input.month, input.status),
} satisfies HandlerMap<'receipts:list' | 'receipts:attach' | 'monthStatus:get' | 'monthStatus:set'>;
