import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import type { Note } from './notifier';

/** The toast itself; its own chunk (Snackbar, Alert, transitions) fetched with the first notification. */
export function Toast({ note, onClose }: { note: Note | null; onClose: () => void }) {
  return (
    <Snackbar
      key={note?.id}
      open={note !== null}
      autoHideDuration={6000}
      onClose={(_, reason) => reason !== 'clickaway' && onClose()}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert
        onClose={onClose}
        severity={note?.severity ?? 'success'}
        variant="filled"
        role={note?.severity === 'error' ? 'alert' : 'status'}
        sx={{ width: '100%' }}
      >
        {note?.message}
      </Alert>
    </Snackbar>
  );
}
