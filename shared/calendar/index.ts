// Months, dates, month names and "today": the one home for calendar arithmetic. Import from
// 'shared/calendar' rather than its files.
export * from './month';
export * from './date';
export * from './names';
export * from './today';
