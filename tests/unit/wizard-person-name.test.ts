import { describe, expect, it } from 'vitest';
import { draftPersonName } from '@/features/administrators/model/wizard-draft';

// Issue #18 item 4: step 2 names a new user by the first and last name typed in step 1.
describe('draftPersonName', () => {
  const newUser = { kind: 'new', email: 'ana@acme.example' } as const;
  it('uses the typed first and last name of a new user', () => {
    expect(draftPersonName({ chosen: newUser, firstName: ' Ana ', lastName: 'Lima' })).toBe('Ana Lima');
  });
  it('falls back to the email when no name was typed', () => {
    expect(draftPersonName({ chosen: newUser, firstName: ' ', lastName: '' })).toBe('ana@acme.example');
  });
  it('names a directory user by their directory name, whatever was typed', () => {
    const chosen = {
      kind: 'existing',
      id: 'u1',
      name: 'Diego Ruiz',
      email: 'd@x',
      idType: 'enterprise',
    } as const;
    expect(draftPersonName({ chosen, firstName: 'X', lastName: 'Y' })).toBe('Diego Ruiz');
  });
});
