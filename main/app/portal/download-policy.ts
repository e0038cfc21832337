// The portal view's download policy: where a file the portal downloads goes and under what name.
// The decisions live with the receipts service (plain Node, shared with "attach a receipt by
// hand"); this module is the portal's view of them.
export {
  MAX_RECEIPT_NAME,
  RECEIPT_EXTENSIONS,
  REFUSED_EXTENSIONS,
  detectReceiptKind,
  isReceiptKind,
  readReceiptFacts,
  receiptExtension,
  receiptFileName,
  receiptFolder,
  type ExtensionDecision,
  type ReceiptFacts,
  type ReceiptKind,
  type ReceiptNameDecision,
} from '../../services/receipts/naming';
