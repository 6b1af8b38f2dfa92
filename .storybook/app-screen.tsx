import { useState } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders, createQueryClient } from '@/app/providers';
import { createRoutes } from '@/app/routes';

/**
 * The whole app at `route`, as the browser app renders it (its providers and its routes) but with a memory router
 * and a fresh query client, as `renderApp` does in the component tests: a story is a screen, not a component, so
 * it survives refactors of the components below.
 */
export function AppScreen({ route }: { route: string }) {
  const [client] = useState(createQueryClient);
  const [router] = useState(() => createMemoryRouter(createRoutes(client), { initialEntries: [route] }));
  return (
    <AppProviders client={client}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
