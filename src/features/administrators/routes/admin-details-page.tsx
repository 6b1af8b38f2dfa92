import Typography from '@mui/material/Typography';

/** Placeholder until this screen is built. */
export function AdminDetailsPage() {
  return (
    <Typography variant="h1" sx={{ p: 3 }}>
      Administrator
    </Typography>
  );
}
