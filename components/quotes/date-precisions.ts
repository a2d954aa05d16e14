/** How precise a statement's date is, as the quote edit form and article intake offer it. */
export const DATE_PRECISION_OPTIONS = [
  { value: 'DAY', label: 'The day is known' },
  { value: 'MONTH', label: 'Only the month is known' },
  { value: 'YEAR', label: 'Only the year is known' },
] as const;
