// The CP39 text file (monthly PCB and CP38 to LHDN): layout declared once, writer, checker.
export * from './chosen';
export * from './layout';
export * from './values';
export * from './write';
export * from './check';
export * from './check-result';
