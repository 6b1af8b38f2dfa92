/**
 * Benchmark floor: the MUI components the Admin Console uses (AppBar, Button, Table, Dialog, TextField,
 * Autocomplete, Switch, Checkbox, Chip, Stepper), with the same runtime libraries as the app — React, MUI and
 * Emotion, React Router, TanStack Query, i18next, zod, zustand, and MSW (the app's mock backend library: its
 * worker serves the floor's one request) — each used once, and nothing else (no app code, no handlers or seed
 * of the real mock backend, one chunk). The app's first-load JavaScript is compared with this app's.
 */
import AppBar from '@mui/material/AppBar';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import CssBaseline from '@mui/material/CssBaseline';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { ThemeProvider, createTheme } from '@mui/material/styles';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { z } from 'zod';
import { create } from 'zustand';

const theme = createTheme();
const rowSchema = z.array(z.object({ name: z.string().min(1), email: z.email() }));
const useDialog = create<{ open: boolean; setOpen: (open: boolean) => void }>((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));
void i18next.use(initReactI18next).init({
  lng: 'en',
  resources: { en: { translation: { title: 'Administrators', add: 'Add admin' } } },
  interpolation: { escapeValue: false },
});
const worker = setupWorker(
  http.get('/api/rows', () =>
    HttpResponse.json(
      Array.from({ length: 7 }, (_, i) => ({
        name: `Person ${i + 1}`,
        email: `person${i + 1}@acme.example`,
      })),
    ),
  ),
);
const fetchRows = async () => rowSchema.parse(await (await fetch('/api/rows')).json());

function Floor() {
  const { t } = useTranslation();
  const { open, setOpen } = useDialog();
  const rows = useQuery({ queryKey: ['rows'], queryFn: fetchRows }).data ?? [];
  return (
    <>
      <AppBar position="static">
        <Toolbar>
          <Typography variant="h6" component="p">
            Floor
          </Typography>
        </Toolbar>
      </AppBar>
      <main style={{ padding: 24 }}>
        <Typography variant="h4" component="h1">
          {t('title')}
        </Typography>
        <Button variant="contained" onClick={() => setOpen(true)}>
          {t('add')}
        </Button>
        <Table aria-label="Administrators">
          <TableHead>
            <TableRow>
              <TableCell>Name</TableCell>
              <TableCell>Email</TableCell>
              <TableCell>Admin roles</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.email}>
                <TableCell>{r.name}</TableCell>
                <TableCell>{r.email}</TableCell>
                <TableCell>
                  <Chip label="System" size="small" />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </main>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="floor-dialog-title">
        <DialogTitle id="floor-dialog-title">Add admin</DialogTitle>
        <DialogContent>
          <Stepper activeStep={0}>
            <Step>
              <StepLabel>Choose a user</StepLabel>
            </Step>
            <Step>
              <StepLabel>Select admin roles</StepLabel>
            </Step>
          </Stepper>
          <Autocomplete
            options={rows.map((r) => r.email)}
            renderInput={(params) => <TextField {...params} label="Email or username" />}
          />
          <FormControlLabel control={<Switch />} label="Support administrator" />
          <FormControlLabel control={<Checkbox />} label="Basic support administrator" />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>Cancel</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

const router = createBrowserRouter([{ path: '*', element: <Floor /> }]);
const client = new QueryClient();

await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18next}>
      <QueryClientProvider client={client}>
        <ThemeProvider theme={theme}>
          <CssBaseline />
          <RouterProvider router={router} />
        </ThemeProvider>
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
);
