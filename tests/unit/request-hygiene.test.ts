/**
 * Request hygiene (issue #13 item 4): media type, duplicate ids, unsafe characters in names, paging numbers,
 * Idempotency-Key length and malformed percent-encoding.
 */
import { describe, expect, it } from 'vitest';
import { request } from '@/api/client';
import { optionalNameSchema, requiredNameSchema } from '@/api/schemas/common';
import { userSchema } from '@/api/schemas/users';
import { PEOPLE } from '@mocks/db/seed';
import { runtime } from '@mocks/runtime';
import { call, signIn } from '@tests/utils/api';

const db = () => runtime().db;
const grant = { userId: PEOPLE.camille.id, roles: [{ role: 'deployment' }] };

describe('JSON bodies must be application/json', () => {
  it.each([
    ['text/plain', 'text/plain;charset=UTF-8'],
    ['form', 'application/x-www-form-urlencoded'],
    ['no type', null],
  ])('%s → 415, nothing done', async (_label, type) => {
    signIn('sam');
    const res = await call('POST', '/api/administrators', grant, { type });
    expect([res.status, res.code]).toEqual([415, 'unsupported-media-type']);
    expect(db().get('admins', PEOPLE.camille.id)).toBeUndefined();
  });

  it('application/json with a charset is accepted, and so is what the app’s client sends', async () => {
    signIn('sam');
    const res = await call('POST', '/api/administrators', grant, { type: 'application/json; charset=utf-8' });
    expect(res.status).toBe(201);
    const created = await request('/users', userSchema, {
      method: 'POST',
      body: { email: 'client.sent@acme.example' },
    });
    expect(created.email).toBe('client.sent@acme.example');
  });
});

describe('duplicate ids in a scope are counted once', () => {
  it('a grant and an edit store each product, profile, group and instance once', async () => {
    signIn('sam');
    const res = await call('POST', '/api/administrators', {
      userId: PEOPLE.camille.id,
      roles: [
        { role: 'product', productIds: ['analytics', 'analytics'] },
        { role: 'productProfile', profileIds: ['target-1', 'target-1'] },
        { role: 'userGroup', groupIds: ['grp-contractors', 'grp-contractors'] },
        {
          role: 'support',
          basic: false,
          productSupport: true,
          instanceIds: ['mkto-acme-prod', 'mkto-acme-prod'],
        },
      ],
    });
    expect(res.status).toBe(201);
    expect(db().get('admins', PEOPLE.camille.id)!.roles).toEqual([
      { role: 'product', productIds: ['analytics'] },
      { role: 'productProfile', profileIds: ['target-1'] },
      { role: 'userGroup', groupIds: ['grp-contractors'] },
      { role: 'support', basic: false, productSupport: true, instanceIds: ['mkto-acme-prod'] },
    ]);
    const edit = await call('PUT', `/api/administrators/${PEOPLE.priya.id}`, {
      roles: [{ role: 'product', productIds: ['target', 'target', 'analytics'] }],
      version: 1,
    });
    expect(edit.status).toBe(200);
    expect(edit.body.roles).toEqual([{ role: 'product', productIds: ['target', 'analytics'] }]);
  });
});

describe('names refuse bidirectional overrides, C1 controls and lone surrogates', () => {
  const BAD = [
    ['RIGHT-TO-LEFT OVERRIDE U+202E', 'Eve\u202Egnp.exe'],
    ['LEFT-TO-RIGHT EMBEDDING U+202A', '\u202AEve'],
    ['LEFT-TO-RIGHT ISOLATE U+2066', 'Eve\u2066x'],
    ['POP DIRECTIONAL ISOLATE U+2069', 'Eve\u2069'],
    ['C1 control U+0085 (next line)', 'Eve\u0085Adams'],
    ['C1 control U+009F', 'Eve\u009F'],
    ['lone high surrogate', 'Eve\uD800'],
    ['lone low surrogate', '\uDC00Eve'],
  ] as const;

  it.each(BAD)('%s is refused by the shared schemas and by the handler', async (_label, name) => {
    expect(requiredNameSchema.safeParse(name).success).toBe(false);
    expect(optionalNameSchema.safeParse(name).success).toBe(false);
    signIn('sam');
    const res = await call('POST', '/api/users', { email: 'eve@acme.example', firstName: name });
    expect(res.status).toBe(400);
    expect(res.body.errors.firstName).toEqual(['validation.nameControlChars']);
  });

  it('accents, right-to-left scripts and emoji (surrogate pairs) stay accepted', () => {
    for (const ok of ['Zoë', 'مرحبا', 'שלום', 'Ana 👩🏽‍💻'])
      expect(requiredNameSchema.safeParse(ok).success, ok).toBe(true);
  });
});

describe('page and pageSize must be whole numbers', () => {
  const LISTS = [
    ['/api/users', 'sam'],
    ['/api/administrators', 'sam'],
    ['/api/audit', 'sam'],
    ['/api/mailbox', 'sam'],
    ['/api/support/cases', 'amara'],
  ] as const;
  it.each(LISTS)('%s: 1.5, abc, -1, 0, 1e2 and an empty value are 400; 2 is fine', async (path, who) => {
    signIn(who);
    for (const bad of ['1.5', 'abc', '-1', '0', '1e2', '', '0x10']) {
      for (const param of ['page', 'pageSize']) {
        const res = await call('GET', `${path}?${param}=${encodeURIComponent(bad)}`);
        expect([res.status, res.code], `${param}=${bad}`).toEqual([400, 'validation']);
      }
    }
    const ok = await call('GET', `${path}?page=2&pageSize=5`);
    expect([ok.status, ok.body.page, ok.body.pageSize]).toEqual([200, 2, 5]);
  });
});

describe('a malformed percent-encoding in a path is 400, not 500', () => {
  it.each([
    ['GET', '/api/users/%ZZ'],
    ['GET', '/api/administrators/%E0%A4%A'],
    ['DELETE', '/api/administrators/%ZZ'],
    ['GET', '/api/invitations/%ZZ'],
    ['POST', '/api/support/cases/%ZZ/close'],
  ] as const)('%s %s', async (method, path) => {
    signIn(path.includes('support') ? 'amara' : 'sam');
    const res = await call(method, path);
    expect([res.status, res.code]).toEqual([400, 'malformed-path']);
    expect(res.headers.get('Content-Type')).toContain('application/problem+json');
  });
});
