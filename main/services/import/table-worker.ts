// The worker thread that reads .xlsx files for workbook-reader.ts: one message per workbook, so
// unzipping and parsing never block the Electron main process or the CLI's event loop.
import { parentPort } from 'node:worker_threads';
import { readXlsxTable } from './xlsx-table';

parentPort!.on('message', ({ id, bytes }: { id: number; bytes: Uint8Array }) => {
  void readXlsxTable(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).then((result) => parentPort!.postMessage({ id, result }));
});
