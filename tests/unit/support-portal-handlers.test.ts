/**
 * Support portal, issue #17: watchers and their emails, attachments, the organisation's cases (visibility per
 * persona, 404 from the handler), statuses moved on by Adobe Support (mock clock and prototype panel).
 */
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_MAX_BYTES } from '@/api/rules/attachments';
import { PEOPLE } from '@mocks/db/seed';
import { runtime } from '@mocks/runtime';
import { call, signIn } from '@tests/utils/api';
import { multipartFile, pngBytes } from '@tests/utils/multipart';
import { analyticsCase, marketoCase } from '@tests/utils/case-requests';

const DAY = 86_400_000;

async function openCase(body: Record<string, unknown> = {}, who: 'amara' | 'jonas' = 'amara') {
  signIn(who);
  const res = await call('POST', '/api/support/cases', {
    ...(who === 'amara' ? analyticsCase : marketoCase),
    ...body,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; status: string; watchers: string[]; attachments: { id: string }[] };
}

async function upload(name: string, type: string, bytes: Uint8Array, key?: string) {
  const m = multipartFile(name, type, bytes);
  return call('POST', '/api/support/attachments', m.body, { type: m.type, ...(key ? { key } : {}) });
}

const caseEmails = (to?: string) =>
  [...runtime().db.all('emails')].filter((m) => m.kind === 'case-update' && (!to || m.to === to));

describe('watchers', () => {
  it('takes up to 10 addresses with the shared email rule, normalised, on the form and on the case', async () => {
    const ten = Array.from({ length: 10 }, (_, i) => `Person.${i}@Acme.Example`);
    const c = await openCase({ watchers: ten });
    expect(c.watchers).toEqual(ten.map((e) => e.toLowerCase()));
    const put = await call('PUT', `/api/support/cases/${c.id}/watchers`, {
      watchers: ['lead@partner.example'],
    });
    expect([put.status, put.body.watchers]).toEqual([200, ['lead@partner.example']]);
  });

  it('refuses 11 addresses, a duplicate in another case and an invalid address, with field errors', async () => {
    signIn('amara');
    const eleven = Array.from({ length: 11 }, (_, i) => `p${i}@acme.example`);
    const tooMany = await call('POST', '/api/support/cases', { ...analyticsCase, watchers: eleven });
    expect([tooMany.status, tooMany.body.errors]).toEqual([
      400,
      { watchers: ['validation.watchersTooMany'] },
    ]);
    const dup = await call('POST', '/api/support/cases', {
      ...analyticsCase,
      watchers: ['lead@acme.example', 'LEAD@acme.example'],
    });
    expect([dup.status, dup.body.errors]).toEqual([400, { 'watchers.1': ['validation.watcherRepeated'] }]);
    const c = await openCase();
    const bad = await call('PUT', `/api/support/cases/${c.id}/watchers`, { watchers: ['a@b'] });
    expect([bad.status, bad.body.errors]).toEqual([400, { 'watchers.0': ['validation.emailInvalid'] }]);
    const eleventh = await call('PUT', `/api/support/cases/${c.id}/watchers`, { watchers: eleven });
    expect(eleventh.status).toBe(400);
  });

  it('emails every watcher from message@adobe.com on a comment, a reply from Adobe Support, closing and reopening', async () => {
    const c = await openCase({ watchers: ['lead@acme.example', 'boss@partner.example'] });
    expect(caseEmails()).toHaveLength(0); // opening the case is not a change to it
    await call('POST', `/api/support/cases/${c.id}/comments`, { body: 'More logs' });
    runtime().setClockOffset(1 * DAY + 60_000); // Adobe Support picks the case up a day later
    await call('POST', `/api/support/cases/${c.id}/close`);
    await call('POST', `/api/support/cases/${c.id}/reopen`);
    const lead = caseEmails('lead@acme.example');
    expect(lead.map((m) => m.kind === 'case-update' && [m.change, m.status])).toEqual([
      ['commented', 'awaiting-assignment'],
      ['supportReplied', 'in-progress'],
      ['closed', 'closed'],
      ['reopened', 'in-progress'],
    ]);
    expect(new Set(caseEmails().map((m) => m.from))).toEqual(new Set(['message@adobe.com']));
    expect(caseEmails('boss@partner.example')).toHaveLength(4);
    // The mailbox lists them, newest first.
    const mailbox = await call('GET', '/api/mailbox?to=lead%40acme.example');
    expect(mailbox.body.items[0]).toMatchObject({ kind: 'case-update', caseId: c.id, change: 'reopened' });
  });
});

describe('attachments', () => {
  it('uploads a file (multipart only), attaches it to a new case and serves it to who may see the case', async () => {
    signIn('amara');
    const json = await call('POST', '/api/support/attachments', { name: 'x.png' });
    expect([json.status, json.code]).toEqual([415, 'unsupported-media-type']);
    const up = await upload('Écran «1».png', 'image/png', pngBytes(7));
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ name: 'Écran «1».png', size: 9, type: 'image/png' });
    const c = await openCase({ attachmentIds: [up.body.id] });
    expect(c.attachments.map((a) => a.id)).toEqual([up.body.id]);

    const res = await fetch(`/api/support/attachments/${up.body.id}`);
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(pngBytes(7));
    expect(res.headers.get('Content-Type')).toBe('image/png');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Content-Disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('Écran «1».png')}`,
    );
    // Jonas cannot see an Analytics case, so not its file either; Sam is no Support administrator.
    signIn('jonas');
    expect((await fetch(`/api/support/attachments/${up.body.id}`)).status).toBe(404);
    signIn('sam');
    expect((await fetch(`/api/support/attachments/${up.body.id}`)).status).toBe(403);
  });

  it('refuses a file over 20 MB (413), of a type not on the list, whose MIME type or content contradicts its name', async () => {
    signIn('amara');
    const big = await upload('trace.zip', 'application/zip', new Uint8Array(ATTACHMENT_MAX_BYTES + 1));
    expect([big.status, big.body.errors]).toEqual([413, { file: ['validation.attachmentTooLarge'] }]);
    for (const [name, type, bytes, key] of [
      ['setup.exe', 'application/octet-stream', pngBytes(), 'validation.attachmentType'],
      ['drawing.svg', 'image/svg+xml', new TextEncoder().encode('<svg/>'), 'validation.attachmentType'],
      ['page.png', 'text/html', pngBytes(), 'validation.attachmentType'],
      [
        'fake.png',
        'image/png',
        new TextEncoder().encode('<script>alert(1)</script>'),
        'validation.attachmentContent',
      ],
      ['session.har', '', new TextEncoder().encode('not json'), 'validation.attachmentContent'],
      ['empty.log', 'text/plain', new Uint8Array(0), 'validation.attachmentEmpty'],
    ] as const) {
      const res = await upload(name, type, bytes);
      expect([name, res.status, res.body.errors]).toEqual([name, 400, { file: [key] }]);
    }
    // Types browsers do not know (.log, .har) arrive without one: accepted by extension and content.
    expect((await upload('server.log', '', new TextEncoder().encode('ERROR 500'))).status).toBe(201);
    expect((await upload('session.har', '', new TextEncoder().encode('{"log":{}}'))).status).toBe(201);
    expect(runtime().db.count('attachments')).toBe(2);
  });

  it('attaches at most 5 files, only one’s own uploads, each once; a comment takes files too', async () => {
    signIn('amara');
    const ids: string[] = [];
    for (let i = 0; i < 6; i += 1)
      ids.push((await upload(`shot-${i}.png`, 'image/png', pngBytes(i))).body.id);
    const six = await call('POST', '/api/support/cases', { ...analyticsCase, attachmentIds: ids });
    expect([six.status, six.body.errors]).toEqual([
      400,
      { attachmentIds: ['validation.attachmentsTooMany'] },
    ]);
    const c = await openCase({ attachmentIds: ids.slice(0, 5) });
    expect(c.attachments).toHaveLength(5);
    const again = await call('POST', '/api/support/cases', { ...analyticsCase, attachmentIds: [ids[0]] });
    expect([again.status, again.code]).toEqual([409, 'attachment-in-use']);
    // Jonas cannot attach Amara's upload (not disclosed: 404), even to a case of his.
    signIn('jonas');
    const stolen = await call('POST', '/api/support/cases', { ...marketoCase, attachmentIds: [ids[5]] });
    expect([stolen.status, stolen.code]).toEqual([404, 'attachment-not-found']);
    expect((await fetch(`/api/support/attachments/${ids[5]}`)).status).toBe(404);
    signIn('amara');
    const commented = await call('POST', `/api/support/cases/${c.id}/comments`, {
      body: 'The sixth screenshot',
      attachmentIds: [ids[5]],
    });
    expect(commented.status).toBe(201);
    expect(commented.body.comments.at(-1).attachments.map((a: { id: string }) => a.id)).toEqual([ids[5]]);
  });

  it('an upload retried with its key is stored once and answered the same', async () => {
    signIn('amara');
    const a = await upload('a.png', 'image/png', pngBytes(1), 'up-1');
    const b = await upload('a.png', 'image/png', pngBytes(1), 'up-1');
    expect(b.headers.get('Idempotent-Replay')).toBe('true');
    expect(b.body).toEqual(a.body);
    expect(runtime().db.count('attachments')).toBe(1);
    const other = await upload('a.png', 'image/png', pngBytes(2), 'up-1');
    expect([other.status, other.code]).toEqual([422, 'idempotency-key-reused']);
  });
});

describe('Organization cases: visibility from the support role', () => {
  const ids = (r: { body: { items: { id: string }[] } }) => r.body.items.map((c) => c.id).sort();

  it('Amara (Basic) sees every case but Marketo Engage ones; Jonas (Acme Production) only his instance’s', async () => {
    signIn('amara');
    expect(ids(await call('GET', '/api/support/org-cases?pageSize=100'))).toEqual([
      'E-000001',
      'E-000002',
      'E-000005',
      'E-000006',
    ]);
    expect(ids(await call('GET', '/api/support/cases'))).toEqual(['E-000001', 'E-000002', 'E-000005']);
    signIn('jonas');
    expect(ids(await call('GET', '/api/support/org-cases'))).toEqual(['E-000003', 'E-000004', 'E-000008']);
    signIn('sam');
    expect((await call('GET', '/api/support/org-cases')).status).toBe(403);
  });

  it('answers 404 for a case outside the role: detail, comments, watchers, close, reopen, its files', async () => {
    signIn('amara');
    const up = await upload('log.txt', 'text/plain', new TextEncoder().encode('boom'));
    await call('POST', '/api/support/cases/E-000006/comments', { body: 'Seen', attachmentIds: [up.body.id] });
    // E-000007 is on Acme Sandbox, E-000006 is Adobe Campaign: neither is Jonas's to see.
    signIn('jonas');
    for (const id of ['E-000007', 'E-000006', 'E-999999']) {
      expect((await call('GET', `/api/support/cases/${id}`)).status).toBe(404);
      expect((await call('POST', `/api/support/cases/${id}/comments`, { body: 'x' })).status).toBe(404);
      expect((await call('PUT', `/api/support/cases/${id}/watchers`, { watchers: [] })).status).toBe(404);
      expect((await call('POST', `/api/support/cases/${id}/close`)).status).toBe(404);
    }
    expect((await fetch(`/api/support/attachments/${up.body.id}`)).status).toBe(404);
    // A case his role covers, opened by someone else: he can read it and take part.
    expect((await call('GET', '/api/support/cases/E-000008')).body.ownerName).toBe('Élodie Dubois');
    expect((await call('POST', '/api/support/cases/E-000008/comments', { body: 'On it' })).status).toBe(201);
  });

  it('filters by status, product, priority and requestor; lists the requestors; refuses an unknown status', async () => {
    signIn('amara');
    const q = (s: string) => call('GET', `/api/support/org-cases?${s}`).then(ids);
    expect(await q('status=in-progress')).toEqual(['E-000001', 'E-000006']);
    expect(await q('status=open')).toEqual(['E-000001', 'E-000002', 'E-000006']);
    expect(await q('product=campaign')).toEqual(['E-000006']);
    expect(await q('priority=low')).toEqual(['E-000005']);
    expect(await q(`requestor=${PEOPLE.elodie.id}`)).toEqual(['E-000006']);
    expect(await q(`status=in-progress&requestor=${PEOPLE.amara.id}`)).toEqual(['E-000001']);
    const requestors = await call('GET', '/api/support/org-cases/requestors');
    expect(requestors.body).toEqual([
      { id: PEOPLE.amara.id, name: 'Amara Okafor' },
      { id: PEOPLE.elodie.id, name: 'Élodie Dubois' },
    ]);
    const bad = await call('GET', '/api/support/org-cases?status=pending');
    expect([bad.status, Object.keys(bad.body.errors)]).toEqual([400, ['status']]);
  });
});

describe('statuses moved on by Adobe Support', () => {
  it('a new case waits for assignment, is picked up a day later and asked a question two days after', async () => {
    const c = await openCase();
    expect(c.status).toBe('awaiting-assignment');
    const get = () => call('GET', `/api/support/cases/${c.id}`).then((r) => r.body);
    runtime().setClockOffset(DAY - 60_000);
    expect((await get()).status).toBe('awaiting-assignment');
    runtime().setClockOffset(DAY + 60_000);
    const picked = await get();
    expect(picked.status).toBe('in-progress');
    expect(picked.comments.at(-1)).toMatchObject({ author: 'support', message: 'assigned' });
    expect(picked.agentName).toEqual(expect.any(String));
    // The customer's comment while in progress pushes the engineer's answer two days on.
    await call('POST', `/api/support/cases/${c.id}/comments`, { body: 'Any news?' });
    runtime().setClockOffset(4 * DAY);
    const asked = await get();
    expect(asked.status).toBe('awaiting-reply');
    expect(asked.comments.at(-1)).toMatchObject({ author: 'support', message: 'needsInfo' });
    // Answering the question sends it back to the engineer.
    const answered = await call('POST', `/api/support/cases/${c.id}/comments`, { body: 'Here it is' });
    expect(answered.body.status).toBe('in-progress');
    expect([...runtime().db.all('audit')].filter((a) => a.event === 'case.supportReplied')).toHaveLength(2);
  });

  it('a month on the mock clock runs both steps, each at the time it was due', async () => {
    const c = await openCase();
    runtime().setClockOffset(31 * DAY);
    const r = (await call('GET', `/api/support/cases/${c.id}`)).body;
    expect(r.status).toBe('awaiting-reply');
    const [assigned, asked] = r.comments.map((cm: { at: string }) => new Date(cm.at).getTime());
    expect(asked - assigned).toBe(2 * DAY);
  });

  it('the prototype panel moves any case on now, and says when there is nothing to answer', async () => {
    const reply = (caseId: string) =>
      fetch('/__mock/support-reply', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ caseId }),
      });
    const state = (await (await fetch('/__mock/state')).json()) as { supportCases: { id: string }[] };
    expect(state.supportCases.map((s) => s.id)).toEqual(['E-000003', 'E-000008', 'E-000006', 'E-000001']);
    expect((await reply('E-000003')).status).toBe(200);
    expect(runtime().db.get('cases', 'E-000003')?.status).toBe('in-progress');
    expect((await reply('E-000003')).status).toBe(200);
    expect(runtime().db.get('cases', 'E-000003')?.status).toBe('awaiting-reply');
    expect((await reply('E-000003')).status).toBe(409);
    expect((await reply('E-000004')).status).toBe(409); // closed
    expect((await reply('E-424242')).status).toBe(404);
  });
});

describe('Support phone number', () => {
  it('is set in the profile with the international rule, shown in one’s own session only', async () => {
    signIn('amara');
    const ok = await call('PUT', '/api/profile', { supportPhone: ' +44 20  7946 0321 ' });
    expect([ok.status, ok.body.supportPhone]).toEqual([200, '+44 20 7946 0321']);
    expect((await call('GET', '/api/session')).body.user.supportPhone).toBe('+44 20 7946 0321');
    for (const bad of [
      '020 7946 0321',
      '0044 20 7946 0321',
      '+44 20 7946 0321 ext 2',
      '+0 123 456 789',
      '+12',
    ]) {
      const res = await call('PUT', '/api/profile', { supportPhone: bad });
      expect([bad, res.status, res.body.errors]).toEqual([
        bad,
        400,
        { supportPhone: ['validation.phoneInvalid'] },
      ]);
    }
    // Another admin listing users never sees it.
    signIn('sam');
    const users = await call('GET', '/api/users?q=amara');
    expect(users.body.items[0]).not.toHaveProperty('supportPhone');
    signIn('amara');
    const cleared = await call('PUT', '/api/profile', { supportPhone: '' });
    expect(cleared.body).not.toHaveProperty('supportPhone');
  });

  it('goes with a case as its Phone number, with the same rule', async () => {
    const c = await openCase({ contactPhone: '+1 (800) 555-0199' });
    expect((await call('GET', `/api/support/cases/${c.id}`)).body.contactPhone).toBe('+1 (800) 555-0199');
    const bad = await call('POST', '/api/support/cases', { ...analyticsCase, contactPhone: 'call me' });
    expect([bad.status, bad.body.errors]).toEqual([400, { contactPhone: ['validation.phoneInvalid'] }]);
  });
});
