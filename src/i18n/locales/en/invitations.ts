/** Invitation acceptance: Get started, profile set-up, Join team, profile choice, link problems. */
export const invitations = {
  title: 'Your administrator rights for {{org}}',
  intro: 'You were invited to administer {{org}} in the Adobe Admin Console as {{email}}. Your rights:',
  instances: 'Marketo Engage instances:',
  scope: 'For:',
  expires: 'This invitation expires on {{date}}.',
  getStarted: 'Get started',
  signInFirst: 'You will sign in as {{email}} first.',
  wrongAccountTitle: 'This invitation is for another account',
  wrongAccount:
    'You are signed in as {{current}}, but this invitation was sent to {{email}}. Switch account to accept it.',
  switchAccount: 'Switch account',
  setUp: {
    title: 'Set up your profile',
    intro: 'Tell us your name and where you are. We create your {{org}} profile with it.',
    firstName: 'First name',
    lastName: 'Last name',
    country: 'Country/region',
    chooseCountry: 'Choose a country or region',
    supportPhone: 'Support phone number',
    supportPhoneHelp:
      'Optional. Where Adobe Customer Care can call you back about support cases, in international format: +44 20 7946 0000. You can also set it later in your profile.',
    continue: 'Continue',
  },
  join: {
    title: 'Join the {{org}} team',
    intro: '{{org}} gave you administrator rights. Join the team to use them in the Admin Console.',
    button: 'Join team',
  },
  select: {
    title: 'Select a profile',
    intro:
      'Choose the profile to use with {{org}}. Only the {{org}} profile gives access to its Admin Console.',
    legend: 'Profiles',
    /** The built-in personal profile's name, told by its kind rather than its stored text. */
    personalName: 'Personal profile',
    personalHint: 'Does not give access to {{org}}.',
    businessHint: 'Business profile of {{org}}',
    continue: 'Continue',
  },
  working: 'Accepting your invitation…',
  accepted: 'Welcome! You are now an administrator of {{org}}.',
  errors: {
    personalProfile:
      'Your personal profile does not give access to {{org}}, so no rights were activated. Choose the {{org}} profile.',
    unknownProfile: 'This profile is not one of yours. Choose another one.',
    profileExists: 'You already have a profile. Join the team with it.',
  },
  status: {
    notFoundTitle: 'This invitation link is not valid',
    notFound:
      'The link may be incomplete or mistyped. Open the email from message@adobe.com again and select Get started, or ask your administrator to send you a new invitation.',
    acceptedTitle: 'This invitation was already used',
    accepted:
      'These administrator rights were accepted on {{date}}. Sign in as {{email}} to use them. If that was not you, contact your administrator.',
    voidedTitle: 'This invitation link no longer works',
    voided:
      'A newer invitation replaced this one, or the rights were withdrawn. Use the link in the latest email from message@adobe.com, or ask your administrator to resend the invitation.',
    expiredTitle: 'This invitation has expired',
    expired:
      'Invitations work for 30 days; this one expired on {{date}}. Ask your administrator to resend the invitation.',
    openConsole: 'Go to the Admin Console',
    openMailbox: 'Open the demo mailbox',
  },
  what: 'the invitation',
};
