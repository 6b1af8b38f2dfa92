import Typography from '@mui/material/Typography';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  children: ReactNode;
  autoFocus?: boolean;
  /** Focus again when this changes (a page that shows another record without remounting). */
  focusKey?: string;
}

/**
 * The page's h1. Takes focus when the page opens, so keyboard and screen-reader users land on the
 * new page's title after a navigation. It also names the browser tab after itself
 * ("Administrators · Admin Console"), so every screen gets its document.title from one place.
 */
export function PageHeading({ children, autoFocus = true, focusKey }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { t, i18n } = useTranslation();
  const appName = t('appName');
  // Runs after every render: the heading's text can change (a name loads, the language switches).
  useEffect(() => {
    const text = ref.current?.textContent?.trim();
    document.title = text ? `${text} · ${appName}` : appName;
  });
  useEffect(() => () => void (document.title = i18n.t('appName')), [i18n]);
  useEffect(() => {
    if (autoFocus) ref.current?.focus({ preventScroll: true });
  }, [autoFocus, focusKey]);
  return (
    <Typography
      ref={ref}
      variant="h1"
      tabIndex={-1}
      sx={{ mb: 2, outline: 'none', overflowWrap: 'anywhere' }}
    >
      {children}
    </Typography>
  );
}
