/** Admin details page: roles, status, invitation, edit and remove. */
export const adminDetails = {
  back: 'Back to Administrators',
  listName: 'this administrator',
  notAdmin: 'This person is not an administrator',
  notAdminHelp: 'Their admin rights may have been removed. They keep their user account.',
  rolesHeading: 'Admin roles',
  scope: 'Scope: {{scope}}',
  noScope: 'Whole organisation',
  instance: 'Marketo Engage - {{name}}',
  statusHeading: 'Status',
  invitationHeading: 'Invitation',
  invitedAt: 'Invited',
  acceptedAt: 'Accepted',
  expiresAt: 'Link expires',
  expiredAt: 'Link expired',
  invitationExpired: 'The invitation link has expired. Resend the invitation so they can accept it.',
  invitationVoided: 'The last invitation link was replaced by a newer one.',
  email: 'Email',
  idType: 'ID type',
  edit: 'Edit admin rights',
  resend: 'Resend invitation',
  resent: 'Invitation sent again to {{email}}. The previous link no longer works.',
  resendFailed: 'The invitation was not sent again.',
  remove: 'Remove admin',
  removeTitle: 'Remove admin',
  removeMessage:
    'Remove every admin right of {{name}}? They keep their user account and can be made admin again later.',
  removeConfirm: 'Remove',
  removed: 'Admin rights removed from {{name}}.',
  removeFailed: 'The admin rights were not removed.',
  lastSystemAdmin:
    'The organisation must keep at least one System administrator, so this one cannot be removed.',
  lastSystemAdminUpFront:
    '{{name}} is the only System administrator of {{org}}, and the organisation must keep one. To remove these rights, make someone else a System administrator first.',
  ownRights: 'You cannot change your own admin rights. Ask another administrator to change them.',
  editDialog: {
    title: 'Edit admin rights',
    intro:
      'Choose the roles {{name}} should have. Roles you switch off are removed; the person keeps their account.',
    saved: 'Admin rights of {{name}} updated.',
    notSaved: 'The changes were not saved.',
    conflict:
      'Someone changed these rights in the meantime. Reload to see the current rights, then edit again.',
    removedElsewhere: 'This administrator was removed in the meantime (perhaps in another tab).',
    reload: 'Reload',
    invalid: 'Complete the selection to save:',
  },
  /** Each role's own dates (a role given later has its own invitation). */
  grantDates: {
    notAccepted: 'Not accepted yet',
    ends: 'Rights end',
  },
};
