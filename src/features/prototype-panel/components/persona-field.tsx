import Alert from '@mui/material/Alert';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { shortLabelsOf } from '@/api/schemas/roles';
import { useNotify } from '@/components/notifier';
import { MockControlError, type MockState, type Persona } from '../api/mock-http';
import { useUpdateSettings } from '../api/update-settings';
import { SelectField } from './select-field';

const SIGNED_OUT = '';

function usePersonaLabel() {
  const { t } = useTranslation('panel');
  return (p: Persona) => {
    if (!p.inOrg) return t('personaNotInOrgOption', { name: p.name });
    const roles = shortLabelsOf(p.roles).map((l) => t(`common:roles.${l}`));
    return `${p.name} — ${roles.length ? roles.join(', ') : t('noRoles')}`;
  };
}

/**
 * Sign in as any named person of the demo organisation. Someone the active data set does not have (the empty
 * organisation has only Sam Rivera) is listed too, and choosing them says so instead of failing.
 */
export function PersonaField({ state }: { state: MockState }) {
  const { t } = useTranslation('panel');
  const label = usePersonaLabel();
  const notify = useNotify();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const update = useUpdateSettings();
  // Who was chosen but is not in the data set, in which scenario (another scenario no longer needs the note).
  const [absentIn, setAbsentIn] = useState<{ name: string; scenario: string } | null>(null);
  const absent = absentIn?.scenario === state.scenario ? absentIn.name : null;
  const setAbsent = (name: string | null) => setAbsentIn(name ? { name, scenario: state.scenario } : null);
  const current = state.signedInAs ?? SIGNED_OUT;
  const known = state.personas.some((p) => p.email === current);
  const scenario = t(`scenarios.${state.scenario}`);
  // A native select shows its value on one line and cuts it at the field's edge: the whole of it (name and roles)
  // is repeated under the field, where it wraps.
  const chosen = state.personas.find((p) => p.email === current);
  const helperText = chosen?.inOrg ? t('personaCurrent', { label: label(chosen) }) : t('personaHelp');

  const choose = (email: string) => {
    const person = state.personas.find((p) => p.email === email);
    if (person && !person.inOrg) {
      setAbsent(person.name);
      return;
    }
    setAbsent(null);
    update.mutate(
      { signInAs: email === SIGNED_OUT ? null : email },
      {
        onSuccess: (next) => {
          const signedIn = next.personas.find((p) => p.email === email);
          notify(signedIn ? t('personaSwitched', { name: signedIn.name }) : t('signedOut'), 'info');
          if (email === SIGNED_OUT) void navigate('/sign-in');
          else if (pathname.startsWith('/sign-in')) void navigate('/');
        },
        onError: (e) => {
          // The data set changed under the panel (another tab): the same explanation, not a bare 404.
          if (e instanceof MockControlError && e.status === 404 && person) setAbsent(person.name);
          else notify(e.message, 'error');
        },
      },
    );
  };

  return (
    <>
      <SelectField
        id="prototype-persona"
        label={t('persona')}
        helperText={helperText}
        value={current}
        disabled={update.isPending}
        onChange={choose}
      >
        {!known && current !== SIGNED_OUT && <option value={current}>{current}</option>}
        {state.personas.map((p) => (
          <option key={p.email} value={p.email}>
            {label(p)}
          </option>
        ))}
        <option value={SIGNED_OUT}>{t('signedOut')}</option>
      </SelectField>
      {absent ? (
        <Alert severity="info" role="status">
          {t('personaNotInOrg', { name: absent, scenario })}
        </Alert>
      ) : null}
    </>
  );
}
