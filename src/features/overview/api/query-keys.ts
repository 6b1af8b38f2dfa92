/** Query keys of the Overview and Products screens. */
export const overviewKeys = {
  org: ['overview', 'org'] as const,
  userCount: ['overview', 'user-count'] as const,
  adminCount: (status: 'all' | 'pending') => ['overview', 'admin-count', status] as const,
};
