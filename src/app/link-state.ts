import { isLanguage, storedLanguage, type Language } from '@/i18n/i18n';

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
