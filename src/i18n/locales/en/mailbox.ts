/** The demo mailbox (the invitation backend's outbox) and the invitation email. */
export const mailbox = {
  title: 'Mailbox',
  intro:
    'Every email the demo backend has sent, newest first. In a real org these go to each person’s inbox.',
  filterRegion: 'Filter the emails',
  filterLabel: 'Recipient email',
  filter: 'Filter',
  clearFilter: 'Show all',
  listLabel: 'Emails',
  empty: 'No emails yet',
  emptyHelp: 'An email is sent each time someone is given administrator rights.',
  emptyFiltered: 'No emails to {{to}}',
  what: 'the emails',
  from: 'From',
  to: 'To',
  date: 'Date',
  subject: 'Subject',
  resent: 'New link',
  selectHint: 'Select an email to read it.',
  email: {
    subject: 'Your administrator rights for the Adobe Admin Console',
    greeting: 'Hello {{name}},',
    intro: 'You have been given administrator rights for {{org}} in the Adobe Admin Console:',
    introResend:
      'Here is a new link to accept your administrator rights for {{org}}. Earlier links no longer work. Your rights:',
    instances: 'Marketo Engage instances:',
    scope: 'For:',
    canTitle: 'What you can do',
    can: {
      system:
        'System administrator: manage everything in the Admin Console for {{org}}: users, products, settings and other administrators.',
      product:
        'Product administrator: manage the products listed above, their product profiles and who uses them.',
      productProfile: 'Product profile administrator: manage the users of the product profiles listed above.',
      userGroup: 'User group administrator: manage the members of the user groups listed above.',
      deployment: 'Deployment administrator: manage software packages and deployment settings.',
      basicSupport:
        'Basic support administrator: open and follow support cases for {{org}} with Adobe Customer Care, for every product except Marketo Engage.',
      productSupport:
        'Product support administrator: open and follow support cases for the Marketo Engage instances listed above.',
    },
    profileTitle: 'Choose the right profile',
    profile:
      'Select Get started and sign in with this email address. If you have more than one profile, select Join team, then choose the {{org}} profile: a personal profile does not give access to the Admin Console of {{org}}.',
    supportReminder:
      'As a Support administrator, add a support phone number so that Adobe Customer Care can call you back about your cases: once you have accepted, open the account menu (your name, top right of the Admin Console) and choose Profile.',
    supportReminderLink: 'Set your support phone number in your profile',
    getStarted: 'Get started',
    validity: 'This link works for 30 days. If it has expired, ask your administrator to send you a new one.',
    signOff: 'The Adobe Admin Console team',
  },
  caseEmail: {
    subject: 'Support case {{id}}: {{change}}',
    changes: {
      commented: 'new comment',
      supportReplied: 'reply from Adobe Support',
      closed: 'case closed',
      reopened: 'case reopened',
    },
    greeting: 'Hello,',
    intro: 'There is news on support case {{id}}, “{{title}}”, of {{org}}:',
    what: {
      commented: '{{name}} added a comment.',
      supportReplied: '{{name}} from Adobe Support replied.',
      closed: '{{name}} closed the case.',
      reopened: '{{name}} reopened the case.',
    },
    status: 'Status: {{status}}',
    statuses: {
      'awaiting-assignment': 'Awaiting assignment',
      'in-progress': 'In progress',
      'awaiting-reply': 'Awaiting your reply',
      closed: 'Closed',
    },
    view: 'View the case',
    why: 'You get this email because the person who opened the case asked us to keep you up to date.',
    signOff: 'Adobe Customer Care',
  },
  /** Time-bound grants: the email sent when rights reach their end day. */
  rightsEndedEmail: {
    subject: 'Some of your administrator rights have ended',
    greeting: 'Hello {{name}},',
    intro: 'These administrator rights for {{org}} ended on {{date}}, as planned when they were given:',
    rest: 'Any other rights you hold stay as they are. If you still need these, ask your administrator.',
    signOff: 'The Adobe Admin Console team',
  },
};
