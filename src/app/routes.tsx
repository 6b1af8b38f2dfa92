import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { prefetchAdministratorsPage } from '@/features/administrators/routes/administrators-loader';
import { loadScreenMessages } from '@/i18n/i18n';
import { sessionQuery } from '@/session/session-api';
import { AppShell } from './shell/app-shell';
import { RequireAdmin } from './shell/require-admin';
import { UsersLayout } from './shell/users-layout';
import { NotFound, RouteError } from './route-error';

/** A lazy screen: its chunk and its messages' namespaces, fetched in parallel. */
function screen<M>(namespaces: string[], load: () => Promise<M>, pick: (m: M) => ComponentType) {
  return () => Promise.all([load(), loadScreenMessages(namespaces)]).then(([m]) => ({ Component: pick(m) }));
}

/**
 * A loader's queries start with the route's code; the first render waits for them a little, so the screen renders
 * with its data, while a slow backend shows the screen's loading state instead of holding it back.
 */
const FIRST_DATA_WAIT_MS = 500;
const briefly = (work: Promise<unknown>) =>
  Promise.race([work, new Promise((resolve) => setTimeout(resolve, FIRST_DATA_WAIT_MS))]).then(() => null);

/** Loaders prefetch into the query cache on entry; the cache keeps the data fresh from then on. */
const entryOnly = () => false;

/**
 * Screens load lazily: each route's code is its own chunk. The router's first render waits for the first location's
 * code and loaders (src/main.tsx keeps index.html's first frame until then; HydrateFallback covers renders that do not
 * wait, such as the tests').
 */
export const createRoutes = (client: QueryClient): RouteObject[] => [
  {
    element: <AppShell />,
    errorElement: <RouteError />,
    HydrateFallback: () => null,
    loader: () => briefly(client.prefetchQuery(sessionQuery)),
    shouldRevalidate: entryOnly,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Navigate to="/users/administrators" replace /> },
          {
            path: 'sign-in',
            lazy: screen(
              ['signIn'],
              () => import('@/features/sign-in/routes/sign-in-page'),
              (m) => m.SignInPage,
            ),
          },
          {
            path: 'mailbox',
            lazy: screen(
              ['mailbox'],
              () => import('@/features/mailbox/routes/mailbox-page'),
              (m) => m.MailboxPage,
            ),
          },
          {
            path: 'profile',
            lazy: screen(
              ['profile'],
              () => import('@/features/profile/routes/profile-page'),
              (m) => m.ProfilePage,
            ),
          },
          {
            path: 'invitations/:token',
            lazy: screen(
              ['invitations'],
              () => import('@/features/invitations/routes/invitation-page'),
              (m) => m.InvitationPage,
            ),
          },
          {
            path: 'support/*',
            lazy: screen(
              ['support'],
              () => import('@/features/support/routes/support-routes'),
              (m) => m.SupportRoutes,
            ),
          },
          {
            element: <RequireAdmin />,
            children: [
              {
                path: 'overview',
                lazy: screen(
                  ['users'],
                  () => import('@/features/overview/routes/overview-page'),
                  (m) => m.OverviewPage,
                ),
              },
              {
                path: 'products',
                lazy: screen(
                  ['users'],
                  () => import('@/features/overview/routes/products-page'),
                  (m) => m.ProductsPage,
                ),
              },
              {
                path: 'insights/audit-log',
                lazy: screen(
                  ['auditLog'],
                  () => import('@/features/audit-log/routes/audit-log-page'),
                  (m) => m.AuditLogPage,
                ),
              },
              { path: 'insights', element: <Navigate to="/insights/audit-log" replace /> },
              {
                path: 'users',
                element: <UsersLayout />,
                children: [
                  {
                    index: true,
                    lazy: screen(
                      ['users'],
                      () => import('@/features/users/routes/users-page'),
                      (m) => m.UsersPage,
                    ),
                  },
                  { path: 'all', element: <Navigate to="/users" replace /> },
                  {
                    path: 'all/:userId',
                    lazy: screen(
                      ['users'],
                      () => import('@/features/users/routes/user-details-page'),
                      (m) => m.UserDetailsPage,
                    ),
                  },
                  {
                    path: 'user-groups',
                    lazy: screen(
                      ['users'],
                      () => import('@/features/users/routes/user-groups-page'),
                      (m) => m.UserGroupsPage,
                    ),
                  },
                  {
                    path: 'administrators',
                    loader: ({ request }) =>
                      briefly(prefetchAdministratorsPage(client, new URL(request.url))),
                    shouldRevalidate: entryOnly,
                    lazy: screen(
                      ['administrators'],
                      () => import('@/features/administrators/routes/administrators-page'),
                      (m) => m.AdministratorsPage,
                    ),
                  },
                  {
                    // Before `administrators/:userId`, which would take `support-coverage` for a user id.
                    path: 'administrators/support-coverage',
                    lazy: screen(
                      ['supportCoverage'],
                      () => import('@/features/support-coverage/routes/support-coverage-page'),
                      (m) => m.SupportCoveragePage,
                    ),
                  },
                  {
                    path: 'administrators/:userId',
                    lazy: screen(
                      ['adminDetails'],
                      () => import('@/features/administrators/routes/admin-details-page'),
                      (m) => m.AdminDetailsPage,
                    ),
                  },
                ],
              },
            ],
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];
