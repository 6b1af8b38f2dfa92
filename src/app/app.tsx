import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './providers';
import { routes } from './routes';

export type AppRouter = ReturnType<typeof createBrowserRouter>;

/** The browser's router (made by the boot in a task of its own: it ranks every route, ~5 ms). */
export function createAppRouter(): AppRouter {
  return createBrowserRouter(routes);
}

export function App({ client, router }: { client: QueryClient; router: AppRouter }) {
  return (
    <AppProviders client={client}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
