// Dates the HTTP API accepts: a calendar date between 1970 and 2099. "0000-01-01" or
// "9999-12-31" is a typo or a probe, never a technical assistance request, and far dates make
// the month arithmetic and the letters say nonsense.
import { z } from 'zod';

export const FIRST_DATE = '1970-01-01';
export const LAST_DATE = '2099-12-31';
const WINDOW_MESSAGE = `must be a date between ${FIRST_DATE} and ${LAST_DATE}`;

/** YYYY-MM-DD strings compare in calendar order. */
export const inWindow = (iso: string): boolean => iso >= FIRST_DATE && iso <= LAST_DATE;

export const WindowDate = z.iso.date().refine(inWindow, WINDOW_MESSAGE);

/** A date field the domain parses itself: free text passes, an ISO date outside the window does not. */
export const WindowedText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s.trim()) || inWindow(s.trim()), WINDOW_MESSAGE);

/** The fields of `values` (field -> ISO date) that lie outside the window. */
export function outOfWindow(values: Record<string, string | undefined>) {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && !inWindow(v))
    .map(([field]) => ({ field, message: WINDOW_MESSAGE }));
}
