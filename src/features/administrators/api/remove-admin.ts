import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from '@/api/zod';
import { request } from '@/api/client';
import type { Page } from '@/api/schemas/common';
import type { Administrator } from '@/api/schemas/administrators';
import { invalidateAfter, queryKeys } from '@/api/query-keys';

/** DELETE /api/administrators/:userId — removes the privileges, never the user. */
export function removeAdmin(userId: string) {
  return request(`/administrators/${encodeURIComponent(userId)}`, z.undefined(), { method: 'DELETE' });
}

/**
 * Optimistic: the person leaves the cached lists at once; on failure the lists are put back as they were
 * (the caller says what happened).
 */
export function useRemoveAdmin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: removeAdmin,
    onMutate: async (userId) => {
      await qc.cancelQueries({ queryKey: queryKeys.administrators.lists() });
      const previous = qc.getQueriesData<Page<Administrator>>({ queryKey: queryKeys.administrators.lists() });
      qc.setQueriesData<Page<Administrator>>({ queryKey: queryKeys.administrators.lists() }, (page) =>
        page && page.items.some((a) => a.userId === userId)
          ? { ...page, items: page.items.filter((a) => a.userId !== userId), total: page.total - 1 }
          : page,
      );
      return { previous };
    },
    onError: (_e, _id, ctx) => {
      for (const [key, data] of ctx?.previous ?? []) qc.setQueryData(key, data);
    },
    onSuccess: (_r, userId) => {
      qc.removeQueries({ queryKey: queryKeys.administrators.detail(userId) });
    },
    onSettled: () => invalidateAfter(qc, 'removeAdmin'),
  });
}
