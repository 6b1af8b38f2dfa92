import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/api/client';
import { grantResponseSchema, type GrantRequest } from '@/api/schemas/administrators';
import { adminKeys, directoryKeys } from './query-keys';

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
      qc.setQueryData(adminKeys.detail(res.administrator.userId), res.administrator);
      // A new user may have been created: directory searches are stale too.
      void qc.invalidateQueries({ queryKey: directoryKeys.all });
      await qc.invalidateQueries({ queryKey: adminKeys.lists() });
    },
  });
}
