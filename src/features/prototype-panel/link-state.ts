/** Mock clock offset as a `?clock=` value: `+31d`, `-2h`, `+90m`, `0`. */
export function clockParam(ms: number): string {
  if (ms === 0) return '0';
  const sign = ms < 0 ? '-' : '+';
  const abs = Math.abs(ms);
  if (abs % 86_400_000 === 0) return `${sign}${abs / 86_400_000}d`;
  if (abs % 3_600_000 === 0) return `${sign}${abs / 3_600_000}h`;
  return `${sign}${Math.round(abs / 60_000)}m`;
}

export interface LinkParts {
  origin: string;
  base: string;
  route: string;
  as: string | null;
  lang: string;
  scenario: string;
  clockOffsetMs: number;
}

/** A URL that reproduces persona, language, scenario, mock clock and screen (see src/app/link-state.ts). */
export function linkToState({ origin, base, route, as, lang, scenario, clockOffsetMs }: LinkParts): string {
  const url = new URL(base.replace(/\/$/, '') + route, origin);
  if (as) url.searchParams.set('as', as);
  url.searchParams.set('lang', lang);
  url.searchParams.set('scenario', scenario);
  url.searchParams.set('clock', clockParam(clockOffsetMs));
  return url.toString();
}
