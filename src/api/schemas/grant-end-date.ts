import { z } from '../zod';
import { isoDate } from './common';
import { ROLE_IDS, roleIdSchema } from './roles';

/**
 * Time-bound grants: a role may end on a day of the mock clock. Days are calendar days in UTC, `YYYY-MM-DD`; a grant
 * ends at the start of its end day. The range rule takes the server's today, so the client (which learns it from the
 * mock clock) and the handlers check the same thing.
 */

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written `YYYY-MM-DD` (not `2026-02-30`). */
export function isCalendarDay(v: string): boolean {
  if (!DAY_RE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** The UTC day of an instant. */
export const dayOf = (at: Date | string): string => new Date(at).toISOString().slice(0, 10);

/** `day` moved by `days` (and `years`) on the calendar, UTC. */
export function addToDay(day: string, { days = 0, years = 0 }: { days?: number; years?: number }): string {
  const d = new Date(`${day}T00:00:00Z`);
  return new Date(Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate() + days))
    .toISOString()
    .slice(0, 10);
}

/** The end days allowed on `today`: from tomorrow to one year ahead, both included. */
export function endDateRange(today: string): { min: string; max: string } {
  return { min: addToDay(today, { days: 1 }), max: addToDay(today, { years: 1 }) };
}

/** The shape of an end day in a request (the range is checked on the server's today: `grantEndDateSchema`). */
export const grantEndDateFormat = z.string().check(z.refine(isCalendarDay, 'grantEndDate.invalid'));

/** An end day on `today`: required, a real day, tomorrow at the earliest, one year ahead at the latest. */
export function grantEndDateSchema(today: string) {
  const { min, max } = endDateRange(today);
  return z.string().check(
    z.superRefine((v, ctx) => {
      const message = !v
        ? 'grantEndDate.required'
        : !isCalendarDay(v)
          ? 'grantEndDate.invalid'
          : v < min
            ? 'grantEndDate.tooSoon'
            : v > max
              ? 'grantEndDate.tooLate'
              : null;
      if (message) ctx.addIssue({ code: 'custom', message });
    }),
  );
}

/** PUT: the end day of some roles (`null` removes it), each role at most once. */
export const grantEndDatesSchema = z
  .array(z.object({ role: roleIdSchema, endDate: z.nullable(grantEndDateFormat) }))
  .check(
    z.maxLength(ROLE_IDS.length),
    z.superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((e, i) => {
        if (seen.has(e.role))
          ctx.addIssue({ code: 'custom', path: [i, 'role'], message: 'validation.roleRepeated' });
        seen.add(e.role);
      });
    }),
  );

/** What the API says of each role an admin holds: granted (invited) and accepted when, ending when. */
export const grantDatesSchema = z.object({
  role: roleIdSchema,
  invitedAt: z.optional(isoDate),
  acceptedAt: z.optional(isoDate),
  endDate: z.optional(z.string()),
});
export type GrantDates = z.infer<typeof grantDatesSchema>;
