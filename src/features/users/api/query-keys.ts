/** Query keys of the Users area. */
export interface UsersListParams {
  q: string;
  page: number;
  pageSize: number;
}

export const usersKeys = {
  all: ['users'] as const,
  list: (params: UsersListParams) => ['users', 'list', params] as const,
};
