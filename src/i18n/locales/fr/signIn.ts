import type { signIn as en } from '../en/signIn';

export const signIn: typeof en = {
  title: 'Connexion',
  intro:
    'Ceci est une démonstration : aucun mot de passe n’est nécessaire. Saisissez l’adresse e-mail d’une personne de l’organisation de démonstration ou choisissez un compte de démonstration.',
  email: 'Adresse e-mail',
  continue: 'Continuer',
  signingIn: 'Connexion en cours…',
  unknownAccount:
    'Aucun compte n’utilise cette adresse e-mail dans cette démonstration. Vérifiez l’adresse ou choisissez un compte de démonstration ci-dessous.',
  demoTitle: 'Comptes de démonstration',
  demoHelp: 'Sélectionnez une personne pour vous connecter en son nom.',
  signInAs: 'Se connecter en tant que {{name}}',
  summary: {
    system: 'Administrateur système',
    product: 'Administrateur de produit : Adobe Analytics, Adobe Target',
    productProfile: 'Administrateur de profil de produit : un profil Target',
    userGroup: 'Administrateur de groupe d’utilisateurs : EMEA Marketing',
    deployment: 'Administrateur de déploiement',
    basicSupport: 'Administrateur d’assistance (de base)',
    productSupport: 'Administrateur d’assistance (produit : Marketo Engage – Acme Production)',
    none: 'Aucun rôle d’administrateur (utilisateur standard)',
    twoProfiles: 'Aucun rôle d’administrateur ; Adobe ID avec deux profils (personnel, Acme Corp)',
  },
};
