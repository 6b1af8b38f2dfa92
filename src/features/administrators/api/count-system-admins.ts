import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { queryKeys } from '@/api/query-keys';
import { administratorPageSchema } from '@/api/schemas/administrators';

/** GET /api/administrators?role=system&status=active&pageSize=1 — how many active System administrators there are. */
export const countActiveSystemAdmins = async (signal?: AbortSignal) =>
  (
    await request('/administrators', administratorPageSchema, {
      query: { role: 'system', status: 'active', page: 1, pageSize: 1 },
      signal,
    })
  ).total;

export const activeSystemAdminsQuery = queryOptions({
  queryKey: queryKeys.administrators.count('activeSystem'),
  queryFn: ({ signal }) => countActiveSystemAdmins(signal),
});

/** Only read when it matters (a System administrator is shown); the org must keep one. */
export const useActiveSystemAdminCount = (enabled: boolean) =>
  useQuery({ ...activeSystemAdminsQuery, enabled });

/** An active System administrator while there is only one: removing them would leave the org without any. */
export function isLastSystemAdmin(
  admin: { status: string; roles: readonly { role: string }[] },
  activeSystemCount: number | undefined,
): boolean {
  return (
    activeSystemCount !== undefined &&
    admin.status === 'active' &&
    admin.roles.some((r) => r.role === 'system') &&
    activeSystemCount <= 1
  );
}
