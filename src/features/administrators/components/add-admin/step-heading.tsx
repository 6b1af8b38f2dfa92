import Typography from '@mui/material/Typography';
import { useEffect, useRef, type ReactNode } from 'react';

/** The heading of a wizard step; takes focus when it mounts if `focus` (mount it keyed by step). */
export function StepHeading({ children, focus }: { children: ReactNode; focus: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <Typography ref={ref} tabIndex={-1} variant="h3" component="h3" sx={{ mb: 1, outline: 'none' }}>
      {children}
    </Typography>
  );
}
