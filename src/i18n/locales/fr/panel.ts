import type { panel as en } from '../en/panel';

/** Panneau de prototypage (designers et QA). */
export const panel: typeof en = {
  open: 'Panneau de prototypage',
  shortcut: 'Panneau de prototypage (Alt+Maj+P)',
  title: 'Panneau de prototypage',
  intro:
    'Commandes de démonstration. Chaque choix est conservé après un rechargement et peut être partagé par un lien.',
  close: 'Fermer le panneau de prototypage',
  inPage:
    'Les service workers ne sont pas disponibles dans ce navigateur : le backend simulé s’exécute dans cette page. Les autres onglets voient ses modifications après un rechargement.',
  persona: 'Persona',
  personaHelp: 'Vous connecte en tant que cette personne.',
  noRoles: 'Aucun rôle d’administrateur',
  signedOut: 'Déconnecté',
  personaSwitched: 'Connecté en tant que {{name}}.',
  personaNotInOrgOption: '{{name}} — absent de cette organisation',
  personaNotInOrg:
    '{{name}} n’existe pas dans cette organisation ({{scenario}}) : vous restez connecté comme avant. Choisissez le scénario Par défaut pour vous connecter sous son nom.',
  language: 'Langue',
  scenario: 'Scénario',
  scenarios: {
    default: 'Par défaut',
    'slow-network': 'Réseau lent (1,5 à 3 s par requête)',
    'server-errors': 'Erreurs serveur (500 et pannes réseau)',
    'failing-saves': 'Échec des enregistrements uniquement',
    'empty-org': 'Organisation vide',
    'mid-size-org': 'Organisation moyenne (10 000 utilisateurs, 100 administrateurs)',
    'large-org': 'Grande organisation (100 000 utilisateurs)',
  },
  scenarioChanged: 'Scénario : {{name}}.',
  clock: 'Horloge simulée',
  mockDate: 'Date simulée : {{date}}',
  clockOffset: 'Décalage : {{days}} jours',
  plusOneDay: '+1 jour',
  plusSevenDays: '+7 jours',
  plusThirtyOneDays: '+31 jours',
  resetClock: 'Réinitialiser l’horloge',
  clockChanged: 'La date simulée est maintenant le {{date}}.',
  data: 'Données de démonstration',
  changeCount_one: '{{count}} modification depuis le début.',
  changeCount_other: '{{count}} modifications depuis le début.',
  resetData: 'Réinitialiser les données de démonstration',
  resetTitle: 'Réinitialiser les données de démonstration ?',
  resetMessage:
    'Toutes les modifications faites dans cette démonstration (administrateurs ajoutés, invitations, dossiers, journal d’audit) sont supprimées et les données de départ reviennent. Vous êtes de nouveau connecté en tant que Sam Rivera.',
  resetConfirm: 'Réinitialiser les données de démonstration',
  resetDone: 'Données de démonstration réinitialisées.',
  copyLink: 'Copier le lien vers cet état',
  linkCopied: 'Lien copié',
  copyFailed: 'Impossible de copier le lien. Copiez-le ici : {{url}}',
  loadFailed: 'les réglages du prototype',
};
