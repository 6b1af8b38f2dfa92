/** Mock sign-in page. */
export const signIn = {
  title: 'Sign in',
  intro:
    'This is a demo: no password is needed. Enter the email of a person of the demo organisation, or choose a demo account.',
  email: 'Email',
  continue: 'Continue',
  signingIn: 'Signing in…',
  unknownAccount:
    'No account uses this email in this demo. Check the address or choose a demo account below.',
  demoTitle: 'Demo accounts',
  demoHelp: 'Select a person to sign in as them.',
  signInAs: 'Sign in as {{name}}',
  summary: {
    system: 'System administrator',
    product: 'Product administrator: Adobe Analytics, Adobe Target',
    productProfile: 'Product profile administrator: one Target profile',
    userGroup: 'User group administrator: EMEA Marketing',
    deployment: 'Deployment administrator',
    basicSupport: 'Support administrator (Basic)',
    productSupport: 'Support administrator (Product: Marketo Engage – Acme Production)',
    none: 'No admin roles (plain user)',
    twoProfiles: 'No admin roles; Adobe ID with two profiles (Personal, Acme Corp)',
  },
};
