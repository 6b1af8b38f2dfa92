/** Menu du compte › Profil : qui l’on est, et le numéro de téléphone d’assistance. */
export const profile = {
  title: 'Profil',
  name: 'Nom',
  email: 'E-mail',
  supportTitle: 'Assistance',
  supportIntro:
    'L’Assistance clientèle d’Adobe rappelle ce numéro au sujet des dossiers d’assistance que vous ouvrez. Il est repris dans les dossiers que vous ouvrez.',
  supportPhone: 'Numéro de téléphone d’assistance',
  supportPhoneHelp:
    'Facultatif. Format international : + et l’indicatif du pays, par exemple +33 1 23 45 67 89.',
  emailLanguage: 'Langue de vos e-mails',
  emailLanguageHelp:
    'Les invitations et les nouvelles de vos dossiers d’assistance vous sont écrites dans cette langue.',
  emailLanguageUnset: 'Non choisie (anglais)',
  saved: 'Profil enregistré',
};
