import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from './client';
import { queryKeys } from './query-keys';
import { userSchema } from './schemas/users';

/** GET /api/users/:userId — one person of the directory (a user's page; `Make admin` opening the wizard). */
export const userQuery = (userId: string) =>
  queryOptions({
    queryKey: queryKeys.users.detail(userId),
    queryFn: ({ signal }) => request(`/users/${encodeURIComponent(userId)}`, userSchema, { signal }),
  });

export const useUser = (userId: string) => useQuery(userQuery(userId));
