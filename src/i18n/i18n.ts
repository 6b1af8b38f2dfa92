import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, LANGUAGES, type Language } from '@/api/languages';
import { deBefore } from './french-typography';
import { LANGUAGE_KEY } from './language-key';
import { resources as enFirstLoad } from './locales/en/first-load';

export { isLanguage, LANGUAGES, type Language } from '@/api/languages';

/**
 * Messages come in two parts per language: `first-load` (shell + Administrators, English bundled with the app)
 * and `later` (every other screen, one chunk, with the form messages of `common`). French is never fetched until
 * it is used.
 */
type Part = 'first-load' | 'later';
type Messages = Record<string, Record<string, unknown>>;
const parts: Record<Language, Record<Part, () => Promise<{ resources: Messages }>>> = {
  en: { 'first-load': async () => ({ resources: enFirstLoad }), later: () => import('./locales/en/later') },
  fr: { 'first-load': () => import('./locales/fr/first-load'), later: () => import('./locales/fr/later') },
};
const FIRST_LOAD_NAMESPACES: ReadonlySet<string> = new Set(Object.keys(enFirstLoad));
const partOf = (ns: string): Part => (FIRST_LOAD_NAMESPACES.has(ns) ? 'first-load' : 'later');

/**
 * Adds a whole part (so a screen's cross-namespace keys, e.g. `addAdmin:` in a shared picker, resolve too). The
 * `later` part also carries the form messages of `common` (validation, time-bound grants): merged into it, keys
 * already there kept (i18next's deep `addResourceBundle`).
 */
async function loadPart(lng: Language, part: Part): Promise<Messages> {
  // `common` is there before the later part merges into it: a bundle i18next finds already present counts as
  // loaded, so the form messages alone must never be the language's whole `common`.
  if (part === 'later') await loadPart(lng, 'first-load');
  const { resources } = await parts[lng][part]();
  for (const [ns, messages] of Object.entries(resources)) {
    if (!i18next.hasResourceBundle(lng, ns)) i18next.addResourceBundle(lng, ns, messages, true, true);
    else if (part === 'later') i18next.addResourceBundle(lng, ns, messages, true, false);
  }
  return resources;
}

/** i18next asks for one namespace at a time, when a screen's `useTranslation(ns)` needs it. */
const messagesBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(lng, ns, done) {
    const language = isLanguage(lng) ? lng : 'en';
    loadPart(language, partOf(ns)).then(
      (resources) => done(null, resources[ns] ?? {}),
      (error: unknown) => done(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** A screen's messages, fetched in parallel with its code (see the routes). */
export async function loadScreenMessages(namespaces: string[]): Promise<void> {
  if (i18next.isInitialized) await i18next.loadNamespaces(namespaces);
}

/** Everything of both languages up front: for tests, which render screens directly. */
export async function loadAllMessages(): Promise<void> {
  await Promise.all(LANGUAGES.flatMap((l) => [loadPart(l, 'first-load'), loadPart(l, 'later')]));
}

export function storedLanguage(): Language {
  try {
    const v = localStorage.getItem(LANGUAGE_KEY);
    return isLanguage(v) ? v : 'en';
  } catch {
    return 'en';
  }
}

export async function initI18n(lng: Language = 'en', persist = false): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    await i18next
      .use(messagesBackend)
      .use(initReactI18next)
      .init({
        // A copy: i18next adds later namespaces into the object it is given.
        resources: { en: { ...enFirstLoad } },
        partialBundledLanguages: true,
        lng: 'en',
        fallbackLng: 'en',
        defaultNS: 'common',
        ns: [...FIRST_LOAD_NAMESPACES],
        interpolation: { escapeValue: false },
        returnNull: false,
      });
    i18next.services.formatter?.add('number', (value: unknown, lng?: string) =>
      numberFormat(lng ?? 'en').format(Number(value)),
    );
    // `{{org, de}}` in French messages: « de » or « d’ » before the name, as French writes it.
    i18next.services.formatter?.add('de', (value: unknown) => deBefore(String(value)));
  }
  await changeLanguage(lng, persist);
  return i18next;
}

/**
 * One number format per language, for `{{count, number}}`. i18next's own cache keys on every option of the call,
 * the count included, so each new count built a new `Intl.NumberFormat`.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lng: string): Intl.NumberFormat {
  let format = numberFormats.get(lng);
  if (!format) numberFormats.set(lng, (format = new Intl.NumberFormat(lng)));
  return format;
}

/** Switch language; remembered across reloads unless `persist` is false. */
export async function changeLanguage(lng: Language, persist = true): Promise<void> {
  // Load the parts the current language has, so the screen on show switches without a loading pause.
  const loaded = new Set(Object.keys(i18next.store?.data[currentLanguage()] ?? {}).map(partOf));
  loaded.add('first-load');
  await Promise.all([...loaded].map((part) => loadPart(lng, part)));
  await i18next.changeLanguage(lng);
  document.documentElement.lang = lng;
  if (persist) {
    try {
      localStorage.setItem(LANGUAGE_KEY, lng);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'en';
}

/** Locale-aware date and time, e.g. "Nov 25, 2026, 6:52 PM" / "25 nov. 2026, 18:52". */
export function formatDateTime(iso: string, lng: Language = currentLanguage()): string {
  return new Intl.DateTimeFormat(lng === 'fr' ? 'fr-FR' : 'en-US', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** A calendar day (`YYYY-MM-DD`, a UTC day of the mock clock), e.g. an end date: "Jan 2, 2027" / "2 janv. 2027". */
export function formatDay(day: string, lng: Language = currentLanguage()): string {
  return new Intl.DateTimeFormat(lng === 'fr' ? 'fr-FR' : 'en-US', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

export function formatDate(iso: string, lng: Language = currentLanguage()): string {
  return new Intl.DateTimeFormat(lng === 'fr' ? 'fr-FR' : 'en-US', { dateStyle: 'medium' }).format(
    new Date(iso),
  );
}
