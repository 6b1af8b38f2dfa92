import type { EmailMessage, Invitation } from '@/api/schemas/invitations';
import type { RoleGrant } from '@/api/schemas/roles';
import type { UserRecord } from '../db/types';
import { runtime } from '../runtime';
import { writeAudit } from './audit-log';
import { scopeNamesOf } from './roles-text';
import { EMAIL_SUBJECTS, recipientLanguage } from './email-language';

export const INVITATION_TTL_DAYS = 30;
export const SENDER = 'message@adobe.com';

function randomToken(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Void the person's open invitations (a resend or a new grant replaces them). */
export function voidOpenInvitations(userId: string): void {
  const db = runtime().db;
  for (const inv of [...db.all('invitations')]) {
    if (inv.userId === userId && inv.status === 'pending')
      db.put('invitations', inv.token, { ...inv, status: 'voided' });
  }
}

/** Create an invitation for `user` with `roles`, send its email, and log both. */
export function sendInvitation(
  user: UserRecord,
  roles: RoleGrant[],
  by: UserRecord,
  resend = false,
): Invitation {
  const rt = runtime();
  const db = rt.db;
  voidOpenInvitations(user.id);
  const now = rt.now();
  const token = randomToken();
  const invitation: Invitation = {
    token,
    userId: user.id,
    email: user.email,
    orgName: db.catalog.org.name,
    roles,
    status: 'pending',
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + INVITATION_TTL_DAYS * 86_400_000).toISOString(),
    invitedBy: by.id,
  };
  db.put('invitations', token, invitation);
  const language = recipientLanguage(user.email);
  const email: EmailMessage = {
    id: `mail-${token.slice(0, 12)}`,
    from: SENDER,
    to: user.email,
    toName: user.name,
    sentAt: now.toISOString(),
    subject: EMAIL_SUBJECTS[language].invitation,
    language,
    kind: 'admin-invitation',
    orgName: db.catalog.org.name,
    invitationToken: token,
    rights: roles.map((role) => ({ role, scopeNames: scopeNamesOf(role) })),
    resend,
  };
  db.put('emails', email.id, email);
  writeAudit(
    resend ? 'invitation.resent' : 'invitation.sent',
    { kind: 'emailSent', to: user.email },
    { kind: 'invitation' },
    user,
    by,
  );
  return invitation;
}

/** The invitation's effective status on the mock clock (a pending one past its date reads as expired). */
export function effectiveStatus(inv: Invitation): Invitation['status'] {
  if (inv.status === 'pending' && new Date(inv.expiresAt).getTime() <= runtime().now().getTime())
    return 'expired';
  return inv.status;
}

/**
 * What the link can still do: its effective status, and `voided` for a pending link the admin record no longer
 * points at (replaced by a newer one, or the admin removed).
 */
export function linkStatus(inv: Invitation): Invitation['status'] {
  const status = effectiveStatus(inv);
  if (status !== 'pending') return status;
  const admin = runtime().db.get('admins', inv.userId);
  return admin?.invitationToken === inv.token ? 'pending' : 'voided';
}

/**
 * Mark every pending invitation past its date as expired, audited at the moment it expired: an invitation expires
 * on the mock clock whether or not anyone opens it. Run before each request (mocks/handlers/preflight.ts).
 */
export function expireDueInvitations(): void {
  const db = runtime().db;
  const due: Invitation[] = [];
  for (const inv of db.all('invitations'))
    if (effectiveStatus(inv) === 'expired' && inv.status === 'pending') due.push(inv);
  for (const inv of due) {
    db.put('invitations', inv.token, { ...inv, status: 'expired' });
    writeAudit(
      'invitation.expired',
      { kind: 'invitationExpired', to: inv.email },
      { kind: 'invitation' },
      db.get('users', inv.userId),
      null,
      inv.expiresAt,
    );
  }
}
