import { describe, expect, it } from 'vitest';
import { buildSeed, HTML_PAYLOAD_NAME, PEOPLE } from '@mocks/db/seed';
import { DirectoryIndex } from '@mocks/db/directory-index';

describe('seed data', () => {
  it('is deterministic: the same people and ids on every start', () => {
    const a = buildSeed('default');
    const b = buildSeed('default');
    expect(a.users.map((u) => u.email)).toEqual(b.users.map((u) => u.email));
    expect(a.users).toHaveLength(2011);
  });

  it('has the spec organisation: named people, roles, instances, groups', () => {
    const s = buildSeed('default');
    expect(s.catalog.org.name).toBe('Acme Corp');
    expect(s.catalog.instances.map((i) => [i.name, i.munchkinId])).toEqual([
      ['Acme Production', '123-ABC-456'],
      ['Acme Sandbox', '789-XYZ-012'],
      ['Acme EMEA Production', '345-DEF-678'],
    ]);
    expect(s.catalog.groups.map((g) => g.name)).toEqual(['EMEA Marketing', 'Web Analysts', 'Contractors']);
    expect(s.catalog.products).toHaveLength(9);
    const jonas = s.admins.find((a) => a.userId === PEOPLE.jonas.id);
    expect(jonas?.roles).toEqual([
      { role: 'support', basic: false, productSupport: true, instanceIds: ['mkto-acme-prod'] },
    ]);
    const alex = s.users.find((u) => u.id === PEOPLE.alex.id);
    expect(alex?.idType).toBe('adobe');
    expect(alex?.profiles.map((p) => p.name)).toEqual(['Personal profile', 'Acme Corp']);
    expect(s.users.some((u) => u.firstName === HTML_PAYLOAD_NAME.firstName)).toBe(true);
    expect(s.admins.filter((a) => a.roles.length)).toHaveLength(7);
  });

  it('has an empty org with only the signed-in System administrator', () => {
    const s = buildSeed('empty-org');
    expect(s.users.map((u) => u.id)).toEqual([PEOPLE.sam.id]);
    expect(s.admins).toHaveLength(1);
  });
});

describe('directory index', () => {
  const users = buildSeed('default').users;
  const index = new DirectoryIndex(users);
  it('matches prefixes of first name, last name, email and email parts, accent-insensitive', () => {
    const names = (q: string) => index.search(q, 50).ids.map((id) => users.find((u) => u.id === id)!.name);
    expect(names('elodie')).toContain('Élodie Dubois');
    expect(names('Élo')).toContain('Élodie Dubois');
    expect(names("o'brien")).toContain("Seán O'Brien");
    expect(names('sam.rivera@acme')).toEqual(['Sam Rivera']);
    expect(names('amara okafor')).toEqual(['Amara Okafor']);
    expect(names('zzzz')).toEqual([]);
  });
  it('reports when more results exist than the limit', () => {
    const r = index.search('a', 5);
    expect(r.ids).toHaveLength(5);
    expect(r.more).toBe(true);
  });
});
