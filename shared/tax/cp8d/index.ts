// The C.P.8D file (employees' particulars for Form E): layout declared once, writer, reader/checker.
export * from './layout';
export * from './write';
export * from './read';
