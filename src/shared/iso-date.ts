import { z } from 'zod';
import { isIsoDate } from '../engine';

/**
 * The earliest date a request may name. Nothing the platform decides reaches back further, and
 * a year 0000 (which `YYYY-MM-DD` allows) only makes date arithmetic and the database disagree.
 * Four digits already cap the latest at 9999-12-31.
 */
export const EARLIEST_REQUEST_DATE = '1900-01-01';

/** Is this a real calendar date written `YYYY-MM-DD`, from 1900-01-01 to 9999-12-31? */
export function isRequestDate(value: unknown): value is string {
  return isIsoDate(value) && value >= EARLIEST_REQUEST_DATE;
}

/**
 * A date in a request (query or body), the one schema every module uses: anything else is a
 * 400 naming the field, with the code `date.invalid`.
 */
export const isoDateSchema = z.string().refine(isRequestDate, 'date.invalid').meta({
  description: 'A calendar date, YYYY-MM-DD, from 1900-01-01 to 9999-12-31',
  example: '2026-03-01',
});

/**
 * A moment in a request, ISO 8601 with its offset (`2026-03-01T09:00:00+08:00`), on a day from
 * 1900-01-01 on: a year 0000, which the format allows, is a date PostgreSQL refuses.
 */
export const isoDateTimeSchema = z.iso
  .datetime({ offset: true })
  .refine((value) => isRequestDate(value.slice(0, 10)), 'date.invalid');
