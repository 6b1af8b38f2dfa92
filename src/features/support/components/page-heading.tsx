import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useFocusHeading } from '../hooks/use-focus-heading';

/** The page's h1; takes focus when the page opens. */
export function PageHeading({ children, focusKey }: { children: ReactNode; focusKey?: string }) {
  const ref = useFocusHeading(focusKey);
  return (
    <Typography
      ref={ref}
      variant="h1"
      tabIndex={-1}
      sx={{ fontSize: '2rem', mb: 2, outline: 'none', overflowWrap: 'anywhere' }}
    >
      {children}
    </Typography>
  );
}
