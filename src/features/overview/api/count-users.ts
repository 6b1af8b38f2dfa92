import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { pageOf } from '@/api/schemas/common';
import { userSchema } from '@/api/schemas/users';
import { queryKeys } from '@/api/query-keys';

/** GET /api/users?pageSize=1 — only the total is used: the directory is never downloaded. */
export const countUsers = async (signal?: AbortSignal) =>
  (await request('/users', pageOf(userSchema), { query: { page: 1, pageSize: 1 }, signal })).total;

export const userCountQuery = queryOptions({
  queryKey: queryKeys.users.count(),
  queryFn: ({ signal }) => countUsers(signal),
});

export const useUserCount = () => useQuery(userCountQuery);
