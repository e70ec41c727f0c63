import dayjs, { type Dayjs } from 'dayjs';

/**
 * Today in China (Shenzhen), whatever the browser's time zone: the date every desk of the
 * platform works in (the server's rule is src/shared/china-time.ts). China Standard Time is
 * UTC+8 all year, so it is a fixed offset, not a time-zone lookup.
 */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Today in China as a dayjs date (midnight), for date pickers' defaults and limits. */
export function chinaTodayAsDayjs(now?: Date): Dayjs {
  return dayjs(chinaToday(now));
}

/** This year in China. */
export function chinaYear(now?: Date): number {
  return Number(chinaToday(now).slice(0, 4));
}
