import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

type Severity = 'success' | 'error' | 'info' | 'warning';
interface Note {
  id: number;
  message: string;
  severity: Severity;
}

const NotifyContext = createContext<(message: string, severity?: Severity) => void>(() => undefined);

/** `notify(message)`: a toast, announced to screen readers through a live region. */
export function NotifierProvider({ children }: { children: ReactNode }) {
  const [note, setNote] = useState<Note | null>(null);
  const notify = useCallback((message: string, severity: Severity = 'success') => {
    setNote({ id: Date.now(), message, severity });
  }, []);
  const value = useMemo(() => notify, [notify]);
  return (
    <NotifyContext.Provider value={value}>
      {children}
      <Snackbar
        key={note?.id}
        open={note !== null}
        autoHideDuration={6000}
        onClose={(_, reason) => reason !== 'clickaway' && setNote(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert
          onClose={() => setNote(null)}
          severity={note?.severity ?? 'success'}
          variant="filled"
          role={note?.severity === 'error' ? 'alert' : 'status'}
          sx={{ width: '100%' }}
        >
          {note?.message}
        </Alert>
      </Snackbar>
    </NotifyContext.Provider>
  );
}

export function useNotify() {
  return useContext(NotifyContext);
}
