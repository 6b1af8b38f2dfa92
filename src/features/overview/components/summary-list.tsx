import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';

export interface SummaryItem {
  key: string;
  label: string;
  value: string;
}

/** A definition list of figures, laid out as tiles. */
export function SummaryList({ items }: { items: SummaryItem[] }) {
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
        gap: 2,
        m: 0,
      }}
    >
      {items.map((item) => (
        <Paper key={item.key} variant="outlined" sx={{ p: 2 }}>
          <Typography component="dt" sx={{ color: 'text.secondary' }}>
            {item.label}
          </Typography>
          <Typography
            component="dd"
            sx={{ m: 0, fontSize: '1.5rem', fontWeight: 700, overflowWrap: 'anywhere' }}
          >
            {item.value}
          </Typography>
        </Paper>
      ))}
    </Box>
  );
}
