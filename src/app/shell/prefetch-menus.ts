/** Starts fetching the menus' chunk (hover or focus on a menu button) so the first opening is immediate. */
export const prefetchMenus = () => void import('./menu-lists').catch(() => undefined);
