import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

interface TagProps {
  children: ReactNode;
  /** `filled` (grey) or `outlined`; `success` tints an outlined tag green (e.g. Active). */
  variant?: 'filled' | 'outlined';
  color?: 'default' | 'success';
}

/**
 * A read-only label pill with the look of MUI's small Chip (24 px, 0.8125rem). Tables of many rows use it where
 * nothing is clickable: it is a styled `<span>`, without Chip's button, delete-icon and avatar code.
 */
export function Tag({ children, variant = 'filled', color = 'default' }: TagProps) {
  const success = color === 'success';
  return (
    <Box
      component="span"
      sx={{
        display: 'inline-flex',
        alignItems: 'center',
        height: 24,
        px: '8px',
        borderRadius: '12px',
        fontSize: '0.8125rem',
        lineHeight: 1.5,
        whiteSpace: 'nowrap',
        boxSizing: 'border-box',
        ...(variant === 'filled'
          ? { bgcolor: 'action.selected', color: 'text.primary' }
          : {
              border: 1,
              px: '7px',
              borderColor: success ? 'success.main' : 'grey.400',
              color: success ? 'success.dark' : 'text.primary',
            }),
      }}
    >
      {children}
    </Box>
  );
}
