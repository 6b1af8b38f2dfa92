import Typography from '@mui/material/Typography';

/** Placeholder until this screen is built. */
export function SignInPage() {
  return (
    <Typography variant="h1" sx={{ p: 3 }}>
      Sign in
    </Typography>
  );
}
