import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { shortLabelsOf } from '@/api/schemas/roles';
import { useNotify } from '@/components/notifier';
import type { MockState, Persona } from '../api/mock-http';
import { useUpdateSettings } from '../api/update-settings';
import { SelectField } from './select-field';

const SIGNED_OUT = '';

function usePersonaLabel() {
  const { t } = useTranslation('panel');
  return (p: Persona) => {
    const roles = shortLabelsOf(p.roles).map((l) => t(`common:roles.${l}`));
    return `${p.name} — ${roles.length ? roles.join(', ') : t('noRoles')}`;
  };
}

/** Sign in as any named person of the demo organisation. */
export function PersonaField({ state }: { state: MockState }) {
  const { t } = useTranslation('panel');
  const label = usePersonaLabel();
  const notify = useNotify();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const update = useUpdateSettings();
  const current = state.signedInAs ?? SIGNED_OUT;
  const known = state.personas.some((p) => p.email === current);

  const choose = (email: string) => {
    update.mutate(
      { signInAs: email === SIGNED_OUT ? null : email },
      {
        onSuccess: (next) => {
          const person = next.personas.find((p) => p.email === email);
          notify(person ? t('personaSwitched', { name: person.name }) : t('signedOut'), 'info');
          if (email === SIGNED_OUT) void navigate('/sign-in');
          else if (pathname.startsWith('/sign-in')) void navigate('/');
        },
        onError: (e) => notify(e.message, 'error'),
      },
    );
  };

  return (
    <SelectField
      id="prototype-persona"
      label={t('persona')}
      helperText={t('personaHelp')}
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
  );
}
