import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { userPageSchema } from '@/api/schemas/users';
import { queryKeys, type UsersListParams } from '@/api/query-keys';

/** GET /api/users?q&page&pageSize — the directory, searched and paged by the server. */
export function getUsers(params: UsersListParams, signal?: AbortSignal) {
  return request('/users', userPageSchema, { query: { ...params }, signal });
}

export const usersQuery = (params: UsersListParams) =>
  queryOptions({
    queryKey: queryKeys.users.list(params),
    queryFn: ({ signal }) => getUsers(params, signal),
    // Keep the previous page on screen while the next one loads.
    placeholderData: keepPreviousData,
  });

export const useUsers = (params: UsersListParams) => useQuery(usersQuery(params));
