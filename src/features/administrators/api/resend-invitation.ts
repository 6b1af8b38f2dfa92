import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/api/client';
import { invalidateAfter, queryKeys } from '@/api/query-keys';
import { administratorSchema } from '@/api/schemas/administrators';

/** POST /api/administrators/:userId/resend-invitation — a new link; the old one stops working. */
export function resendInvitation(userId: string, idempotencyKey: string) {
  return request(`/administrators/${encodeURIComponent(userId)}/resend-invitation`, administratorSchema, {
    method: 'POST',
    idempotencyKey,
  });
}

export function useResendInvitation(userId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (idempotencyKey: string) => resendInvitation(userId, idempotencyKey),
    onSuccess: async (admin) => {
      qc.setQueryData(queryKeys.administrators.detail(userId), admin);
      await invalidateAfter(qc, 'resendInvitation');
    },
  });
}
