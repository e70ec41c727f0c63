import dayjs from 'dayjs';

/** A `YYYY-MM` month in the UI language ("2027年1月", "Jan 2027"); `format` is from i18n. */
export function formatMonth(month: string, format: string): string {
  return dayjs(`${month}-01`).format(format);
}
