import { http, type HttpHandler } from 'msw';
import {
  acceptInvitationSchema,
  setUpProfileSchema,
  type Invitation,
  type InvitationView,
} from '@/api/schemas/invitations';
import { requireUser } from '../auth';
import { displayName } from '../factories/build-user';
import type { UserRecord } from '../db/types';
import { API, ProblemError, json, readBody, withProblems, type Answer } from '../http';
import { idempotent } from '../idempotency';
import { runtime } from '../runtime';
import { writeAudit } from '../services/audit-log';
import { acceptGrants } from '../services/grant-dates';
import { expireDueInvitations, linkStatus } from '../services/invitations';
import { scopeNamesOf } from '../services/roles-text';
import { ownProfile } from './profile';

/** Tokens are 36 hex characters; anything else is not a link we sent. */
const TOKEN = /^[0-9a-f]{16,64}$/;

function findInvitation(token: unknown): Invitation {
  const t = String(token ?? '');
  const inv = TOKEN.test(t) ? runtime().db.get('invitations', t) : undefined;
  if (!inv)
    throw new ProblemError(404, 'This invitation link is not valid', { code: 'invitation-not-found' });
  return inv;
}

export function toInvitationView(inv: Invitation): InvitationView {
  return {
    token: inv.token,
    email: inv.email,
    orgName: inv.orgName,
    roles: inv.roles,
    rights: inv.roles.map((role) => ({ role, scopeNames: scopeNamesOf(role) })),
    status: linkStatus(inv),
    expiresAt: inv.expiresAt,
    ...(inv.acceptedAt ? { acceptedAt: inv.acceptedAt } : {}),
  };
}

/** 409 unless the invitation can still be used (expired, used, or voided / replaced / withdrawn). */
export function assertUsable(inv: Invitation): void {
  expireDueInvitations();
  const status = linkStatus(inv);
  if (status === 'expired') {
    throw new ProblemError(409, 'This invitation has expired. Ask your administrator to send a new one.', {
      code: 'invitation-expired',
    });
  }
  if (status === 'accepted') {
    throw new ProblemError(409, 'This invitation was already used.', { code: 'invitation-used' });
  }
  if (status === 'voided') {
    throw new ProblemError(409, 'This invitation link was replaced by a newer one or withdrawn.', {
      code: 'invitation-voided',
    });
  }
}

/**
 * The invitee, signed in. A dead link (expired, used, voided) is said first, before "this invitation is for
 * another account": there is no point in switching accounts for it. The invitee's own dead-link answer comes
 * from the work, so that a retried request still gets its first answer.
 */
function requireInvitee(user: UserRecord, inv: Invitation): void {
  if (user.id === inv.userId) return;
  assertUsable(inv);
  throw new ProblemError(
    403,
    `This invitation is for ${inv.email}. Sign in with that account to accept it.`,
    {
      code: 'wrong-account',
    },
  );
}

/** Invitation lookup (public), profile set-up and acceptance (the invitee only). */
export const invitationHandlers: HttpHandler[] = [
  http.get(
    `${API}/invitations/:token`,
    withProblems(({ params }) => json(toInvitationView(findInvitation(params.token)))),
  ),

  /** A person added by email has no profile yet: they set up a business profile in the inviting org. */
  http.post(
    `${API}/invitations/:token/profile`,
    withProblems(async ({ request, params }) => {
      const caller = requireUser();
      const body = await readBody(request, setUpProfileSchema);
      const inv = findInvitation(params.token);
      requireInvitee(caller, inv);
      return idempotent(request, caller, body, (): Answer => {
        assertUsable(inv);
        const db = runtime().db;
        const user = db.get('users', caller.id) ?? caller;
        if (user.profiles.length > 0) {
          throw new ProblemError(409, 'You already have a profile. Choose it to join the team.', {
            code: 'profile-exists',
          });
        }
        const updated: UserRecord = {
          ...user,
          firstName: body.firstName,
          lastName: body.lastName,
          name: displayName(body.firstName, body.lastName, user.email),
          country: body.country.toUpperCase(),
          ...(body.supportPhone ? { supportPhone: body.supportPhone } : {}),
          profiles: [
            { id: `p-${user.id}-org`, name: inv.orgName, kind: 'business', orgId: db.catalog.org.id },
          ],
        };
        db.put('users', user.id, updated);
        db.directory.add(updated); // index the new name for search
        return { status: 201, body: ownProfile(updated) };
      });
    }),
  ),

  /** Accept with a business profile of the inviting org: the admin rights become active. */
  http.post(
    `${API}/invitations/:token/accept`,
    withProblems(async ({ request, params }) => {
      const caller = requireUser();
      const body = await readBody(request, acceptInvitationSchema);
      const inv = findInvitation(params.token);
      requireInvitee(caller, inv);
      const db = runtime().db;
      return idempotent(request, caller, body, (): Answer => {
        assertUsable(inv);
        const user = db.get('users', caller.id) ?? caller;
        const profile = user.profiles.find((p) => p.id === body.profileId);
        if (!profile) {
          throw new ProblemError(422, 'This profile is not one of yours.', { code: 'unknown-profile' });
        }
        if (profile.kind !== 'business' || profile.orgId !== db.catalog.org.id) {
          throw new ProblemError(
            422,
            `Your ${profile.name} does not give access to ${inv.orgName}. Choose the ${inv.orgName} profile.`,
            { code: 'personal-profile' },
          );
        }
        const now = runtime().now().toISOString();
        const accepted: Invitation = { ...inv, status: 'accepted', acceptedAt: now };
        db.put('invitations', inv.token, accepted);
        const admin = db.get('admins', inv.userId);
        if (admin) {
          const grantDates = acceptGrants(admin, now);
          db.put('admins', admin.userId, { ...admin, status: 'active', acceptedAt: now, grantDates });
        }
        writeAudit(
          'invitation.accepted',
          { kind: 'accepted', profileId: profile.id, profileName: profile.name },
          { kind: 'invitation' },
          user,
          user,
        );
        return { status: 200, body: toInvitationView(accepted) };
      });
    }),
  ),
];
