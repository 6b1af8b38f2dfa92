import { isLanguage, storedLanguage, type Language } from './i18n/i18n';
import type { LandingStep } from '../build/landing-preload';

/** State a link can carry: `?as=`, `?lang=`, `?scenario=`, `?clock=`, `?panel=off`. */
export interface LinkState {
  as?: string;
  lang?: Language;
  scenario?: string;
  clock?: string;
  panel?: 'on' | 'off';
}

const PARAMS = ['as', 'lang', 'scenario', 'clock', 'panel'] as const;

export function readLinkState(search: string): LinkState {
  const p = new URLSearchParams(search);
  const lang = p.get('lang');
  const panel = p.get('panel');
  return {
    ...(p.get('as') ? { as: p.get('as')! } : {}),
    ...(isLanguage(lang) ? { lang } : {}),
    ...(p.get('scenario') ? { scenario: p.get('scenario')! } : {}),
    ...(p.get('clock') ? { clock: p.get('clock')! } : {}),
    ...(panel === 'on' || panel === 'off' ? { panel } : {}),
  };
}

/** The URL without the state parameters (they are applied once, then remembered like a panel choice). */
export function stripLinkState(href: string): string {
  const url = new URL(href);
  for (const k of PARAMS) url.searchParams.delete(k);
  return url.pathname + (url.search === '?' ? '' : url.search) + url.hash;
}

export function initialLanguage(state: LinkState): Language {
  return state.lang ?? storedLanguage();
}

/**
 * Lets the browser paint and handle input between two pieces of the boot: a new task, without the 4 ms clamp nested
 * timers get (`scheduler.yield()` where the browser has it, a message to itself elsewhere).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

interface Landing {
  steps: Record<LandingStep, string[]>;
  ready: Promise<void>;
}
const landing = () => (window as { __landing?: Landing }).__landing;

/** Settles once index.html has announced the landing screen's chunks (production build; at once otherwise). */
export async function landingChunksAnnounced(): Promise<void> {
  await landing()?.ready;
}

/**
 * Evaluates the chunks one boot step needs, one per task, dependencies first (production build: index.html lists
 * them, see build/landing-preload.ts). Importing the step's module afterwards evaluates nothing more. An `import()`
 * alone would evaluate its whole graph of new chunks in one long task.
 */
export async function evaluateInTasks(step: LandingStep): Promise<void> {
  for (const url of landing()?.steps[step] ?? []) {
    await import(/* @vite-ignore */ url);
    await nextTask();
  }
}
