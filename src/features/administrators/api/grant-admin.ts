import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/api/client';
import { invalidateAfter, queryKeys } from '@/api/query-keys';
import { grantResponseSchema, type GrantRequest } from '@/api/schemas/administrators';

/** POST /api/administrators — grant roles and send the invitation; idempotent with the key. */
export function grantAdmin(body: GrantRequest, idempotencyKey: string) {
  return request('/administrators', grantResponseSchema, { method: 'POST', body, idempotencyKey });
}

export function useGrantAdmin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: GrantRequest; idempotencyKey: string }) =>
      grantAdmin(body, idempotencyKey),
    onSuccess: async (res) => {
      qc.setQueryData(queryKeys.administrators.detail(res.administrator.userId), res.administrator);
      await invalidateAfter(qc, 'grantAdmin');
    },
  });
}
