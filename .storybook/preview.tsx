import type { Preview } from '@storybook/react-vite';
import type { ImpactValue, RunOptions } from 'axe-core';
import { mswLoader } from 'msw-storybook-addon/csf3';
import type { LoaderFunction } from 'storybook/internal/types';
import { configure } from 'storybook/test';
import { initI18n, isLanguage, loadAllMessages } from '@/i18n/i18n';
import { AppScreen } from './app-screen';
import { applyLinkState, resetBackend, startBackend } from './backend';
import { isPersona, PERSONAS } from './personas';
import { SCENARIO_ITEMS } from './scenarios';

// Screens are lazy routes and the first story of a file compiles them: waits allow for it (as tests/setup.ts does).
configure({ asyncUtilTimeout: 10_000 });

const msw = mswLoader(startBackend);
let mounts = 0;

/**
 * Before every story: MSW up with the app's handlers (and the story's `parameters.msw` overrides), a clean seed and
 * the toolbar's language. Then the story's own loaders run (signed in as Sam: they build data through the API).
 */
const prepare: LoaderFunction = async (context) => {
  await msw(context);
  resetBackend();
  const locale: unknown = context.globals.locale;
  await initI18n(isLanguage(locale) ? locale : 'en');
  // Play functions find controls by the app's messages (stories/play/i18n.ts): every namespace, before any screen.
  await loadAllMessages();
  mounts += 1;
  return { mount: mounts };
};

/** Fails on serious and critical violations only (the e2e tests' rule); the panel still lists the others. */
const axeOptions: RunOptions & { impactLevels: ImpactValue[] } = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  impactLevels: ['serious', 'critical'],
};

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the app (the app’s ?lang=)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
        ],
        dynamicTitle: true,
      },
    },
    persona: {
      description: 'Who is signed in (the app’s ?as=)',
      toolbar: {
        title: 'Persona',
        icon: 'user',
        items: Object.entries(PERSONAS).map(([value, title]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
    scenario: {
      description: 'Mock backend scenario (the app’s ?scenario=)',
      toolbar: { title: 'Scenario', icon: 'lightning', items: SCENARIO_ITEMS, dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en', persona: 'sam', scenario: 'default' },
  loaders: [prepare],
  // After every loader (a story's loaders build data as Sam): sign in as the persona, switch scenario, move the clock.
  async beforeEach({ globals, parameters }) {
    const persona: unknown = globals.persona;
    await applyLinkState({
      persona: isPersona(persona) ? persona : 'sam',
      scenario: typeof globals.scenario === 'string' ? globals.scenario : undefined,
      clock: typeof parameters.clock === 'string' ? parameters.clock : undefined,
    });
  },
  render: (_args, { id, loaded, parameters }) => {
    const route = typeof loaded.route === 'string' ? loaded.route : (parameters.route as string | undefined);
    if (!route) throw new Error(`Story ${id}: set parameters.route (or return { route } from a loader)`);
    return <AppScreen key={`${id}:${String(loaded.mount)}`} route={route} />;
  },
  parameters: {
    layout: 'fullscreen',
    a11y: { test: 'error', options: axeOptions },
    controls: { disable: true },
    actions: { disable: true },
  },
};

export default preview;
