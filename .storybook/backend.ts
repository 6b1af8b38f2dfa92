import { setupWorker } from 'msw/browser';
import { parseClockOffset } from '@mocks/clock';
import { handlers } from '@mocks/handlers';
import { configureRuntime, isScenario } from '@mocks/runtime';
import { resetStores } from '@tests/utils/reset-stores';
import { PANEL_KEY } from '@/features/prototype-panel/panel-visibility';
import { emailOf, type Persona } from './personas';

/** Requests the mock backend owns: anything else unhandled (Storybook's and Vite's files) goes to the network. */
const OWNED = /^\/(api|__mock)(\/|$)/;

/**
 * The app's one handler list (mocks/handlers), in MSW's worker in this page: the same handlers and seed as the
 * browser app, Vitest and Playwright. They are the worker's initial handlers, so the addon's reset between stories
 * keeps them and removes only a story's `parameters.msw` overrides.
 */
export async function startBackend() {
  const worker = setupWorker(...handlers);
  await worker.start({
    quiet: true,
    serviceWorker: { url: './mockServiceWorker.js' },
    onUnhandledRequest(request, print) {
      if (OWNED.test(new URL(request.url).pathname)) print.error();
    },
  });
  return worker;
}

/**
 * A clean start for every story, as tests/setup.ts gives every test: the exact seed in memory (signed in as Sam),
 * no client state left by the previous story, and the prototype panel hidden (the toolbar replaces it).
 */
export function resetBackend(): void {
  configureRuntime();
  resetStores();
  sessionStorage.clear();
  localStorage.clear();
  sessionStorage.setItem(PANEL_KEY, 'off');
}

export interface LinkState {
  persona: Persona;
  scenario?: string;
  /** Mock clock offset as in `?clock=`: `+31d`, `-2h`, `+90m`. */
  clock?: string;
}

/** What the app's boot does with `?as=`, `?scenario=` and `?clock=`: one call to the control endpoint. */
export async function applyLinkState({ persona, scenario, clock }: LinkState): Promise<void> {
  const settings: Record<string, unknown> = { signInAs: emailOf(persona) };
  if (scenario && isScenario(scenario)) settings.scenario = scenario;
  if (clock) {
    const ms = parseClockOffset(clock);
    if (ms === null) throw new Error(`Story parameter clock: "${clock}" is not like +31d, -2h or +90m`);
    settings.clockOffsetMs = ms;
  }
  const res = await fetch('/__mock/settings', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(settings),
  });
  if (!res.ok) throw new Error(`POST /__mock/settings answered ${res.status}`);
}
