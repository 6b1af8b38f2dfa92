import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/api/client';
import { invalidateAfter } from '@/api/query-keys';
import type { SetUpProfileInput } from '@/api/schemas/invitations';
import { userSchema } from '@/api/schemas/users';

/** POST /api/invitations/:token/profile — create the invitee's business profile in the inviting org. */
export function setUpProfile(token: string, body: SetUpProfileInput) {
  return request(`/invitations/${encodeURIComponent(token)}/profile`, userSchema, { method: 'POST', body });
}

export function useSetUpProfile(token: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SetUpProfileInput) => setUpProfile(token, body),
    onSuccess: () => invalidateAfter(qc, 'setUpProfile'),
  });
}
