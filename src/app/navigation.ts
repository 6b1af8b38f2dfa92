/** Navigation as data: the shell renders these; `support` shows only for Support administrators. */
export const topNavigation = [
  { key: 'overview', to: '/overview' },
  { key: 'products', to: '/products' },
  { key: 'users', to: '/users/administrators', match: '/users' },
  { key: 'insights', to: '/insights/audit-log', match: '/insights' },
  { key: 'support', to: '/support', supportOnly: true },
] as const;

export const usersNavigation = [
  // A person's page (/users/all/:userId) is part of Users.
  { key: 'users', to: '/users', end: true, also: '/users/all' },
  { key: 'userGroups', to: '/users/user-groups' },
  { key: 'administrators', to: '/users/administrators' },
] as const;
