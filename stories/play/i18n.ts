import i18next from 'i18next';

/**
 * The app's own message for `key` in the toolbar's language: play functions find controls by the names users see,
 * and work in English and in French alike (`label('common:next')` is `Next` or `Suivant`).
 */
export function label(key: string, options: Record<string, unknown> = {}): string {
  return i18next.t(key, options);
}

/** The role's switch / checkbox name, e.g. `Support administrator` (common:roles.*). */
export const roleName = (role: string) => label(`common:roles.${role}`);
