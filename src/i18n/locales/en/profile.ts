/** Account menu › Profile: who one is, and the support phone number. */
export const profile = {
  title: 'Profile',
  name: 'Name',
  email: 'Email',
  supportTitle: 'Support',
  supportIntro:
    'Adobe Customer Care calls this number back about the support cases you open. Cases you open are filled in with it.',
  supportPhone: 'Support phone number',
  supportPhoneHelp: 'Optional. International format: + and the country code, like +44 20 7946 0000.',
  emailLanguage: 'Language of your emails',
  emailLanguageHelp: 'Invitations and support case updates sent to you are written in it.',
  emailLanguageUnset: 'Not chosen (English)',
  saved: 'Profile saved',
};
