import { describe, expect, it } from 'vitest';
import { isInvitationEmail } from '@/api/schemas/invitations';
import { buildAdmin } from '@mocks/factories/build-admin';
import { runtime } from '@mocks/runtime';
import { setSession } from '@mocks/auth';
import { PEOPLE } from '@mocks/db/seed';
import { assertKeepsSystemAdmin } from '@mocks/services/admins';

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

const productSupport = {
  role: 'support',
  basic: false,
  productSupport: true,
  instanceIds: ['mkto-acme-prod'],
};

describe('POST /api/administrators (as Sam Rivera, System administrator)', () => {
  it('grants, sends one invitation email and logs it', async () => {
    const res = await post('/api/administrators', { userId: 'u-camille-martin', roles: [productSupport] });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { administrator: { status: string }; invitation: { email: string } };
    expect(body.administrator.status).toBe('pending');
    expect(body.invitation.email).toBe('camille.martin@acme.example');
    const emails = [...runtime().db.all('emails')].filter(isInvitationEmail);
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({
      from: 'message@adobe.com',
      to: 'camille.martin@acme.example',
      subject: 'Your administrator rights for the Adobe Admin Console',
    });
    expect(emails[0]!.rights[0]!.scopeNames).toEqual(['Marketo Engage - Acme Production']);
    const events = [...runtime().db.all('audit')].map((a) => a.event).sort();
    expect(events).toEqual(['admin.granted', 'invitation.sent']);
  });

  it('creates a new user by email with the ID type of the claimed domain', async () => {
    const res = await post('/api/administrators', {
      newUser: { email: 'New.Person@Acme.example', firstName: 'New', lastName: 'Person' },
      roles: [{ role: 'deployment' }],
    });
    expect(res.status).toBe(201);
    const other = await post('/api/administrators', {
      newUser: { email: 'x@elsewhere.example' },
      roles: [{ role: 'deployment' }],
    });
    expect(other.status).toBe(201);
    const users = [...runtime().db.all('users')].filter((u) => u.id.startsWith('u-n-'));
    expect(users.map((u) => [u.email, u.idType, u.profiles.length])).toEqual([
      ['new.person@acme.example', 'enterprise', 0],
      ['x@elsewhere.example', 'adobe', 0],
    ]);
  });

  it('validates the body with the shared schemas: 400 with field errors', async () => {
    const res = await post('/api/administrators', {
      userId: 'u-camille-martin',
      roles: [{ role: 'support', basic: false, productSupport: true, instanceIds: [] }],
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toContain('application/problem+json');
    const body = (await res.json()) as { errors: Record<string, string[]> };
    expect(body.errors['roles.0.instanceIds']).toEqual(['validation.instancesRequired']);
    const bad = await post('/api/administrators', {
      newUser: { email: 'a@b' },
      roles: [{ role: 'deployment' }],
    });
    expect(bad.status).toBe(400);
    const none = await post('/api/administrators', { userId: 'u-camille-martin', roles: [] });
    expect(((await none.json()) as { errors: Record<string, string[]> }).errors.roles).toEqual([
      'validation.roleRequired',
    ]);
  });

  it('answers 409 when every chosen role is already held, and never duplicates', async () => {
    const res = await post('/api/administrators', {
      userId: 'u-amara-okafor',
      roles: [{ role: 'support', basic: true, productSupport: false, instanceIds: [] }],
    });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { code: string; title: string }).title).toContain(
      'Amara Okafor already has',
    );
    const partial = await post('/api/administrators', {
      userId: 'u-amara-okafor',
      roles: [{ role: 'support', basic: true, productSupport: true, instanceIds: ['mkto-acme-sandbox'] }],
    });
    expect(partial.status).toBe(201);
    expect(runtime().db.get('admins', 'u-amara-okafor')?.roles).toEqual([
      { role: 'support', basic: true, productSupport: true, instanceIds: ['mkto-acme-sandbox'] },
    ]);
  });

  it('honours the idempotency key: a double submit grants once and sends one email', async () => {
    const body = { userId: 'u-camille-martin', roles: [productSupport] };
    const [a, b] = await Promise.all([
      post('/api/administrators', body, { 'Idempotency-Key': 'k1' }),
      post('/api/administrators', body, { 'Idempotency-Key': 'k1' }),
    ]);
    const c = await post('/api/administrators', body, { 'Idempotency-Key': 'k1' });
    expect([a.status, b.status, c.status]).toEqual([201, 201, 201]);
    expect([...runtime().db.all('emails')]).toHaveLength(1);
  });

  it('refuses to remove the last System administrator', async () => {
    // Over HTTP only a System administrator may take the System role away, and never from themselves (self-edit),
    // so the rule guards the records themselves: removing or demoting the last active one is a 409.
    const res = await fetch('/api/administrators/u-sam-rivera', { method: 'DELETE' });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { code: string }).code).toBe('self-edit');
    const sam = runtime().db.get('admins', 'u-sam-rivera')!;
    expect(() => assertKeepsSystemAdmin([sam], () => [])).toThrow(
      expect.objectContaining({ status: 409, extra: { code: 'last-system-admin' } }),
    );
    expect(() => assertKeepsSystemAdmin([sam], () => [{ role: 'system' }])).not.toThrow();
    const camille = buildAdmin('u-camille-martin', [{ role: 'system' }]);
    runtime().db.put('admins', camille.userId, camille);
    expect(() => assertKeepsSystemAdmin([sam], () => [])).not.toThrow();
    expect(() => assertKeepsSystemAdmin([sam, camille], () => [])).toThrow();
    // A pending System administrator holds no rights yet and does not count.
    runtime().db.put('admins', camille.userId, { ...camille, status: 'pending' });
    expect(() => assertKeepsSystemAdmin([sam], () => [])).toThrow();
  });

  it('pages and searches the administrators list', async () => {
    const res = await fetch('/api/administrators?q=okaf&page=1&pageSize=5');
    const body = (await res.json()) as { total: number; items: { name: string }[] };
    expect(body.total).toBe(1);
    expect(body.items[0]!.name).toBe('Amara Okafor');
    const all = (await (await fetch('/api/administrators?pageSize=5')).json()) as {
      total: number;
      items: unknown[];
    };
    expect(all.total).toBe(7);
    expect(all.items).toHaveLength(5);
  });
});

describe('GET /api/users (directory)', () => {
  it('finds people by prefix of name or email, accents folded, with paging', async () => {
    const res = await fetch('/api/users?q=elo&pageSize=10');
    const body = (await res.json()) as { items: { name: string; idType: string }[] };
    expect(body.items.map((u) => u.name)).toContain('Élodie Dubois');
    const alex = (await (await fetch('/api/users?q=alex.chen@mail')).json()) as {
      items: { idType: string }[];
    };
    expect(alex.items[0]!.idType).toBe('adobe');
    const all = (await (await fetch('/api/users?pageSize=10')).json()) as { total: number };
    expect(all.total).toBe(2011);
  });
});

describe('removal refused by the grant rules', () => {
  it('says "remove", not "assign", when Priya may not take a role away', async () => {
    setSession(PEOPLE.priya.id);
    const one = await fetch(`/api/administrators/${PEOPLE.amara.id}`, { method: 'DELETE' });
    expect(one.status).toBe(403);
    const body = (await one.json()) as { code: string; title: string };
    expect(body.code).toBe('forbidden-role');
    expect(body.title).toBe(
      'You cannot remove the Support administrator role. Only a System administrator can remove it.',
    );
    const many = await post('/api/administrators/remove', { userIds: [PEOPLE.amara.id] });
    expect(((await many.json()) as { title: string }).title).toMatch(/^You cannot remove /);
    expect(runtime().db.get('admins', PEOPLE.amara.id)).toBeDefined();
  });
});

describe('GET /api/administrators filters (Role, Status)', () => {
  const list = async (query: string) => {
    const res = await fetch(`/api/administrators?pageSize=100&${query}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { userId: string; status: string }[]; total: number };
    return body.items.map((a) => `${a.userId}:${a.status}`);
  };

  it('answers only admins of the status asked; an invitation past its date is Expired', async () => {
    // Camille invited 31 days ago (expired by now), Élodie invited today (pending).
    expect(
      (await post('/api/administrators', { userId: PEOPLE.camille.id, roles: [productSupport] })).status,
    ).toBe(201);
    runtime().setClockOffset(31 * 86_400_000);
    expect(
      (await post('/api/administrators', { userId: PEOPLE.elodie.id, roles: [{ role: 'deployment' }] }))
        .status,
    ).toBe(201);
    expect(await list('status=pending')).toEqual([`${PEOPLE.elodie.id}:pending`]);
    expect(await list('status=expired')).toEqual([`${PEOPLE.camille.id}:expired`]);
    const active = await list('status=active');
    expect(active).toHaveLength(7);
    expect(active.every((a) => a.endsWith(':active'))).toBe(true);
  });

  it('answers only holders of the role asked, and combines it with the status and the search', async () => {
    await post('/api/administrators', { userId: PEOPLE.camille.id, roles: [productSupport] });
    expect(await list('role=support')).toEqual([
      `${PEOPLE.amara.id}:active`,
      `${PEOPLE.camille.id}:pending`,
      `${PEOPLE.jonas.id}:active`,
    ]);
    expect(await list('role=support&status=pending')).toEqual([`${PEOPLE.camille.id}:pending`]);
    expect(await list('role=support&q=jonas')).toEqual([`${PEOPLE.jonas.id}:active`]);
    expect(await list('role=system')).toEqual([`${PEOPLE.sam.id}:active`]);
  });

  it('refuses an unknown status or role with 400, naming the parameter', async () => {
    for (const query of ['status=lapsed', 'role=owner']) {
      const res = await fetch(`/api/administrators?${query}`);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { errors: Record<string, string[]> };
      expect(Object.keys(body.errors)).toEqual([query.split('=')[0]]);
    }
  });
});

describe('GET /api/administrators: sort and role-name search (issue #18 item 20)', () => {
  const names = async (query: string) => {
    const res = await fetch(`/api/administrators?pageSize=100&${query}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { items: { name: string }[] }).items.map((a) => a.name);
  };

  it('sorts by name (default), email or status, either way', async () => {
    const byName = await names('');
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b)));
    expect(await names('sort=name&order=desc')).toEqual([...byName].reverse());
    expect((await names('sort=email'))[0]).toBe('Amara Okafor');
    await post('/api/administrators', { userId: PEOPLE.camille.id, roles: [productSupport] });
    expect((await names('sort=status&order=desc'))[0]).toBe('Camille Martin');
    expect((await names('sort=status'))[0]).not.toBe('Camille Martin');
  });

  it('finds holders of the role labels the client matched, as well as names and emails', async () => {
    expect(await names('q=Product%20support&qRoles=productSupport')).toEqual(['Jonas Weber']);
    expect(await names('q=support&qRoles=basicSupport,productSupport')).toEqual([
      'Amara Okafor',
      'Jonas Weber',
    ]);
    // Without qRoles the text is only looked for in names and emails.
    expect(await names('q=Product%20support')).toEqual([]);
  });

  it('refuses an unknown sort, order or role label with 400', async () => {
    for (const query of ['sort=roles', 'order=up', 'qRoles=owner']) {
      expect((await fetch(`/api/administrators?${query}`)).status).toBe(400);
    }
  });
});
