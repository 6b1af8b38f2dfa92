import Box from '@mui/material/Box';
import TuneIcon from '@mui/icons-material/Tune';
import Fab from '@mui/material/Fab';
import Tooltip from '@mui/material/Tooltip';
import { lazy, type Ref, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isPanelEnabled } from '../panel-visibility';
import { StorageResetNotice } from './storage-reset-notice';

/** The drawer and its controls are their own chunk: fetched when the button is hovered or focused, or on opening. */
const loadDrawer = () => import('./panel-drawer');
const PanelDrawer = lazy(() => loadDrawer().then((m) => ({ default: m.PanelDrawer })));
const prefetchDrawer = () => void loadDrawer().catch(() => undefined);

/** Alt+Shift+P (by key code, so it works whatever Alt turns the P into on a Mac). */
export const PANEL_SHORTCUT = 'Alt+Shift+P';

function isShortcut(e: KeyboardEvent): boolean {
  return (
    e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyP' || e.key.toLowerCase() === 'p')
  );
}

/**
 * Floating `Prototype panel` button (and Alt+Shift+P) opening the designers' and QA controls.
 * Hidden entirely when a link said `?panel=off` or the mock backend is off.
 */
export function PrototypePanel() {
  const [enabled] = useState(isPanelEnabled);
  const [open, setOpen] = useState(false);
  // Mounted from the first opening on, then kept (its closing transition, focus return).
  const [used, setUsed] = useState(false);
  if (open && !used) setUsed(true);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Opened from the page (by its button or the shortcut), closing gives focus to the button; opened over another
  // dialog, focus goes back into that dialog (MUI's focus restoring), whose focus trap would refuse the button.
  const [overDialog, setOverDialog] = useState(false);
  const openPanel = () => {
    setOverDialog(document.activeElement?.closest('[role="dialog"]') != null);
    setOpen(true);
  };
  const close = () => setOpen(false);
  // Once the drawer has let go of focus (its trap would take it back while still open).
  useEffect(() => {
    if (used && !open && !overDialog) buttonRef.current?.focus();
  }, [used, open, overDialog]);
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (!isShortcut(e)) return;
      e.preventDefault();
      if (open) close();
      else openPanel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  return (
    <>
      <StorageResetNotice />
      {enabled && (
        <>
          <PanelButton ref={buttonRef} onClick={openPanel} expanded={open} />
          {/* Room under the page as tall as the floating button, so the page's last controls (a pager, a row's
              email) can always be scrolled clear of it. */}
          <Box aria-hidden data-testid="panel-button-room" sx={{ height: 72, flexShrink: 0 }} />
          {used && (
            <Suspense fallback={null}>
              <PanelDrawer open={open} onClose={close} restoreFocus={overDialog} />
            </Suspense>
          )}
        </>
      )}
    </>
  );
}

function PanelButton({
  ref,
  onClick,
  expanded,
}: {
  ref: Ref<HTMLButtonElement>;
  onClick: () => void;
  expanded: boolean;
}) {
  const { t } = useTranslation('panel');
  return (
    <Tooltip title={t('shortcut')} describeChild placement="left">
      <Fab
        ref={ref}
        size="medium"
        color="secondary"
        aria-label={t('open')}
        aria-keyshortcuts={PANEL_SHORTCUT}
        aria-haspopup="dialog"
        aria-expanded={expanded}
        onClick={onClick}
        onMouseEnter={prefetchDrawer}
        onFocus={prefetchDrawer}
        sx={{ position: 'fixed', right: 16, bottom: 16, zIndex: (theme) => theme.zIndex.speedDial }}
      >
        <TuneIcon aria-hidden />
      </Fab>
    </Tooltip>
  );
}
