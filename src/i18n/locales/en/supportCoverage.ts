export const supportCoverage = {
  title: 'Support coverage',
  link: 'Support coverage',
  intro:
    'Who can open support cases with Adobe for each product and each Marketo Engage instance. Basic support administrators cover every product but Marketo Engage; Product support administrators cover the Marketo Engage instances they were given.',
  what: 'the support coverage',
  systemOnly: 'Only System administrators can see the support coverage.',
  empty: 'The organisation has no products.',
  gaps_one: '{{count}} product or instance has no Support administrator.',
  gaps_other: '{{count}} products or instances have no Support administrator.',
  allCovered: 'Every product and instance has a Support administrator.',
  uncovered: 'No Support administrator',
  add: 'Add a Support administrator',
  addFor: 'Add a Support administrator for {{name}}',
  roles: { basic: 'Basic support', productSupport: 'Product support' },
  table: {
    caption: 'Support coverage by product and instance',
    product: 'Product or instance',
    admins: 'Who can open support cases',
  },
};
