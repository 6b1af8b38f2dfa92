import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@/api/schemas/audit';
import { filterAudit } from '@mocks/handlers/audit';

const e = (id: string, at: string, over: Partial<AuditEntry> = {}): AuditEntry => ({
  id,
  at,
  event: 'admin.granted',
  detail: 'd',
  object: 'Administrator',
  ...over,
});
const elodie = { id: 'u1', name: 'Élodie Dubois', email: 'elodie.dubois@acme.example' };
const sam = { id: 'u2', name: 'Sam Rivera', email: 'sam.rivera@acme.example' };

describe('filterAudit (GET /api/audit)', () => {
  const entries = [
    e('a', '2026-01-01T00:00:00.000Z', { affectedUser: elodie, admin: sam }),
    e('b', '2026-01-02T00:00:00.000Z', { event: 'invitation.sent', affectedUser: elodie, admin: sam }),
    e('c', '2026-01-02T00:00:00.000Z', { event: 'case.created', admin: elodie }),
    e('d', '2026-01-03T00:00:00.000Z', { event: 'user.created' }),
  ];

  it('lists newest first; entries written in the same instant: the later write first', () => {
    expect(filterAudit(entries, {}).map((x) => x.id)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('filters by event', () => {
    expect(filterAudit(entries, { event: 'invitation.sent' }).map((x) => x.id)).toEqual(['b']);
  });

  it('matches the person as affected user or admin, by name (accents folded) or email', () => {
    expect(filterAudit(entries, { person: 'elodie' }).map((x) => x.id)).toEqual(['c', 'b', 'a']);
    expect(filterAudit(entries, { person: 'SAM.RIVERA@' }).map((x) => x.id)).toEqual(['b', 'a']);
    expect(filterAudit(entries, { person: 'nobody' })).toEqual([]);
  });
});
