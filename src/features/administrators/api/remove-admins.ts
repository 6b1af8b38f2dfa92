import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from '@/api/zod';
import { request } from '@/api/client';
import { invalidateAfter, queryKeys } from '@/api/query-keys';

/** POST /api/administrators/remove — remove the admin rights of several people (all or nothing). */
export function removeAdmins(userIds: string[]) {
  return request('/administrators/remove', z.object({ removed: z.number().check(z.int()) }), {
    method: 'POST',
    body: { userIds },
  });
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
