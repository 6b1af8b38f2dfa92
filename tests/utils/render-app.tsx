import { createTheme, ThemeProvider, type Theme } from '@mui/material/styles';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { setSession } from '@mocks/auth';
import { findUserByEmail } from '@mocks/services/users';
import { runtime, type Scenario } from '@mocks/runtime';
import { AppProviders, createQueryClient } from '@/app/providers';
import { createRoutes } from '@/app/routes';
import { changeLanguage, type Language } from '@/i18n/i18n';
import { CacheProvider } from '@emotion/react';
import { CaptureEmotionCache } from './emotion-styles';
import { testStyleCache } from './test-style-cache';

/**
 * The app's theme without animation: transitions take no time and buttons have no ripple. Nothing a test
 * checks depends on either, and in jsdom both cost real time (waits for transition timers, ripple renders).
 */
const withoutAnimation = (appTheme: Theme) =>
  createTheme(appTheme, {
    transitions: {
      create: () => 'none',
      duration: {
        shortest: 0,
        shorter: 0,
        short: 0,
        standard: 0,
        complex: 0,
        enteringScreen: 0,
        leavingScreen: 0,
      },
    },
    components: { MuiButtonBase: { defaultProps: { disableRipple: true } } },
  });

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
  const router = createMemoryRouter(createRoutes(client), { initialEntries: [route] });
  // Clicks without the hover user-event otherwise sends first: no component test checks a hover effect, and each hover
  // dispatches pointer and mouse events through the tree (and can start MUI tooltips): ~6 % of the suite's time. A
  // test that checks one calls `user.hover()`; the Playwright tests move the mouse before every click in a real browser.
  const user = userEvent.setup({ skipHover: true });
  const result = render(
    <CacheProvider value={testStyleCache}>
      <AppProviders client={client}>
        <CaptureEmotionCache />
        <ThemeProvider theme={withoutAnimation}>
          <RouterProvider router={router} />
        </ThemeProvider>
      </AppProviders>
    </CacheProvider>,
  );
  return { ...result, user, router, client, screen };
}
