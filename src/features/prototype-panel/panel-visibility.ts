/** `?panel=off` / `?panel=on` (applied at boot): for this tab's session only. */
export const PANEL_KEY = 'admin-console-panel';
/** Set at boot when stored demo data was unreadable and was reset. */
export const STORAGE_RESET_KEY = 'admin-console-storage-reset';

function read(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key);
  } catch {
    return null;
  }
}

/** The panel is shown unless the mock backend is off or a link opened in this tab's session said `?panel=off`. */
export function isPanelEnabled(): boolean {
  if (import.meta.env.VITE_API_MOCKING === 'off') return false;
  return read(() => sessionStorage, PANEL_KEY) !== 'off';
}

/** A link's `?panel=`: kept for this tab's session, so a new tab or a later visit shows the panel again. */
export function rememberPanelChoice(choice: 'on' | 'off'): void {
  try {
    sessionStorage.setItem(PANEL_KEY, choice);
  } catch {
    /* storage unavailable: the panel shows */
  }
}

/** True once after boot discarded corrupt stored state; the flag is cleared when read. */
export function takeStorageResetFlag(): boolean {
  if (read(() => sessionStorage, STORAGE_RESET_KEY) !== '1') return false;
  try {
    sessionStorage.removeItem(STORAGE_RESET_KEY);
  } catch {
    /* storage unavailable */
  }
  return true;
}
