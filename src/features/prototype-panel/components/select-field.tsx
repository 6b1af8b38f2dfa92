import TextField from '@mui/material/TextField';
import type { ReactNode } from 'react';

/** A native select (keyboard and screen-reader friendly everywhere) with a visible label. */
export function SelectField({
  id,
  label,
  value,
  onChange,
  disabled,
  helperText,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
  helperText?: string;
  children: ReactNode;
}) {
  return (
    <TextField
      id={id}
      select
      fullWidth
      size="small"
      label={label}
      value={value}
      disabled={disabled}
      helperText={helperText}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
    >
      {children}
    </TextField>
  );
}
