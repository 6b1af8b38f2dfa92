/**
 * index.html's first frame (build/first-frame.ts) shows the landing screen's heading before any script runs, but only
 * to whoever was last seen here with admin access: the shell remembers it on this device.
 */
export const ADMIN_HINT_KEY = 'admin-console-admin';

/** Sizes of the users-area layout that the first frame repeats: the shell and the frame both read them here. */
export const shellLayout = {
  /** The users-area navigation: a column this wide from `md` up, a row of links above the page below it. */
  usersNavWidth: 220,
  /** The page's padding, in theme spacing units, below `sm` and from `sm` up. */
  pagePadding: { xs: 2, sm: 3 },
} as const;

export function rememberAdminAccess(isAdmin: boolean): void {
  try {
    localStorage.setItem(ADMIN_HINT_KEY, isAdmin ? '1' : '0');
  } catch {
    /* storage unavailable: the next first frame shows the top bar alone */
  }
}
