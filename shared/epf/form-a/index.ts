// KWSP's Form A: the text file (layout declared once, writer, reader and checker) and its CSV form.
export * from './layout';
export * from './chosen';
export {
  writeFormARecord,
  readFormARecord,
  formatFormAField,
  type FormARawField,
  type FormAValues,
} from './record';
export * from './build';
export * from './csv';
export * from './check';
export { formACheckAsAssist } from './as-assist-check';
