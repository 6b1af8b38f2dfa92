/** Administrators page. */
export const administrators = {
  title: 'Administrators',
  /** After the title, in its own box: the heading's first paint (the title alone, also in index.html) stays its largest. */
  count: '({{count, number}})',
  search: 'Search administrators',
  searchHelp: 'Name or email',
  clearSearch: 'Clear search',
  addAdmin: 'Add admin',
  /** Opens Add admins from CSV (the dialog's messages are in `bulkAdd`). */
  addFromCsv: 'Add admins from CSV',
  resendInvitations: 'Resend invitations',
  supportCoverage: 'Support coverage',
  removeAdmins: 'Remove admins',
  table: {
    caption: 'Administrators of the organisation',
    select: 'Select',
    selectAll: 'Select all administrators on this page',
    selectRow: 'Select {{name}}',
    name: 'Name',
    email: 'Email',
    idType: 'ID type',
    roles: 'Admin roles',
    status: 'Status',
  },
  listName: 'administrators',
  empty: 'No administrators yet',
  emptyHelp: 'Use Add admin to give someone admin rights.',
  noMatch: 'No administrator matches “{{q}}”',
  noMatchHelp: 'Check the spelling, or search by email.',
  remove: {
    forbidden: 'You cannot remove the admin rights of someone who holds a role you may not remove.',
    title: 'Remove admins',
    message_one: 'Remove the admin rights of {{count}} person? They keep their user account.',
    message_other: 'Remove the admin rights of {{count}} people? They keep their user account.',
    confirm: 'Remove',
    done_one: 'Admin rights removed from {{count}} person.',
    done_other: 'Admin rights removed from {{count}} people.',
    lastSystemAdmin:
      'The organisation must keep at least one active System administrator. Deselect one and try again.',
    selfSelected:
      'You are among the selected people, and nobody can remove their own admin rights. Unselect yourself, or ask another administrator.',
    failed: 'The admins were not removed.',
  },
  /** The list's Role and Status filters (kept in the address). */
  filters: {
    role: 'Role',
    status: 'Status',
    anyRole: 'All roles',
    anyStatus: 'All statuses',
    noMatch: 'No administrator matches these filters',
  },
  /** `Resend invitations` for the selected pending rows. */
  resend: {
    done_one: 'Invitation resent to {{count}} person.',
    done_other: 'Invitations resent to {{count}} people.',
    failed: 'The invitation was not resent to {{names}}: {{reason}}',
  },
};
