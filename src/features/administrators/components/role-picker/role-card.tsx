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
  children?: ReactNode;
}

/** One admin role: a switch named after the role, a one-line description, and its scope when on. */
export function RoleCard({ id, name, description, checked, onToggle, disabled, error, children }: Props) {
  const descId = `${id}-description`;
  const errorId = `${id}-error`;
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
              checked={checked}
              disabled={disabled ?? false}
              onChange={(_, v) => onToggle(v)}
              slotProps={{ input: { 'aria-describedby': error ? `${descId} ${errorId}` : descId } }}
            />
          }
          label={<Typography sx={{ fontWeight: 600 }}>{name}</Typography>}
        />
        <Typography id={descId} variant="body2" color="text.secondary" sx={{ ml: 6.5 }}>
          {description}
        </Typography>
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
