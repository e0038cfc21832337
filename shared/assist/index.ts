// ASSIST portal text files: layouts, writer, reader and checker. Import from 'shared/assist'.
export * from './chosen';
export * from './layouts';
export * from './text';
export * from './record';
export * from './build';
export * from './check';
