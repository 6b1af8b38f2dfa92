import { describe, expect, it } from 'vitest';
import { filterAudit } from '@mocks/handlers/audit';
import type { AuditRecord } from '@mocks/db/types';

let seq = 0;
const e = (id: string, at: string, over: Partial<AuditRecord> = {}): AuditRecord => ({
  id,
  seq: (seq += 1),
  at,
  event: 'admin.granted',
  detail: { kind: 'text', text: 'd' },
  object: { kind: 'administrator' },
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

describe('filterAudit: place in the log and time range', () => {
  const at = '2026-01-02T10:00:00.000Z';
  it('orders entries of the same instant by their place in the log, whatever order they are read in', () => {
    const later = e('granted-then-sent', at, { seq: 8, event: 'invitation.sent' });
    const earlier = e('granted', at, { seq: 7 });
    expect(filterAudit([later, earlier], {}).map((x) => x.id)).toEqual(['granted-then-sent', 'granted']);
  });

  it('keeps entries from `from` (included) to `to` (excluded)', () => {
    const list = [
      e('before', '2026-01-01T23:59:59.999Z'),
      e('first', '2026-01-02T00:00:00.000Z'),
      e('last', '2026-01-02T23:59:59.999Z'),
      e('after', '2026-01-03T00:00:00.000Z'),
    ];
    const range = { fromMs: Date.parse('2026-01-02T00:00:00Z'), toMs: Date.parse('2026-01-03T00:00:00Z') };
    expect(filterAudit(list, range).map((x) => x.id)).toEqual(['last', 'first']);
  });
});
