import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/api/client';
import { invalidateAfter, queryKeys } from '@/api/query-keys';
import { administratorSchema, type UpdateRolesRequest } from '@/api/schemas/administrators';

/** PUT /api/administrators/:userId — replace the roles; 409 when `version` is stale or the admin is gone. */
export function updateAdminRoles(userId: string, body: UpdateRolesRequest) {
  return request(`/administrators/${encodeURIComponent(userId)}`, administratorSchema, {
    method: 'PUT',
    body,
  });
}

export function useUpdateAdminRoles(userId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateRolesRequest) => updateAdminRoles(userId, body),
    onSuccess: async (admin) => {
      qc.setQueryData(queryKeys.administrators.detail(userId), admin);
      await invalidateAfter(qc, 'updateAdminRoles');
    },
  });
}
