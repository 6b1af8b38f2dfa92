import type { GrantDates } from '@/api/schemas/grant-end-date';
import { dayOf, grantEndDateSchema } from '@/api/schemas/grant-end-date';
import type { RightsEndedEmail } from '@/api/schemas/invitations';
import type { RoleGrant, RoleId } from '@/api/schemas/roles';
import type { AdminRecord, GrantMeta } from '../db/types';
import { ProblemError } from '../http';
import { runtime } from '../runtime';
import { isActiveSystemAdmin, othersKeepSystemAdmin } from './admins';
import { writeAudit } from './audit-log';
import { SENDER, voidOpenInvitations } from './invitations';
import { scopeNamesOf } from './roles-text';
import { EMAIL_SUBJECTS, recipientLanguage } from './email-language';

/** Today on the mock clock, as a UTC day. */
export const mockToday = (): string => dayOf(runtime().now());

/** 400 with a field error at `field` unless `endDate` is from tomorrow to one year ahead on the mock clock. */
export function assertEndDateInRange(endDate: string, field: string): void {
  const parsed = grantEndDateSchema(mockToday()).safeParse(endDate);
  if (parsed.success) return;
  throw new ProblemError(400, 'The end date must be from tomorrow to one year ahead', {
    code: 'validation',
    errors: { [field]: parsed.error.issues.map((i) => i.message) },
  });
}

/** Every role's dates, an entry each: roles without one get the record's own dates (seed, older rows). */
export function grantDatesOf(a: AdminRecord): Partial<Record<RoleId, GrantMeta>> {
  const out: Partial<Record<RoleId, GrantMeta>> = {};
  for (const r of a.roles) {
    out[r.role] = a.grantDates?.[r.role] ?? {
      ...(a.invitedAt ? { invitedAt: a.invitedAt } : {}),
      ...(a.acceptedAt ? { acceptedAt: a.acceptedAt } : {}),
    };
  }
  return out;
}

/** What the API reports: one entry per role, in the roles' order. */
export function toGrantDates(a: AdminRecord): GrantDates[] {
  const dates = grantDatesOf(a);
  return a.roles.map((r) => ({ role: r.role, ...dates[r.role] }));
}

/** The dates after an acceptance: every role not yet accepted is accepted now. */
export function acceptGrants(a: AdminRecord, at: string): Partial<Record<RoleId, GrantMeta>> {
  const dates = grantDatesOf(a);
  for (const r of a.roles) dates[r.role] = { ...dates[r.role], acceptedAt: dates[r.role]?.acceptedAt ?? at };
  return dates;
}

/**
 * Remove every right whose end day has come on the mock clock: each admin loses exactly those roles (the record
 * goes when none is left), with one audit entry and one email from message@adobe.com saying which rights ended.
 * Run before every request and when the prototype panel moves the clock; idempotent (an ended right is gone).
 */
export function expireDueGrants(): void {
  const rt = runtime();
  const db = rt.db;
  const today = dayOf(rt.now());
  const due: { admin: AdminRecord; ended: RoleGrant[]; endDate: string }[] = [];
  for (const a of db.all('admins')) {
    if (!a.grantDates) continue;
    const ended = a.roles.filter((r) => {
      const end = a.grantDates?.[r.role]?.endDate;
      return end !== undefined && end <= today;
    });
    if (ended.length === 0) continue;
    const endDate = ended.map((r) => a.grantDates?.[r.role]?.endDate ?? today).sort()[0] ?? today;
    due.push({ admin: a, ended, endDate });
  }
  keepLastSystemAdmin(due);
  for (const { admin, ended, endDate } of due) {
    if (ended.length === 0) continue;
    const user = db.get('users', admin.userId);
    const keep = admin.roles.filter((r) => !ended.includes(r));
    if (keep.length === 0) {
      db.delete('admins', admin.userId);
      voidOpenInvitations(admin.userId);
    } else {
      const dates = grantDatesOf(admin);
      for (const r of ended) delete dates[r.role];
      db.put('admins', admin.userId, {
        ...admin,
        roles: keep,
        grantDates: dates,
        version: admin.version + 1,
      });
    }
    const at = `${endDate}T00:00:00.000Z`;
    writeAudit(
      'admin.rightsEnded',
      { kind: 'ended', roles: ended },
      { kind: 'administrator' },
      user,
      null,
      at,
    );
    if (!user) continue;
    const language = recipientLanguage(user.email);
    const email: RightsEndedEmail = {
      id: `mail-ended-${admin.userId}-${endDate}-${admin.version}`,
      from: SENDER,
      to: user.email,
      toName: user.name,
      sentAt: rt.now().toISOString(),
      subject: EMAIL_SUBJECTS[language].rightsEnded,
      language,
      kind: 'rights-ended',
      orgName: db.catalog.org.name,
      endDate,
      rights: ended.map((role) => ({ role, scopeNames: scopeNamesOf(role) })),
    };
    db.put('emails', email.id, email);
  }
}

/**
 * The rule of removals holds for end dates too: the org keeps an active System administrator. When every one of them
 * reaches their end day at once, the first keeps the role (its end day dropped, so it is not judged again) with an
 * audit entry; the others' rights end as planned. It updates that person's entry of `due` for the sweep.
 */
function keepLastSystemAdmin(due: { admin: AdminRecord; ended: RoleGrant[] }[]): void {
  const db = runtime().db;
  const losing = due.filter((d) => isActiveSystemAdmin(d.admin) && d.ended.some((r) => r.role === 'system'));
  const [first] = losing;
  if (!first || othersKeepSystemAdmin(new Set(losing.map((d) => d.admin.userId)))) return;
  const { admin } = first;
  first.ended = first.ended.filter((r) => r.role !== 'system');
  const dates = grantDatesOf(admin);
  const { endDate, ...system } = dates.system ?? {};
  const kept: AdminRecord = { ...admin, grantDates: { ...dates, system }, version: admin.version + 1 };
  db.put('admins', admin.userId, kept);
  first.admin = kept;
  writeAudit(
    'admin.rightsKept',
    { kind: 'keptLastSystemAdmin' },
    { kind: 'administrator' },
    db.get('users', admin.userId),
    null,
    `${endDate ?? mockToday()}T00:00:00.000Z`,
  );
}

/** The dates after a grant: the roles it adds or extends are granted at `at`, ending on `endDate` when given. */
export function datesAfterGrant(
  existing: AdminRecord | undefined,
  granted: readonly RoleId[],
  at: string,
  endDate: string | undefined,
): Partial<Record<RoleId, GrantMeta>> {
  const dates = existing ? grantDatesOf(existing) : {};
  for (const role of granted) dates[role] = { invitedAt: at, ...(endDate ? { endDate } : {}) };
  return dates;
}

/** The end days a PUT lists, by role. */
export type EndDateChanges = readonly { role: RoleId; endDate: string | null }[];

/** The roles of `next` whose end day `changes` sets to something else than it is (authorised like a grant). */
export function rolesWithNewEndDate(admin: AdminRecord, next: RoleGrant[], changes: EndDateChanges = []) {
  const dates = grantDatesOf(admin);
  return next.filter((r) => {
    const c = changes.find((x) => x.role === r.role);
    return c !== undefined && c.endDate !== (dates[r.role]?.endDate ?? null);
  });
}

/**
 * The dates after an edit: a role added or given more scope is granted at `invitedAt` (the new invitation) and not
 * accepted yet; `changes` sets or removes end days; the other roles keep theirs.
 */
export function datesAfterEdit(
  admin: AdminRecord,
  next: RoleGrant[],
  invitedAt: string | undefined,
  changes: EndDateChanges = [],
  addsTo: (before: RoleGrant, after: RoleGrant) => boolean,
): Partial<Record<RoleId, GrantMeta>> {
  const dates = grantDatesOf(admin);
  const out: Partial<Record<RoleId, GrantMeta>> = {};
  for (const r of next) {
    const before = admin.roles.find((x) => x.role === r.role);
    let d: GrantMeta = dates[r.role] ?? {};
    if (invitedAt && (!before || addsTo(before, r)))
      d = { invitedAt, ...(d.endDate ? { endDate: d.endDate } : {}) };
    const c = changes.find((x) => x.role === r.role);
    if (c) {
      d = { ...d };
      if (c.endDate) d.endDate = c.endDate;
      else delete d.endDate;
    }
    out[r.role] = d;
  }
  return out;
}
