/** Bodies of `POST /api/support/cases` that the handler tests open cases with (read-only: spread to vary them). */
export const analyticsCase = Object.freeze({
  productId: 'analytics',
  title: 'Report suite shows no data',
  description: 'Since Monday the report suite is empty.',
  priority: 'high',
  businessImpact: 'Weekly revenue report is late',
  timeZone: 'emea',
  productFields: { reportSuite: 'acme-global' },
});

/** The same case for Marketo Engage - Acme Production. */
export const marketoCase = Object.freeze({
  ...analyticsCase,
  productId: 'marketo',
  productFields: { instanceId: 'mkto-acme-prod' },
});
