import type { invitations as en } from '../en/invitations';

export const invitations: typeof en = {
  title: 'Vos droits d’administrateur pour {{org}}',
  intro:
    'Vous avez été invité à administrer {{org}} dans l’Admin Console d’Adobe avec l’adresse {{email}}. Vos droits :',
  instances: 'Instances Marketo Engage :',
  scope: 'Pour :',
  expires: 'Cette invitation expire le {{date}}.',
  getStarted: 'Commencer',
  signInFirst: 'Vous vous connecterez d’abord en tant que {{email}}.',
  wrongAccountTitle: 'Cette invitation est destinée à un autre compte',
  wrongAccount:
    'Vous êtes connecté en tant que {{current}}, mais cette invitation a été envoyée à {{email}}. Changez de compte pour l’accepter.',
  switchAccount: 'Changer de compte',
  setUp: {
    title: 'Configurez votre profil',
    intro: 'Indiquez votre nom et votre pays ou région. Nous créons ainsi votre profil {{org}}.',
    firstName: 'Prénom',
    lastName: 'Nom',
    country: 'Pays/région',
    chooseCountry: 'Choisissez un pays ou une région',
    supportPhone: 'Numéro de téléphone d’assistance',
    supportPhoneHelp:
      'Facultatif. Le numéro où l’Assistance clientèle d’Adobe peut vous rappeler au sujet des dossiers, au format international : +33 1 23 45 67 89. Vous pourrez aussi le renseigner plus tard dans votre profil.',
    continue: 'Continuer',
  },
  join: {
    title: 'Rejoindre l’équipe {{org}}',
    intro:
      '{{org}} vous a donné des droits d’administrateur. Rejoignez l’équipe pour les utiliser dans l’Admin Console.',
    button: 'Rejoindre l’équipe',
  },
  select: {
    title: 'Sélectionnez un profil',
    intro:
      'Choisissez le profil à utiliser avec {{org}}. Seul le profil {{org}} donne accès à son Admin Console.',
    legend: 'Profils',
    personalName: 'Profil personnel',
    personalHint: 'Ne donne pas accès à {{org}}.',
    businessHint: 'Profil professionnel {{org, de}}',
    continue: 'Continuer',
  },
  working: 'Acceptation de votre invitation…',
  accepted: 'Bienvenue ! Vous êtes maintenant administrateur {{org, de}}.',
  errors: {
    personalProfile:
      'Votre profil personnel ne donne pas accès à {{org}} : aucun droit n’a été activé. Choisissez le profil {{org}}.',
    unknownProfile: 'Ce profil ne vous appartient pas. Choisissez-en un autre.',
    profileExists: 'Vous avez déjà un profil. Rejoignez l’équipe avec celui-ci.',
  },
  status: {
    notFoundTitle: 'Ce lien d’invitation n’est pas valide',
    notFound:
      'Le lien est peut-être incomplet ou mal saisi. Ouvrez de nouveau l’e-mail de message@adobe.com et sélectionnez Commencer, ou demandez à votre administrateur de vous envoyer une nouvelle invitation.',
    acceptedTitle: 'Cette invitation a déjà été utilisée',
    accepted:
      'Ces droits d’administrateur ont été acceptés le {{date}}. Connectez-vous en tant que {{email}} pour les utiliser. Si ce n’était pas vous, contactez votre administrateur.',
    voidedTitle: 'Ce lien d’invitation ne fonctionne plus',
    voided:
      'Une invitation plus récente a remplacé celle-ci, ou les droits ont été retirés. Utilisez le lien du dernier e-mail de message@adobe.com, ou demandez à votre administrateur de renvoyer l’invitation.',
    expiredTitle: 'Cette invitation a expiré',
    expired:
      'Les invitations sont valables 30 jours ; celle-ci a expiré le {{date}}. Demandez à votre administrateur de renvoyer l’invitation.',
    openConsole: 'Accéder à l’Admin Console',
    openMailbox: 'Ouvrir la boîte de réception de démonstration',
  },
  what: 'l’invitation',
};
