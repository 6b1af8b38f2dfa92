import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/api/client';
import { invalidateAfter, queryKeys } from '@/api/query-keys';
import { bulkRemoveResponseSchema, type BulkRemoveRequest } from '@/api/schemas/administrators';

/** POST /api/administrators/remove — remove the admin rights of several people (all or nothing). */
export function removeAdmins(userIds: string[]) {
  const body: BulkRemoveRequest = { userIds };
  return request('/administrators/remove', bulkRemoveResponseSchema, { method: 'POST', body });
}

export function useRemoveAdmins() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: removeAdmins,
    onSuccess: async (_, userIds) => {
      for (const id of userIds) qc.removeQueries({ queryKey: queryKeys.administrators.detail(id) });
      await invalidateAfter(qc, 'removeAdmins');
    },
  });
}
