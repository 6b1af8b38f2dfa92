import type { bulkAdd as en } from '../en/bulkAdd';

export const bulkAdd: typeof en = {
  title: 'Ajouter des administrateurs à partir d’un CSV',
  intro:
    'Importez un fichier CSV avec une ligne d’en-tête et une personne par ligne. Rien ne change avant l’attribution : chaque ligne est d’abord vérifiée.',
  columns: 'Colonnes : {{columns}}.',
  valuesHelp:
    'Séparez plusieurs valeurs d’une même cellule par un point-virgule (;). Nommez les rôles et les types d’assistance comme dans Ajouter un administrateur, en français ou en anglais.',
  template: 'Télécharger le modèle',
  file: 'Fichier CSV',
  fileHelp: 'Texte UTF-8, 5 000 lignes au plus.',
  reading: 'Lecture du fichier…',
  checking: 'Vérification de chaque ligne…',
  summary_one: '{{ready}} ligne sur {{count}} est prête à être attribuée.',
  summary_other: '{{ready}} lignes sur {{count}} sont prêtes à être attribuées.',
  table: {
    caption: 'Résultat de la vérification, ligne par ligne',
    row: 'Ligne',
    email: 'Adresse e-mail',
    roles: 'Rôles d’administrateur',
    result: 'Résultat',
  },
  ready: 'Prête',
  granted: 'Attribuée',
  reasons: {
    'invalid-email': 'L’adresse e-mail n’est pas valide.',
    'duplicate-row': 'Cette adresse figure déjà à la ligne {{row}} ; chaque personne tient sur une ligne.',
    'invalid-name': 'Le prénom ou le nom dépasse 100 caractères ou contient des caractères invisibles.',
    'unknown-role': 'Aucun rôle d’administrateur ne s’appelle « {{name}} ».',
    'unknown-support-option': 'Aucun type d’assistance ne s’appelle « {{name}} ».',
    'unknown-target': 'Rien dans l’organisation ne s’appelle « {{name}} ».',
    'scope-without-role': 'Des valeurs sont données pour {{role}}, mais la ligne n’attribue pas ce rôle.',
    'role-required': 'Indiquez au moins un rôle d’administrateur.',
    'scope-missing': {
      product: 'Administrateur de produit demande au moins un produit dans Products.',
      productProfile: 'Administrateur de profil de produit demande au moins un profil dans Product profiles.',
      userGroup: 'Administrateur de groupe d’utilisateurs demande au moins un groupe dans User groups.',
      support:
        'Administrateur d’assistance demande un type d’assistance dans Support, et Administrateur d’assistance produit au moins une instance dans Marketo Engage instances.',
    },
    'not-allowed': 'Vous n’êtes pas autorisé à attribuer le rôle {{role}}.',
    self: 'Vous ne pouvez pas modifier vos propres droits d’administrateur.',
    'already-held': 'Cette personne a déjà ce rôle : {{role}}.',
  },
  grant_one: 'Attribuer {{count}} administrateur',
  grant_other: 'Attribuer {{count}} administrateurs',
  granting: 'Attribution…',
  sent_one: 'Invitation envoyée à {{count}} personne',
  sent_other: 'Invitations envoyées à {{count}} personnes',
  downloadFailed_one: 'Télécharger la ligne non attribuée',
  downloadFailed_other: 'Télécharger les {{count}} lignes non attribuées',
  failedFileName: 'administrateurs-non-attribues',
  templateFileName: 'modele-administrateurs.csv',
  example: {
    email: 'prenom.nom@example.com',
    firstName: 'Prénom',
    lastName: 'Nom',
  },
  problems: {
    encoding:
      'Ce fichier n’est pas du texte UTF-8. Enregistrez-le au format « CSV UTF-8 » et importez-le à nouveau.',
    'missing-header':
      'La première ligne doit être la ligne d’en-tête, avec au moins les colonnes Email et Admin roles. Partez du modèle.',
    'too-many-rows':
      'Ce fichier compte plus de 5 000 lignes. Découpez-le et importez 5 000 lignes au plus à la fois.',
    empty: 'Ce fichier a une ligne d’en-tête mais personne en dessous.',
    malformed: 'Ce fichier n’est pas un CSV valide : vérifiez les guillemets vers la ligne {{row}}.',
    checkFailed: 'Les lignes n’ont pas pu être vérifiées.',
    grantFailed: 'Personne n’a reçu de droits d’administrateur.',
  },
};
