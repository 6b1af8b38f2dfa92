import Typography from '@mui/material/Typography';
import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  autoFocus?: boolean;
  /** Focus again when this changes (a page that shows another record without remounting). */
  focusKey?: string;
}

/**
 * The page's h1. Takes focus when the page opens, so keyboard and screen-reader users land on the
 * new page's title after a navigation.
 */
export function PageHeading({ children, autoFocus = true, focusKey }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
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
