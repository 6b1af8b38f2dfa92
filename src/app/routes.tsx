import { Navigate, type RouteObject } from 'react-router';
import { AppShell } from './shell/app-shell';
import { RequireAdmin } from './shell/require-admin';
import { UsersLayout } from './shell/users-layout';
import { NotFound, RouteError } from './route-error';

/** Screens load lazily: each route's code is its own chunk. */
export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Navigate to="/users/administrators" replace /> },
          {
            path: 'sign-in',
            lazy: () => import('@/features/sign-in/routes/sign-in-page').then((m) => ({ Component: m.SignInPage })),
          },
          {
            path: 'mailbox',
            lazy: () => import('@/features/mailbox/routes/mailbox-page').then((m) => ({ Component: m.MailboxPage })),
          },
          {
            path: 'invitations/:token',
            lazy: () =>
              import('@/features/invitations/routes/invitation-page').then((m) => ({ Component: m.InvitationPage })),
          },
          {
            path: 'support/*',
            lazy: () => import('@/features/support/routes/support-routes').then((m) => ({ Component: m.SupportRoutes })),
          },
          {
            element: <RequireAdmin />,
            children: [
              {
                path: 'overview',
                lazy: () => import('@/features/overview/routes/overview-page').then((m) => ({ Component: m.OverviewPage })),
              },
              {
                path: 'products',
                lazy: () => import('@/features/overview/routes/products-page').then((m) => ({ Component: m.ProductsPage })),
              },
              {
                path: 'insights/audit-log',
                lazy: () =>
                  import('@/features/audit-log/routes/audit-log-page').then((m) => ({ Component: m.AuditLogPage })),
              },
              { path: 'insights', element: <Navigate to="/insights/audit-log" replace /> },
              {
                path: 'users',
                element: <UsersLayout />,
                children: [
                  {
                    index: true,
                    lazy: () => import('@/features/users/routes/users-page').then((m) => ({ Component: m.UsersPage })),
                  },
                  {
                    path: 'user-groups',
                    lazy: () =>
                      import('@/features/users/routes/user-groups-page').then((m) => ({ Component: m.UserGroupsPage })),
                  },
                  {
                    path: 'administrators',
                    lazy: () =>
                      import('@/features/administrators/routes/administrators-page').then((m) => ({
                        Component: m.AdministratorsPage,
                      })),
                  },
                  {
                    path: 'administrators/:userId',
                    lazy: () =>
                      import('@/features/administrators/routes/admin-details-page').then((m) => ({
                        Component: m.AdminDetailsPage,
                      })),
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
