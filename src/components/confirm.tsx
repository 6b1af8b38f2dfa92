import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmOptions {
  title: string;
  message: string;
  confirmLabel: string;
  destructive?: boolean;
}

const ConfirmContext = createContext<(o: ConfirmOptions) => Promise<boolean>>(async () => false);

/** `await confirm({...})` resolves true when the person confirms. */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [opts, setOpts] = useState<ConfirmOptions | null>(null);
  const resolver = useRef<(v: boolean) => void>(() => undefined);
  const confirm = useCallback(
    (o: ConfirmOptions) =>
      new Promise<boolean>((resolve) => {
        resolver.current = resolve;
        setOpts(o);
      }),
    [],
  );
  const close = (v: boolean) => {
    resolver.current(v);
    setOpts(null);
  };
  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      {/* Mounted only while asking: it leaves the modal stack at once when answered, so a modal it was
          opened from (e.g. the prototype panel) can close right after without leaving the page aria-hidden. */}
      {opts && (
        <Dialog open onClose={() => close(false)} aria-labelledby="confirm-title">
          <DialogTitle id="confirm-title">{opts?.title}</DialogTitle>
          <DialogContent>
            <DialogContentText>{opts?.message}</DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => close(false)}>{t('cancel')}</Button>
            <Button
              onClick={() => close(true)}
              variant="contained"
              color={opts?.destructive ? 'error' : 'primary'}
              autoFocus
            >
              {opts?.confirmLabel}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </ConfirmContext.Provider>
  );
}

export function useConfirm() {
  return useContext(ConfirmContext);
}
