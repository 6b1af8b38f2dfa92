import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources as en } from './locales/en';

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'admin-console-lang';

export function isLanguage(v: unknown): v is Language {
  return v === 'en' || v === 'fr';
}

/** Load a language's messages (French is a separate chunk, fetched only when used). */
async function ensureLoaded(lng: Language): Promise<void> {
  if (lng === 'en' || i18next.hasResourceBundle(lng, 'common')) return;
  const { resources } = await import('./locales/fr');
  for (const [ns, messages] of Object.entries(resources)) i18next.addResourceBundle(lng, ns, messages, true, true);
}

export function storedLanguage(): Language {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return isLanguage(v) ? v : 'en';
  } catch {
    return 'en';
  }
}

export async function initI18n(lng: Language = 'en', persist = false): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({
      resources: { en },
      lng: 'en',
      fallbackLng: 'en',
      defaultNS: 'common',
      ns: Object.keys(en),
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  await changeLanguage(lng, persist);
  return i18next;
}

/** Switch language; remembered across reloads unless `persist` is false. */
export async function changeLanguage(lng: Language, persist = true): Promise<void> {
  await ensureLoaded(lng);
  await i18next.changeLanguage(lng);
  document.documentElement.lang = lng;
  if (persist) {
    try {
      localStorage.setItem(STORAGE_KEY, lng);
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
  return new Intl.DateTimeFormat(lng === 'fr' ? 'fr-FR' : 'en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

export function formatDate(iso: string, lng: Language = currentLanguage()): string {
  return new Intl.DateTimeFormat(lng === 'fr' ? 'fr-FR' : 'en-US', { dateStyle: 'medium' }).format(new Date(iso));
}
