import type { HandlerMap } from '../handler';

export const receiptHandlers = {
  'receipts:list': (input, { receipts }) => receipts.list(input.companyId, input.month),
  'receipts:attach': (input, { receipts }) =>
    receipts.fileReceipt({
      companyId: input.companyId,
      month: input.month,
      suggestedName: input.fileName,
      bytes: new Uint8Array(Buffer.from(input.content, 'base64')),
      kind: input.kind,
      source: 'user',
    }),
  'monthStatus:get': (input, { receipts }) => receipts.monthStatus.get(input.companyId, input.month),
  'monthStatus:set': (input, { receipts }) => receipts.monthStatus.set(input.companyId, input.month, input.status),
} satisfies HandlerMap<'receipts:list' | 'receipts:attach' | 'monthStatus:get' | 'monthStatus:set'>;
