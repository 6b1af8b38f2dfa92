/**
 * Benchmark floor: the MUI components the Admin Console uses (AppBar, Button, Table, Dialog, TextField,
 * Autocomplete, Switch, Checkbox, Chip, Stepper), with the same libraries (React, MUI, Emotion) and nothing else.
 * The app's first-load JavaScript is compared with this app's.
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
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

const theme = createTheme();
const rows = Array.from({ length: 7 }, (_, i) => ({ name: `Person ${i + 1}`, email: `person${i + 1}@acme.example` }));

function Floor() {
  const [open, setOpen] = useState(false);
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
          Administrators
        </Typography>
        <Button variant="contained" onClick={() => setOpen(true)}>
          Add admin
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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <Floor />
    </ThemeProvider>
  </StrictMode>,
);
