import { describe, expect, it } from 'vitest';
import { resources as fr } from '@/i18n/locales/fr';

describe('French wording', () => {
  it('names admin roles with one term: « Rôles d’administrateur » on the list, in bulk add and on admin details', () => {
    const term = 'Rôles d’administrateur';
    expect([fr.administrators.table.roles, fr.bulkAdd.table.roles, fr.adminDetails.rolesHeading]).toEqual([
      term,
      term,
      term,
    ]);
  });
});
