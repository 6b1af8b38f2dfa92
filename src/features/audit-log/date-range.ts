/** The audit log's `From` and `To` days (`YYYY-MM-DD`, in the URL) as the API's instants, in the reader's time zone. */
export interface AuditRange {
  /** Start of the From day ('' for none). */
  from: string;
  /** Start of the day after the To day, excluded ('' for none). */
  to: string;
  errors: { from?: 'invalid'; to?: 'invalid' | 'toBeforeFrom' };
}

/** Local midnight of a `YYYY-MM-DD` day plus `days`, or null when it is not a day of the calendar. */
function startOf(day: string, days = 0): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d);
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
  date.setDate(date.getDate() + days);
  return date;
}

/** What to ask the API for; a day that is not valid, or a To before From, is reported and not applied. */
export function auditRangeOf(fromDay: string, toDay: string): AuditRange {
  const from = fromDay ? startOf(fromDay) : null;
  const to = toDay ? startOf(toDay, 1) : null;
  const errors: AuditRange['errors'] = {};
  if (fromDay && !from) errors.from = 'invalid';
  if (toDay && !to) errors.to = 'invalid';
  else if (from && to && to <= from) errors.to = 'toBeforeFrom';
  if (errors.from || errors.to) return { from: '', to: '', errors };
  return { from: from?.toISOString() ?? '', to: to?.toISOString() ?? '', errors };
}
