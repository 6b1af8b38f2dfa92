import type { administrators as en } from '../en/administrators';

export const administrators: typeof en = {
  title: 'Administrateurs',
  count: '({{count, number}})',
  search: 'Rechercher des administrateurs',
  searchHelp: 'Nom ou adresse e-mail',
  clearSearch: 'Effacer la recherche',
  addAdmin: 'Ajouter un administrateur',
  /** Opens Add admins from CSV (the dialog's messages are in `bulkAdd`). */
  addFromCsv: 'Ajouter des administrateurs à partir d’un CSV',
  resendInvitations: 'Renvoyer les invitations',
  supportCoverage: 'Couverture de l’assistance',
  removeAdmins: 'Supprimer des administrateurs',
  table: {
    caption: 'Administrateurs de l’organisation',
    select: 'Sélectionner',
    selectAll: 'Sélectionner tous les administrateurs de cette page',
    selectRow: 'Sélectionner {{name}}',
    name: 'Nom',
    email: 'Adresse e-mail',
    idType: 'Type d’ID',
    roles: 'Rôles d’administrateur',
    status: 'Statut',
  },
  listName: 'les administrateurs',
  empty: 'Aucun administrateur pour l’instant',
  emptyHelp: 'Utilisez Ajouter un administrateur pour attribuer des droits d’administrateur.',
  noMatch: 'Aucun administrateur ne correspond à « {{q}} »',
  noMatchHelp: 'Vérifiez l’orthographe ou recherchez par adresse e-mail.',
  remove: {
    forbidden:
      'Vous ne pouvez pas retirer les droits d’une personne qui détient un rôle que vous ne pouvez pas retirer.',
    title: 'Supprimer des administrateurs',
    message_one:
      'Retirer les droits d’administrateur de {{count}} personne ? Son compte utilisateur est conservé.',
    message_other:
      'Retirer les droits d’administrateur de {{count}} personnes ? Leurs comptes utilisateur sont conservés.',
    confirm: 'Supprimer',
    done_one: 'Droits d’administrateur retirés à {{count}} personne.',
    done_other: 'Droits d’administrateur retirés à {{count}} personnes.',
    lastSystemAdmin:
      'L’organisation doit conserver au moins un administrateur système actif. Désélectionnez-en un et réessayez.',
    selfSelected:
      'Vous faites partie de la sélection, et personne ne peut retirer ses propres droits d’administrateur. Désélectionnez-vous, ou demandez à un autre administrateur.',
    failed: 'Les administrateurs n’ont pas été supprimés.',
  },
  filters: {
    role: 'Rôle',
    status: 'Statut',
    anyRole: 'Tous les rôles',
    anyStatus: 'Tous les statuts',
    noMatch: 'Aucun administrateur ne correspond à ces filtres',
  },
  /** `Resend invitations` for the selected pending rows. */
  resend: {
    done_one: 'Invitation renvoyée à {{count}} personne.',
    done_other: 'Invitations renvoyées à {{count}} personnes.',
    failed: 'Invitation non renvoyée à {{names}} : {{reason}}',
  },
};
