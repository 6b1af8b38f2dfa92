import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { newIdempotencyKey, request } from '@/api/client';
import { invitationViewSchema } from '@/api/schemas/invitations';
import { invalidateAfter, queryKeys } from '@/api/query-keys';

/** POST /api/invitations/:token/accept — activate the rights with the chosen profile. */
export function acceptInvitation(token: string, profileId: string, idempotencyKey?: string) {
  return request(`/invitations/${encodeURIComponent(token)}/accept`, invitationViewSchema, {
    method: 'POST',
    body: { profileId },
    ...(idempotencyKey ? { idempotencyKey } : {}),
  });
}

/** Accept the invitation with a profile. */
export function useAcceptInvitation(token: string) {
  const qc = useQueryClient();
  // One key per attempt with a given profile: a double click or a retry after a timeout is done once.
  const keys = useRef(new Map<string, string>());
  return useMutation({
    mutationFn: (profileId: string) => {
      let key = keys.current.get(profileId);
      if (!key) {
        key = newIdempotencyKey();
        keys.current.set(profileId, key);
      }
      return acceptInvitation(token, profileId, key);
    },
    // The person is now an active admin: re-read the session (and what it changed) before the caller moves on.
    onSuccess: () => invalidateAfter(qc, 'acceptInvitation'),
    // A used, voided or expired link: re-read the invitation so the page says what happened.
    onError: () => qc.invalidateQueries({ queryKey: queryKeys.invitations.detail(token) }),
  });
}
