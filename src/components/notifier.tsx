import {
  createContext,
  lazy,
  Suspense,
  useCallback,
  useContext,
  useMemo,
  useState,
  type ReactNode,
} from 'react';

const Toast = lazy(() => import('./toast').then((m) => ({ default: m.Toast })));

export type Severity = 'success' | 'error' | 'info' | 'warning';
export interface Note {
  id: number;
  message: string;
  severity: Severity;
}

const NotifyContext = createContext<(message: string, severity?: Severity) => void>(() => undefined);

/** `notify(message)`: a toast, announced to screen readers through a live region. */
export function NotifierProvider({ children }: { children: ReactNode }) {
  const [note, setNote] = useState<Note | null>(null);
  const [used, setUsed] = useState(false);
  if (note && !used) setUsed(true);
  const notify = useCallback((message: string, severity: Severity = 'success') => {
    setNote({ id: Date.now(), message, severity });
  }, []);
  const value = useMemo(() => notify, [notify]);
  return (
    <NotifyContext.Provider value={value}>
      {children}
      {/* Kept mounted after the first toast so it can close with its transition. */}
      {used ? (
        <Suspense fallback={null}>
          <Toast note={note} onClose={() => setNote(null)} />
        </Suspense>
      ) : null}
    </NotifyContext.Provider>
  );
}

export function useNotify() {
  return useContext(NotifyContext);
}
