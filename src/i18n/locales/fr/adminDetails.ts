import type { adminDetails as en } from '../en/adminDetails';

export const adminDetails: typeof en = {
  back: 'Retour aux administrateurs',
  listName: 'cet administrateur',
  notAdmin: 'Cette personne n’est pas administrateur',
  notAdminHelp:
    'Ses droits d’administrateur ont peut-être été supprimés. Elle conserve son compte utilisateur.',
  rolesHeading: 'Rôles d’administrateur',
  scope: 'Portée : {{scope}}',
  noScope: 'Toute l’organisation',
  instance: 'Marketo Engage - {{name}}',
  statusHeading: 'Statut',
  invitationHeading: 'Invitation',
  invitedAt: 'Invité le',
  acceptedAt: 'Accepté le',
  expiresAt: 'Le lien expire le',
  expiredAt: 'Le lien a expiré le',
  invitationExpired:
    'Le lien d’invitation a expiré. Renvoyez l’invitation pour que la personne puisse l’accepter.',
  invitationVoided: 'Le dernier lien d’invitation a été remplacé par un plus récent.',
  email: 'E-mail',
  idType: 'Type d’ID',
  edit: 'Modifier les droits d’administrateur',
  resend: 'Renvoyer l’invitation',
  resent: 'Invitation renvoyée à {{email}}. Le lien précédent ne fonctionne plus.',
  resendFailed: 'L’invitation n’a pas été renvoyée.',
  remove: 'Supprimer l’administrateur',
  removeTitle: 'Supprimer l’administrateur',
  removeMessage:
    'Supprimer tous les droits d’administrateur {{name, de}} ? La personne conserve son compte utilisateur et pourra redevenir administrateur.',
  removeConfirm: 'Supprimer',
  removed: 'Droits d’administrateur supprimés pour {{name}}.',
  removeFailed: 'Les droits d’administrateur n’ont pas été supprimés.',
  lastSystemAdmin:
    'L’organisation doit conserver au moins un administrateur système : celui-ci ne peut pas être supprimé.',
  lastSystemAdminUpFront:
    '{{name}} est le seul administrateur système {{org, de}}, et l’organisation doit en garder un. Pour retirer ces droits, nommez d’abord un autre administrateur système.',
  ownRights:
    'Vous ne pouvez pas modifier vos propres droits d’administrateur. Demandez à un autre administrateur de le faire.',
  editDialog: {
    title: 'Modifier les droits d’administrateur',
    intro:
      'Choisissez les rôles {{name, de}}. Les rôles désactivés sont supprimés ; la personne conserve son compte.',
    saved: 'Droits d’administrateur {{name, de}} mis à jour.',
    notSaved: 'Les modifications n’ont pas été enregistrées.',
    conflict:
      'Quelqu’un a modifié ces droits entre-temps. Rechargez pour voir les droits actuels, puis modifiez-les à nouveau.',
    removedElsewhere: 'Cet administrateur a été supprimé entre-temps (peut-être dans un autre onglet).',
    reload: 'Recharger',
    invalid: 'Complétez la sélection pour enregistrer :',
  },
  /** Les dates propres à chaque rôle (un rôle attribué plus tard a sa propre invitation). */
  grantDates: {
    notAccepted: 'Pas encore accepté',
    ends: 'Fin des droits le',
  },
};
