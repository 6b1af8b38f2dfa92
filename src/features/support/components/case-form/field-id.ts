/** DOM id of a case-form field (used to focus the first invalid one). */
export const fieldId = (name: string) => `case-${name.replace(/\./g, '-')}`;

/** Translate a validation key from the shared messages (common) or the support ones. */
export const VALIDATION_NS = ['common', 'support'] as const;
