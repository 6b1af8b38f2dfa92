/**
 * Time-bound grants (issue #15 part 3) and per-grant dates (#18 item 14): an end date from tomorrow to one year
 * ahead on the mock clock, authorised like the grant; on the end day exactly those rights go, with an audit entry
 * and an email; every role has its own invited and accepted dates.
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { describeDetail, NO_NAMES } from '@/features/audit-log/audit-text';
import { loadAllMessages } from '@/i18n/i18n';
import { addToDay, dayOf } from '@/api/schemas/grant-end-date';
import type { RoleGrant } from '@/api/schemas/roles';
import { PEOPLE } from '@mocks/db/seed';
import { runtime } from '@mocks/runtime';
import { call, signIn } from '@tests/utils/api';

const db = () => runtime().db;
const DAY = 86_400_000;
const today = () => dayOf(runtime().now());
const inDays = (n: number) => addToDay(today(), { days: n });
const basic: RoleGrant = { role: 'support', basic: true, productSupport: false, instanceIds: [] };
const deployment: RoleGrant = { role: 'deployment' };

const grant = (userId: string, roles: RoleGrant[], endDate?: string) =>
  call('POST', '/api/administrators', { userId, roles, ...(endDate === undefined ? {} : { endDate }) });

/** Moves the mock clock as the prototype panel does. */
const moveClock = (days: number) =>
  call('POST', '/__mock/settings', { clockOffsetMs: runtime().clockOffsetMs + days * DAY });

const endedEmails = (to: string) =>
  [...db().all('emails')].filter((m) => m.kind === 'rights-ended' && m.to === to);

describe('the end date of a grant', () => {
  it('is refused with 400 and a field error before tomorrow or after one year ahead', async () => {
    signIn('sam');
    for (const [endDate, message] of [
      [today(), 'grantEndDate.tooSoon'],
      [inDays(-3), 'grantEndDate.tooSoon'],
      [addToDay(today(), { years: 1, days: 1 }), 'grantEndDate.tooLate'],
      ['2027-02-30', 'grantEndDate.invalid'],
    ] as const) {
      const res = await grant(PEOPLE.camille.id, [basic], endDate);
      expect([res.status, res.body.errors?.endDate]).toEqual([400, [message]]);
    }
    expect(db().get('admins', PEOPLE.camille.id)).toBeUndefined();
    // Both ends of the range are allowed.
    expect((await grant(PEOPLE.camille.id, [basic], inDays(1))).status).toBe(201);
    expect((await grant(PEOPLE.elodie.id, [basic], addToDay(today(), { years: 1 }))).status).toBe(201);
  });

  it('follows the mock clock: tomorrow on a clock moved ahead is checked against that day', async () => {
    signIn('sam');
    await moveClock(40);
    expect((await grant(PEOPLE.camille.id, [basic], addToDay(dayOf(new Date()), { days: 30 }))).status).toBe(
      400,
    );
    expect((await grant(PEOPLE.camille.id, [basic], inDays(30))).status).toBe(201);
  });

  it('is stored per grant and said in the API; the roles a person already had keep theirs', async () => {
    signIn('sam');
    const res = await grant(PEOPLE.jonas.id, [basic, deployment], inDays(30));
    expect(res.status).toBe(201);
    const grants = res.body.administrator.grants as { role: string; endDate?: string; acceptedAt?: string }[];
    expect(grants.map((g) => [g.role, g.endDate])).toEqual([
      ['support', inDays(30)],
      ['deployment', inDays(30)],
    ]);
  });

  it('on a grant the caller may not make is 403 as without it, and nothing is stored', async () => {
    signIn('priya');
    const res = await grant(PEOPLE.camille.id, [basic], inDays(30));
    expect(res.status).toBe(403);
    expect(db().get('admins', PEOPLE.camille.id)).toBeUndefined();
  });

  it('is authorised like the grant in Edit admin rights: Priya may not set one on Jonas’s support role', async () => {
    signIn('sam');
    const jonas = db().get('admins', PEOPLE.jonas.id)!;
    const roles: RoleGrant[] = [...jonas.roles, { role: 'product', productIds: ['analytics'] }];
    expect(
      (await call('PUT', `/api/administrators/${PEOPLE.jonas.id}`, { roles, version: jonas.version })).status,
    ).toBe(200);
    signIn('priya');
    const version = db().get('admins', PEOPLE.jonas.id)!.version;
    const onGroup = await call('PUT', `/api/administrators/${PEOPLE.jonas.id}`, {
      roles,
      version,
      endDates: [{ role: 'support', endDate: inDays(30) }],
    });
    expect([onGroup.status, onGroup.code]).toEqual([403, 'forbidden-role']);
    const onOwnProduct = await call('PUT', `/api/administrators/${PEOPLE.jonas.id}`, {
      roles,
      version,
      endDates: [{ role: 'product', endDate: inDays(30) }],
    });
    expect(onOwnProduct.status).toBe(200);
    expect(db().get('admins', PEOPLE.jonas.id)!.grantDates?.product?.endDate).toBe(inDays(30));
    expect(db().get('admins', PEOPLE.jonas.id)!.grantDates?.support?.endDate).toBeUndefined();
    // Out of range is 400 here too, under the entry's path.
    const late = await call('PUT', `/api/administrators/${PEOPLE.jonas.id}`, {
      roles,
      version: version + 1,
      endDates: [{ role: 'product', endDate: inDays(400) }],
    });
    expect([late.status, late.body.errors]).toEqual([
      400,
      { 'endDates.0.endDate': ['grantEndDate.tooLate'] },
    ]);
  });
});

describe('when the mock clock reaches the end date', () => {
  it('+31 days removes exactly the rights of a 30-day grant, audits it and emails the person', async () => {
    signIn('sam');
    // Jonas keeps his Product support role; Deployment is given to him for 30 days.
    expect((await grant(PEOPLE.jonas.id, [deployment], inDays(30))).status).toBe(201);
    expect((await grant(PEOPLE.camille.id, [basic], inDays(60))).status).toBe(201);
    const auditBefore = db().count('audit');
    await moveClock(29);
    expect(
      db()
        .get('admins', PEOPLE.jonas.id)!
        .roles.map((r) => r.role),
    ).toEqual(['support', 'deployment']);
    await moveClock(2);
    expect(db().get('admins', PEOPLE.jonas.id)!.roles).toEqual([
      { role: 'support', basic: false, productSupport: true, instanceIds: ['mkto-acme-prod'] },
    ]);
    // Nothing else ended: Camille's 60-day grant, and every other admin.
    expect(db().get('admins', PEOPLE.camille.id)!.roles).toEqual([basic]);
    expect(db().get('admins', PEOPLE.sam.id)!.roles).toEqual([{ role: 'system' }]);
    const ended = [...db().all('audit')].filter((a) => a.event === 'admin.rightsEnded');
    expect(ended.map((a) => [a.affectedUser?.id, a.detail])).toEqual([
      [PEOPLE.jonas.id, { kind: 'ended', roles: [deployment] }],
    ]);
    expect(db().count('audit')).toBe(auditBefore + 1);
    const mails = endedEmails(PEOPLE.jonas.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ from: 'message@adobe.com', endDate: inDays(-1) });
    expect(mails[0]?.kind === 'rights-ended' && mails[0].rights.map((r) => r.role)).toEqual([deployment]);
    // Read again (every request runs the expiry): nothing more happens.
    expect((await call('GET', '/api/administrators')).status).toBe(200);
    expect(endedEmails(PEOPLE.jonas.email)).toHaveLength(1);
  });

  it('a person left with no right is no longer an administrator, and the expiry also runs on any request', async () => {
    signIn('sam');
    expect((await grant(PEOPLE.camille.id, [basic], inDays(30))).status).toBe(201);
    // The clock moved by another tab: the next request notices.
    runtime().setClockOffset(runtime().clockOffsetMs + 30 * DAY);
    const res = await call('GET', `/api/administrators/${PEOPLE.camille.id}`);
    expect(res.status).toBe(404);
    expect(endedEmails(PEOPLE.camille.email)).toHaveLength(1);
  });
});

describe('the last System administrator', () => {
  const system: RoleGrant = { role: 'system' };
  const roleIds = (userId: string) =>
    db()
      .get('admins', userId)
      ?.roles.map((r) => r.role);

  /** Diego becomes a System and Basic support administrator until +30 days, then removes Sam: the only other one. */
  async function diegoAloneUntilDay30() {
    signIn('sam');
    expect((await grant(PEOPLE.diego.id, [system, basic], inDays(30))).status).toBe(201);
    signIn('diego');
    const removed = await call('POST', '/api/administrators/remove', { userIds: [PEOPLE.sam.id] });
    expect(removed.status).toBeLessThan(300);
    expect(roleIds(PEOPLE.sam.id)).toBeUndefined();
  }

  it('keeps the role when its end day comes and nobody else holds it: the other rights still end', async () => {
    await diegoAloneUntilDay30();
    const version = db().get('admins', PEOPLE.diego.id)!.version;
    await moveClock(31);
    expect(roleIds(PEOPLE.diego.id)).toEqual(['deployment', 'system']);
    const diego = db().get('admins', PEOPLE.diego.id)!;
    expect(diego.grantDates?.system?.endDate).toBeUndefined();
    expect(diego.version).toBeGreaterThan(version);
    const audit = [...db().all('audit')].filter((a) => a.event === 'admin.rightsKept');
    expect(audit.map((a) => [a.affectedUser?.id, a.detail, a.at.slice(0, 10)])).toEqual([
      [PEOPLE.diego.id, { kind: 'keptLastSystemAdmin' }, inDays(-1)],
    ]);
    // His support role, ending the same day, ended: its audit entry and email name it alone.
    const ended = [...db().all('audit')].filter((a) => a.event === 'admin.rightsEnded');
    expect(ended.map((a) => [a.affectedUser?.id, a.detail])).toEqual([
      [PEOPLE.diego.id, { kind: 'ended', roles: [basic] }],
    ]);
    const mails = endedEmails(PEOPLE.diego.email);
    expect(mails.map((m) => m.kind === 'rights-ended' && m.rights.map((r) => r.role))).toEqual([[basic]]);
    // The audit log says why, in the reader's language.
    await loadAllMessages();
    expect(
      (['en', 'fr'] as const).map((l) => describeDetail(audit[0]!.detail, NO_NAMES, i18next.getFixedT(l))),
    ).toEqual([
      'System administrator kept: the end date came, but the organization has no other System administrator',
      'Rôle d’administrateur système conservé : la date de fin est arrivée, mais l’organisation n’a pas d’autre administrateur système',
    ]);
    // Judged once: the kept role has no end day left, so later requests change nothing.
    await moveClock(1);
    expect((await call('GET', '/api/administrators')).status).toBe(200);
    expect([...db().all('audit')].filter((a) => a.event === 'admin.rightsKept')).toHaveLength(1);
    // Diego can still do what only a System administrator may.
    expect((await grant(PEOPLE.camille.id, [system])).status).toBe(201);
  });

  it('ends as planned while another active System administrator remains', async () => {
    signIn('sam');
    expect((await grant(PEOPLE.diego.id, [system], inDays(30))).status).toBe(201);
    await moveClock(31);
    expect(roleIds(PEOPLE.diego.id)).toEqual(['deployment']);
    expect([...db().all('audit')].filter((a) => a.event === 'admin.rightsKept')).toEqual([]);
    expect(endedEmails(PEOPLE.diego.email)).toHaveLength(1);
  });

  it('when every System administrator ends on the same day, exactly one keeps the role', async () => {
    signIn('sam');
    expect((await grant(PEOPLE.diego.id, [system], inDays(30))).status).toBe(201);
    expect((await grant(PEOPLE.hana.id, [system], inDays(30))).status).toBe(201);
    signIn('diego');
    expect(
      (await call('POST', '/api/administrators/remove', { userIds: [PEOPLE.sam.id] })).status,
    ).toBeLessThan(300);
    await moveClock(31);
    const holders = [PEOPLE.diego.id, PEOPLE.hana.id].filter((id) => roleIds(id)?.includes('system'));
    expect(holders).toHaveLength(1);
  });
});

describe('per-grant dates', () => {
  it('a role given later has its own invited date, and no accepted date until the invitation is accepted', async () => {
    signIn('sam');
    const before = (await call('GET', `/api/administrators/${PEOPLE.jonas.id}`)).body.grants;
    expect((await grant(PEOPLE.jonas.id, [deployment])).status).toBe(201);
    const after = (await call('GET', `/api/administrators/${PEOPLE.jonas.id}`)).body;
    expect(after.grants[0]).toEqual(before[0]);
    expect(after.grants[0].acceptedAt).toBeTruthy();
    expect(after.grants[1]).toEqual({
      role: 'deployment',
      invitedAt: runtime().db.get('admins', PEOPLE.jonas.id)!.invitedAt,
    });
    expect(after.grants[1].invitedAt > after.grants[0].acceptedAt).toBe(true);
  });
});
