/** The console's languages: its messages, and the emails the backend writes (in the contract, so the mocks share it). */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(v: unknown): v is Language {
  return v === 'en' || v === 'fr';
}
