import type { auditLog as en } from '../en/auditLog';

export const auditLog: typeof en = {
  title: 'Journal d’audit',
  intro:
    'Chaque attribution, modification, suppression, invitation et dossier d’assistance {{org, de}}, du plus récent au plus ancien.',
  filters: 'Filtrer le journal d’audit',
  event: 'Événement',
  allEvents: 'Tous les événements',
  person: 'Personne',
  personHelp: 'Nom ou adresse e-mail de l’utilisateur concerné ou de l’administrateur',
  exportCsv: 'Exporter au format CSV',
  exporting: 'Préparation du fichier CSV…',
  exported: 'Journal d’audit exporté ({{count}} entrées).',
  exportFailed: 'Impossible d’exporter le journal d’audit.',
  what: 'le journal d’audit',
  empty: 'Aucune entrée d’audit',
  emptyFiltered: 'Aucune entrée d’audit ne correspond à ces filtres',
  clearFilters: 'Effacer les filtres',
  tableLabel: 'Entrées du journal d’audit',
  columns: {
    date: 'Date',
    event: 'Événement',
    detail: 'Détail',
    object: 'Objet',
    affectedUser: 'Utilisateur concerné',
    admin: 'Administrateur',
  },
  system: 'Système',
  events: {
    admin: {
      granted: 'Droits d’administrateur attribués',
      changed: 'Droits d’administrateur modifiés',
      removed: 'Administrateur supprimé',
      rightsEnded: 'Droits d’administrateur terminés (date de fin atteinte)',
    },
    user: { created: 'Utilisateur créé' },
    invitation: {
      sent: 'Invitation envoyée',
      resent: 'Invitation renvoyée',
      accepted: 'Invitation acceptée',
      expired: 'Invitation expirée',
    },
    case: {
      created: 'Dossier créé',
      commented: 'Dossier commenté',
      closed: 'Dossier fermé',
      reopened: 'Dossier rouvert',
      supportReplied: 'Réponse de l’assistance Adobe',
      watchersChanged: 'Personnes tenues informées modifiées',
    },
  },
};
