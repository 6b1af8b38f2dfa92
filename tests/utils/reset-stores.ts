import { useAddAdminDraft } from '@/features/administrators/stores/add-admin-draft';
import { useCaseDraft } from '@/features/support/stores/case-draft-store';

interface Store<T> {
  getInitialState: () => T;
  setState: (state: T, replace: true) => void;
}

function reset<T>(store: Store<T>): void {
  store.setState(store.getInitialState(), true);
}

/**
 * The app's module-level zustand stores, back to the state they have when the app starts. Test files share
 * one module graph (`isolate: false` in vite.config.ts): without this, a draft left by one file (e.g. an open
 * Add admin wizard) shows up in the next file's first render. A new store needs a line here.
 */
export function resetStores(): void {
  reset(useAddAdminDraft);
  reset(useCaseDraft);
}
