// The one home for writing files (durable-write), the folders and names Caruman creates (paths),
// cleaning up after a crash (leftovers) and saying why a write failed (write-failure).
export * from './durable-write';
export * from './paths';
export * from './leftovers';
export * from './write-failure';
export * from './read';
export { formatBytes } from '../../../shared/domain/file-size';
