import Box from '@mui/material/Box';
import TuneIcon from '@mui/icons-material/Tune';
import Fab from '@mui/material/Fab';
import Tooltip from '@mui/material/Tooltip';
import { lazy, Suspense, useEffect, useState } from 'react';
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
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (!isShortcut(e)) return;
      e.preventDefault();
      setOpen((o) => !o);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
  return (
    <>
      <StorageResetNotice />
      {enabled && (
        <>
          <PanelButton onClick={() => setOpen(true)} expanded={open} />
          {/* Room under the page as tall as the floating button, so the page's last controls (a pager, a row's
              email) can always be scrolled clear of it. */}
          <Box aria-hidden data-testid="panel-button-room" sx={{ height: 72, flexShrink: 0 }} />
          {used && (
            <Suspense fallback={null}>
              <PanelDrawer open={open} onClose={() => setOpen(false)} />
            </Suspense>
          )}
        </>
      )}
    </>
  );
}

function PanelButton({ onClick, expanded }: { onClick: () => void; expanded: boolean }) {
  const { t } = useTranslation('panel');
  return (
    <Tooltip title={t('shortcut')} describeChild placement="left">
      <Fab
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
