/** Users area (Users, User groups) and the Overview and Products screens. */
export const users = {
  users: {
    title: 'Users',
    search: 'Search users',
    searchHelp: 'Name or email',
    clearSearch: 'Clear search',
    listName: 'users',
    table: {
      caption: 'Users of the organisation',
      name: 'Name',
      email: 'Email',
      idType: 'ID type',
    },
    empty: 'No users yet',
    emptyHelp: 'People appear here when they are added to the organisation.',
    noMatch: 'No user matches “{{q}}”',
    noMatchHelp: 'Check the spelling, or search by email.',
  },
  groups: {
    title: 'User groups',
    listName: 'user groups',
    table: {
      caption: 'User groups of the organisation',
      name: 'Name',
      members: 'Members',
    },
    empty: 'No user groups yet',
    emptyHelp: 'User groups gather people so that products can be assigned to all of them at once.',
  },
  overview: {
    title: 'Overview',
    intro: 'A summary of {{org}}.',
    orgName: 'Organisation',
    domains: 'Claimed domains',
    usersCount: 'Users',
    adminsCount: 'Administrators',
    pendingCount: 'Pending invitations',
    productsCount: 'Products',
    listName: 'the organisation summary',
    manageUsers: 'Manage users',
    manageAdmins: 'Manage administrators',
    viewProducts: 'View products',
  },
  products: {
    title: 'Products',
    listName: 'products',
    table: {
      caption: 'Products of the organisation and their product profiles',
      name: 'Product',
      profiles: 'Product profiles',
    },
    empty: 'No products yet',
    emptyHelp: 'Products appear here when the organisation subscribes to them.',
  },
  /** Products page: the Marketo Engage instances (one per subscription) and their Munchkin IDs. */
  marketoInstances: {
    heading: 'Marketo Engage instances',
    caption: 'Marketo Engage instances and their Munchkin IDs',
    name: 'Instance',
    munchkinId: 'Munchkin ID',
  },
  /** A person of the directory: /users/all/:userId. */
  userDetails: {
    back: 'Back to Users',
    what: 'this user',
    email: 'Email',
    idType: 'ID type',
    country: 'Country/region',
    makeAdmin: 'Make admin',
    notFound: 'This user does not exist',
    notFoundHelp: 'They may have been removed from the organisation. Search the directory again.',
  },
};
