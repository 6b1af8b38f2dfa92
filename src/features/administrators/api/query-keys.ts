/** Query keys of the administrators feature. */
export const adminKeys = {
  all: ['administrators'] as const,
  lists: () => [...adminKeys.all, 'list'] as const,
  list: (params: { q: string; page: number; pageSize: number }) => [...adminKeys.lists(), params] as const,
  details: () => [...adminKeys.all, 'detail'] as const,
  detail: (userId: string) => [...adminKeys.details(), userId] as const,
};

export const directoryKeys = {
  all: ['users'] as const,
  search: (q: string) => [...directoryKeys.all, 'search', q] as const,
};
