import path from 'node:path';
import type { HandlerMap } from '../handler';
import { readChosenFile } from '../../services/chosen-paths';
import { MAX_RECEIPT_BYTES } from '../../../shared/api/channels/receipts';

export const receiptHandlers = {
  'receipts:list': (input, { receipts }) => receipts.list(input.companyId, input.month),
  'receipts:attach': (input, { receipts }, { paths }) => {
    let bytes: Uint8Array;
    let suggestedName: string;
    if (input.file !== undefined) {
      const file = paths.require(input.file, { purposes: ['receipt'], field: 'file' });
      bytes = readChosenFile(file, MAX_RECEIPT_BYTES, 'file');
      suggestedName = input.fileName ?? path.basename(file);
    } else {
      bytes = new Uint8Array(Buffer.from(input.content ?? '', 'base64'));
      suggestedName = input.fileName ?? '';
    }
    return receipts.fileReceipt({ companyId: input.companyId, month: input.month, suggestedName, bytes, kind: input.kind, source: 'user' });
  },
  'monthStatus:get': (input, { receipts }) => receipts.monthStatus.get(input.companyId, input.month),
  'monthStatus:set': (input, { receipts }) => receipts.monthStatus.set(input.companyId, input.month, input.status),
} satisfies HandlerMap<'receipts:list' | 'receipts:attach' | 'monthStatus:get' | 'monthStatus:set'>;
