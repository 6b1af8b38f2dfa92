import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  id: string;
  name: string;
  description: string;
  checked: boolean;
  onToggle: (checked: boolean) => void;
  disabled?: boolean;
  /** What is wrong with this role (a server's answer), under its description. */
  error?: string | undefined;
  /** `Already assigned` (or for which scope): the person holds this role already. */
  note?: string | undefined;
  /** Held already and not scoped: shown on, and not offered again. */
  held?: boolean;
  children?: ReactNode;
}

/** One admin role: a switch named after the role, a one-line description, and its scope when on. */
export function RoleCard({
  id,
  name,
  description,
  checked,
  onToggle,
  disabled,
  error,
  note,
  held,
  children,
}: Props) {
  const descId = `${id}-description`;
  const errorId = `${id}-error`;
  const noteId = `${id}-note`;
  const describedBy = [descId, note ? noteId : null, error ? errorId : null].filter(Boolean).join(' ');
  const locked = Boolean(held) && !checked;
  // Turning the role on reveals its options: brought into view (not when the card mounts already on).
  const revealed = useRef<HTMLDivElement>(null);
  const wasChecked = useRef(checked);
  useEffect(() => {
    if (checked && !wasChecked.current) revealed.current?.scrollIntoView?.({ block: 'nearest' });
    wasChecked.current = checked;
  }, [checked]);
  return (
    <Card
      variant="outlined"
      sx={{ borderColor: error ? 'error.main' : checked ? 'primary.main' : 'divider' }}
    >
      <CardContent sx={{ '&:last-child': { pb: 2 } }}>
        <FormControlLabel
          control={
            <Switch
              checked={checked || locked}
              disabled={(disabled ?? false) || locked}
              onChange={(_, v) => onToggle(v)}
              slotProps={{ input: { 'aria-describedby': describedBy } }}
            />
          }
          label={<Typography sx={{ fontWeight: 600 }}>{name}</Typography>}
        />
        <Typography id={descId} variant="body2" color="text.secondary" sx={{ ml: 6.5 }}>
          {description}
        </Typography>
        {note ? (
          <Typography id={noteId} variant="body2" sx={{ ml: 6.5, mt: 0.5, fontWeight: 600 }}>
            {note}
          </Typography>
        ) : null}
        {error ? (
          <FormHelperText id={errorId} error sx={{ ml: 6.5 }}>
            {error}
          </FormHelperText>
        ) : null}
        {checked && children ? (
          <Box ref={revealed} sx={{ mt: 2, ml: 6.5 }}>
            {children}
          </Box>
        ) : null}
      </CardContent>
    </Card>
  );
}
