import { http, type HttpHandler } from 'msw';
import type { RoleGrant } from '@/api/schemas/roles';
import { requireRole } from '../auth';
import { API, json, withProblems } from '../http';
import { supportCoverage } from '../services/support-coverage';

const isSystemAdmin = (roles: RoleGrant[]) => roles.some((r) => r.role === 'system');

/** Who can open support cases for each product and Marketo Engage instance: System administrators only. */
export const supportCoverageHandlers: HttpHandler[] = [
  http.get(
    `${API}/support-coverage`,
    withProblems(() => {
      requireRole(isSystemAdmin, 'view the support coverage');
      return json({ items: supportCoverage() });
    }),
  ),
];
