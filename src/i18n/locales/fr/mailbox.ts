import type { mailbox as en } from '../en/mailbox';

export const mailbox: typeof en = {
  title: 'Boîte de réception',
  intro:
    'Tous les e-mails envoyés par le serveur de démonstration, du plus récent au plus ancien. Dans une vraie organisation, ils arrivent dans la boîte de chaque personne.',
  filterRegion: 'Filtrer les e-mails',
  filterLabel: 'Adresse e-mail du destinataire',
  filter: 'Filtrer',
  clearFilter: 'Tout afficher',
  listLabel: 'E-mails',
  empty: 'Aucun e-mail pour l’instant',
  emptyHelp: 'Un e-mail est envoyé chaque fois qu’une personne reçoit des droits d’administrateur.',
  emptyFiltered: 'Aucun e-mail pour {{to}}',
  what: 'les e-mails',
  from: 'De',
  to: 'À',
  date: 'Date',
  subject: 'Objet',
  resent: 'Nouveau lien',
  selectHint: 'Sélectionnez un e-mail pour le lire.',
  email: {
    subject: 'Vos droits d’administrateur pour l’Admin Console d’Adobe',
    greeting: 'Bonjour {{name}},',
    intro: 'Vous avez reçu des droits d’administrateur pour {{org}} dans l’Admin Console d’Adobe :',
    introResend:
      'Voici un nouveau lien pour accepter vos droits d’administrateur pour {{org}}. Les liens précédents ne fonctionnent plus. Vos droits :',
    instances: 'Instances Marketo Engage :',
    scope: 'Pour :',
    canTitle: 'Ce que vous pouvez faire',
    can: {
      system:
        'Administrateur système : gérer tout ce qui concerne {{org}} dans l’Admin Console : utilisateurs, produits, paramètres et autres administrateurs.',
      product:
        'Administrateur de produit : gérer les produits ci-dessus, leurs profils de produit et leurs utilisateurs.',
      productProfile:
        'Administrateur de profil de produit : gérer les utilisateurs des profils de produit ci-dessus.',
      userGroup:
        'Administrateur de groupe d’utilisateurs : gérer les membres des groupes d’utilisateurs ci-dessus.',
      deployment:
        'Administrateur de déploiement : gérer les packages logiciels et les paramètres de déploiement.',
      basicSupport:
        'Administrateur d’assistance de base : ouvrir et suivre des dossiers d’assistance pour {{org}} auprès de l’Assistance clientèle d’Adobe, pour tous les produits sauf Marketo Engage.',
      productSupport:
        'Administrateur d’assistance produit : ouvrir et suivre des dossiers d’assistance pour les instances Marketo Engage ci-dessus.',
    },
    profileTitle: 'Choisissez le bon profil',
    profile:
      'Sélectionnez Commencer et connectez-vous avec cette adresse e-mail. Si vous avez plusieurs profils, sélectionnez Rejoindre l’équipe, puis choisissez le profil {{org}} : un profil personnel ne donne pas accès à l’Admin Console {{org, de}}.',
    supportReminder:
      'En tant qu’administrateur d’assistance, ajoutez un numéro de téléphone d’assistance afin que l’Assistance clientèle d’Adobe puisse vous rappeler au sujet de vos dossiers : une fois l’invitation acceptée, ouvrez le menu du compte (votre nom, en haut à droite de l’Admin Console) et choisissez Profil.',
    supportReminderLink: 'Renseigner votre numéro de téléphone d’assistance dans votre profil',
    getStarted: 'Commencer',
    validity:
      'Ce lien est valable 30 jours. S’il a expiré, demandez à votre administrateur de vous en envoyer un nouveau.',
    signOff: 'L’équipe Adobe Admin Console',
  },
  caseEmail: {
    subject: 'Dossier d’assistance {{id}} : {{change}}',
    changes: {
      commented: 'nouveau commentaire',
      supportReplied: 'réponse de l’assistance Adobe',
      closed: 'dossier fermé',
      reopened: 'dossier rouvert',
    },
    greeting: 'Bonjour,',
    intro: 'Du nouveau sur le dossier d’assistance {{id}}, « {{title}} », {{org, de}} :',
    what: {
      commented: '{{name}} a ajouté un commentaire.',
      supportReplied: '{{name}}, de l’assistance Adobe, a répondu.',
      closed: '{{name}} a fermé le dossier.',
      reopened: '{{name}} a rouvert le dossier.',
    },
    status: 'Statut : {{status}}',
    statuses: {
      'awaiting-assignment': 'En attente d’affectation',
      'in-progress': 'En cours',
      'awaiting-reply': 'En attente de votre réponse',
      closed: 'Fermé',
    },
    view: 'Voir le dossier',
    why: 'Vous recevez cet e-mail car la personne qui a ouvert le dossier nous a demandé de vous tenir informé.',
    signOff: 'L’Assistance clientèle d’Adobe',
  },
  /** Droits à durée limitée : l’e-mail envoyé quand des droits arrivent à leur date de fin. */
  rightsEndedEmail: {
    subject: 'Certains de vos droits d’administrateur ont pris fin',
    greeting: 'Bonjour {{name}},',
    intro:
      'Ces droits d’administrateur pour {{org}} ont pris fin le {{date}}, comme prévu lors de leur attribution :',
    rest: 'Vos autres droits restent inchangés. Si vous avez encore besoin de ceux-ci, demandez-les à votre administrateur.',
    signOff: 'L’équipe Adobe Admin Console',
  },
};
