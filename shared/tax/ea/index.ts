// Form EA (C.P.8A): the fields declared once, and the year's figures from the finalised months.
export * from './fields';
export * from './figures';
