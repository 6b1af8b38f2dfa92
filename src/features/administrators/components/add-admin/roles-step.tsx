import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { GrantPolicy } from '@/api/rules/grant-rules';
import { useAddAdminDraft } from '../../stores/add-admin-draft';
import { GrantEndDateField } from '../role-picker/grant-end-date-field';
import { RightsPreview } from '../role-picker/rights-preview';
import { RolePicker } from '../role-picker/role-picker';
import { roleDraftIssues, toRoleGrants } from '../../model/role-draft';
import { draftPersonName } from '../../model/wizard-draft';
import type { WizardFieldErrors } from './grant-error';

export const SAVE_HELP_ID = 'add-admin-save-help';

/** Step 2: the role picker, and why Save is disabled while it is. */
export function RolesStep({
  policy,
  disabled,
  serverErrors,
}: {
  policy: GrantPolicy;
  disabled: boolean;
  /** What the server said was wrong with a role, under that role. */
  serverErrors: WizardFieldErrors;
}) {
  const { t } = useTranslation('addAdmin');
  const { roles, setRoles, chosen, firstName, lastName } = useAddAdminDraft();
  const issues = roleDraftIssues(roles);
  const who = draftPersonName({ chosen, firstName, lastName });
  return (
    <Stack spacing={2} sx={{ pt: 1 }}>
      <Typography>{t('roles.intro', { name: who })}</Typography>
      <RolePicker
        value={roles}
        onChange={setRoles}
        policy={policy}
        disabled={disabled}
        errors={serverErrors}
        held={chosen?.kind === 'existing' ? (chosen.adminRoles ?? []) : []}
      />
      <GrantEndDateField value={roles} onChange={setRoles} disabled={disabled} />
      {issues.length ? (
        <FormHelperText id={SAVE_HELP_ID} role="status">
          {t('roles.whySaveDisabled', { reason: issues.map((k) => t(`common:${k}`)).join(' ') })}
        </FormHelperText>
      ) : null}
      <RightsPreview roles={toRoleGrants(roles)} />
    </Stack>
  );
}
