import { http, HttpResponse } from 'msw';
import { isAnyAdmin, requireRole, requireUser } from '../auth';
import { API, withProblems } from '../http';
import { runtime } from '../runtime';

/** Products, product profiles, user groups, Marketo Engage instances and the org itself. */
export const catalogHandlers = [
  http.get(
    `${API}/org`,
    withProblems(() => {
      requireUser();
      return HttpResponse.json(runtime().db.catalog.org);
    }),
  ),
  http.get(
    `${API}/products`,
    withProblems(() => {
      requireRole(isAnyAdmin, 'view products');
      return HttpResponse.json(runtime().db.catalog.products);
    }),
  ),
  http.get(
    `${API}/product-profiles`,
    withProblems(({ request }) => {
      requireRole(isAnyAdmin, 'view product profiles');
      const productId = new URL(request.url).searchParams.get('productId');
      const all = runtime().db.catalog.profiles;
      return HttpResponse.json(productId ? all.filter((p) => p.productId === productId) : all);
    }),
  ),
  http.get(
    `${API}/user-groups`,
    withProblems(() => {
      requireRole(isAnyAdmin, 'view user groups');
      return HttpResponse.json(runtime().db.userGroups());
    }),
  ),
  http.get(
    `${API}/marketo-instances`,
    withProblems(() => {
      requireRole(isAnyAdmin, 'view Marketo Engage instances');
      return HttpResponse.json(runtime().db.catalog.instances);
    }),
  ),
];
