import { http, HttpResponse } from 'msw';
import { z } from '@/api/zod';
import { activeRolesOf, currentUser, setSession } from '../auth';
import { PEOPLE } from '../db/seed';
import { ProblemError, readBody, withProblems } from '../http';
import { SCENARIOS, runtime } from '../runtime';
import { expireDueGrants } from '../services/grant-dates';
import { supportReply } from '../services/support-cases';
import { findUserByEmail } from '../services/users';

/** Base path of the prototype controls: outside /api so scenarios never break them. */
export const MOCK = '/__mock';

const settingsSchema = z.object({
  scenario: z.optional(z.enum(SCENARIOS)),
  clockOffsetMs: z.optional(
    z.number().check(z.int(), z.gte(-10 * 365 * 86_400_000), z.lte(10 * 365 * 86_400_000)),
  ),
  signInAs: z.optional(z.nullable(z.string().check(z.maxLength(254)))),
});

/**
 * Every named person of the spec, with their active roles; `inOrg: false` for those the active data set does not
 * have (the panel says so instead of trying to sign in as them).
 */
function personas() {
  const db = runtime().db;
  return Object.values(PEOPLE).map((p) => {
    const u = db.get('users', p.id);
    return u
      ? { id: u.id, name: u.name, email: u.email, roles: activeRolesOf(u.id), inOrg: true }
      : { id: p.id, name: `${p.firstName} ${p.lastName}`, email: p.email, roles: [], inOrg: false };
  });
}

/** The cases a support engineer could answer now (not closed, not waiting for their requestor), newest first. */
function answerableCases() {
  return [...runtime().db.all('cases')]
    .filter((c) => c.status === 'awaiting-assignment' || c.status === 'in-progress')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
    .map((c) => ({ id: c.id, title: c.title, status: c.status }));
}

const supportReplySchema = z.object({ caseId: z.string().check(z.minLength(1), z.maxLength(20)) });

function state() {
  const rt = runtime();
  return {
    personas: personas(),
    signedInAs: currentUser()?.email ?? null,
    scenario: rt.scenario,
    clockOffsetMs: rt.clockOffsetMs,
    now: rt.now().toISOString(),
    changeCount: rt.db.changeCount,
    recoveredFromCorruptState: rt.db.recoveredFromCorruptState,
    transport: rt.transport,
    supportCases: answerableCases(),
  };
}

/** Prototype panel and test controls: scenario, mock clock, persona, a reply from Adobe Support, reset. */
export const mockControlHandlers = [
  http.get(`${MOCK}/state`, () => HttpResponse.json(state())),
  http.post(
    `${MOCK}/settings`,
    withProblems(async ({ request }) => {
      const body = await readBody(request, settingsSchema);
      const rt = runtime();
      if (body.scenario) rt.setScenario(body.scenario);
      if (body.clockOffsetMs !== undefined) {
        rt.setClockOffset(body.clockOffsetMs);
        // Rights whose end day the new date reaches end now (the panel's state shows the personas without them).
        expireDueGrants();
      }
      if (body.signInAs !== undefined) {
        if (body.signInAs === null) setSession(null);
        else {
          const user = findUserByEmail(body.signInAs);
          if (!user)
            throw new ProblemError(404, 'No account uses this email in this demo', {
              code: 'unknown-account',
            });
          setSession(user.id);
        }
      }
      return HttpResponse.json(state());
    }),
  ),
  /** `Reply from Adobe Support` (prototype panel): the case moves on now, as a support engineer's reply would. */
  http.post(
    `${MOCK}/support-reply`,
    withProblems(async ({ request }) => {
      const { caseId } = await readBody(request, supportReplySchema);
      const c = runtime().db.get('cases', caseId);
      if (!c) throw new ProblemError(404, 'Case not found', { code: 'not-found' });
      if (!supportReply(c, runtime().now().toISOString())) {
        throw new ProblemError(409, 'This case waits for its requestor or is closed', {
          code: 'nothing-to-answer',
        });
      }
      return HttpResponse.json(state());
    }),
  ),
  http.post(`${MOCK}/reset`, () => {
    runtime().resetAll();
    return HttpResponse.json(state());
  }),
];
