import { http } from 'msw';
import { canAddAdmins } from '@/api/rules/grant-rules';
import { BULK_GRANT_MAX_ROWS, bulkGrantRequestSchema } from '@/api/schemas/bulk-grant';
import { requireRole } from '../auth';
import { API, ProblemError, json, readBody, withProblems } from '../http';
import { idempotent } from '../idempotency';
import { dryRunAnswer, grantReady, judgeRows } from '../services/bulk-grant';

/** `dryRun`: `true` or `false` (absent: false); 400 otherwise, so a typo never grants by mistake. */
function dryRunOf(url: URL): boolean {
  const v = url.searchParams.get('dryRun');
  if (v === null || v === 'false') return false;
  if (v === 'true') return true;
  throw new ProblemError(400, 'dryRun must be true or false', { code: 'validation' });
}

/** The body, with more than BULK_GRANT_MAX_ROWS rows refused as too large (413) rather than as a field error. */
async function readRows(request: Request) {
  try {
    return await readBody(request, bulkGrantRequestSchema);
  } catch (e) {
    if (e instanceof ProblemError && e.extra.errors?.rows?.includes('validation.tooManyRows')) {
      throw new ProblemError(413, `Send at most ${BULK_GRANT_MAX_ROWS} rows at a time`, {
        code: 'too-many-rows',
      });
    }
    throw e;
  }
}

export const bulkGrantHandlers = [
  /**
   * Grant admin roles to the people of a CSV. `?dryRun=true` returns every row's verdict and changes nothing;
   * otherwise the ready rows are granted, in one idempotent request. 403 for whoever may grant nothing at all.
   */
  http.post(
    `${API}/administrators/bulk`,
    withProblems(async ({ request }) => {
      const { user: actor, roles: actorRoles } = requireRole(canAddAdmins, 'add administrators');
      const dryRun = dryRunOf(new URL(request.url));
      const body = await readRows(request);
      if (dryRun) return json(dryRunAnswer(judgeRows(actor, actorRoles, body.rows)));
      // Judged inside the effect: a replay answers the stored result without judging every row again.
      return idempotent(request, actor, body, () => ({
        status: 200,
        body: grantReady(judgeRows(actor, actorRoles, body.rows), actor),
      }));
    }),
  ),
];
