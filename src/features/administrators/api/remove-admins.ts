import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from '@/api/zod';
import { request } from '@/api/client';
import { adminKeys } from './query-keys';

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
      for (const id of userIds) qc.removeQueries({ queryKey: adminKeys.detail(id) });
      await qc.invalidateQueries({ queryKey: adminKeys.lists() });
    },
  });
}
