import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import type { ConfirmOptions } from './confirm';

/** The question itself; its own chunk (Dialog, Modal, focus trap) fetched the first time something asks. */
export function ConfirmDialog({
  opts,
  onAnswer,
}: {
  opts: ConfirmOptions;
  onAnswer: (yes: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog open onClose={() => onAnswer(false)} aria-labelledby="confirm-title">
      <DialogTitle id="confirm-title">{opts.title}</DialogTitle>
      <DialogContent>
        <DialogContentText>{opts.message}</DialogContentText>
      </DialogContent>
      <DialogActions>
        {/* A destructive question starts on the safe answer, so an Enter pressed by habit loses nothing. */}
        <Button onClick={() => onAnswer(false)} autoFocus={opts.destructive}>
          {opts.cancelLabel ?? t('cancel')}
        </Button>
        <Button
          onClick={() => onAnswer(true)}
          variant="contained"
          color={opts.destructive ? 'error' : 'primary'}
          autoFocus={!opts.destructive}
        >
          {opts.confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
