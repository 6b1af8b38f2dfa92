import Button from '@mui/material/Button';
import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The dialog (PapaParse, the result table) is its own chunk: fetched on hover, focus or click of the button. */
const loadDialog = () => import('./bulk-add-dialog');
const BulkAddDialog = lazy(() => loadDialog().then((m) => ({ default: m.BulkAddDialog })));
const prefetch = () => void loadDialog().catch(() => undefined);

/** `Add admins from CSV` and its dialog; each opening starts from a clean dialog. Shown to those who may grant. */
export function BulkAddButton() {
  const { t } = useTranslation('administrators');
  const ref = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  // Bumped at each opening: a fresh dialog, while the one closed before keeps its closing transition.
  const [opening, setOpening] = useState(0);
  return (
    <>
      <Button
        ref={ref}
        variant="outlined"
        onClick={() => {
          setOpening((n) => n + 1);
          setOpen(true);
        }}
        onMouseEnter={prefetch}
        onFocus={prefetch}
      >
        {t('addFromCsv')}
      </Button>
      {opening > 0 ? (
        <Suspense fallback={null}>
          <BulkAddDialog
            key={opening}
            open={open}
            onClose={() => setOpen(false)}
            onExited={() => ref.current?.focus()}
          />
        </Suspense>
      ) : null}
    </>
  );
}
