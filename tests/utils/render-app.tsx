import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { setSession } from '@mocks/auth';
import { findUserByEmail } from '@mocks/services/users';
import { runtime, type Scenario } from '@mocks/runtime';
import { AppProviders, createQueryClient } from '@/app/providers';
import { routes } from '@/app/routes';
import { changeLanguage, type Language } from '@/i18n/i18n';

export interface RenderAppOptions {
  /** Email of the signed-in persona (default Sam Rivera, System administrator); `null` = signed out. */
  as?: string | null;
  scenario?: Scenario;
  lang?: Language;
}

/**
 * Render the whole app at `route` against the mock backend (MSW node server), with a fresh query
 * client and a memory router. Returns Testing Library's result, a user-event instance and the router.
 */
export async function renderApp(route: string, { as, scenario, lang }: RenderAppOptions = {}) {
  if (scenario) runtime().setScenario(scenario);
  if (as === null) setSession(null);
  else if (as) {
    const user = findUserByEmail(as);
    if (!user) throw new Error(`renderApp: no user with email ${as}`);
    setSession(user.id);
  }
  if (lang) await changeLanguage(lang, false);
  const client = createQueryClient();
  const router = createMemoryRouter(routes, { initialEntries: [route] });
  const user = userEvent.setup();
  const result = render(
    <AppProviders client={client}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, user, router, client, screen };
}
