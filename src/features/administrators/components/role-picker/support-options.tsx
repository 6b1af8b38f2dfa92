import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { MarketoInstance } from '@/api/schemas/catalog';
import type { RoleDraft } from '../../model/role-draft';
import { ScopeSelect } from './scope-select';

interface Props {
  idPrefix: string;
  value: RoleDraft;
  onChange: (next: RoleDraft) => void;
  instances: MarketoInstance[];
  loading: boolean;
}

/** Support administrator options: Basic, Product (Marketo Engage) with its instances, or both. */
export function SupportOptions({ idPrefix, value, onChange, instances, loading }: Props) {
  const { t } = useTranslation('addAdmin');
  const legendId = `${idPrefix}-support-legend`;
  // Each help text tucks under its one-line label; on a phone the label wraps, so it keeps its own line there.
  const helpSx = { mt: { xs: 0, sm: -1 }, ml: 4 } as const;
  return (
    <Stack spacing={1} role="group" aria-labelledby={legendId}>
      <Typography id={legendId} variant="subtitle2" component="p">
        {t('roles.supportOptions')}
      </Typography>
      <FormGroup>
        <FormControlLabel
          control={
            <Checkbox
              checked={value.basic}
              onChange={(_, basic) => onChange({ ...value, basic })}
              slotProps={{ input: { 'aria-describedby': `${idPrefix}-basic-help` } }}
            />
          }
          label={t('common:roles.basicSupport')}
        />
        <FormHelperText id={`${idPrefix}-basic-help`} sx={helpSx}>
          {t('roles.basicHelp')}
        </FormHelperText>
        <FormControlLabel
          control={
            <Checkbox
              checked={value.productSupport}
              onChange={(_, productSupport) => onChange({ ...value, productSupport })}
              slotProps={{ input: { 'aria-describedby': `${idPrefix}-product-help` } }}
            />
          }
          label={t('common:roles.productSupport')}
        />
        <FormHelperText id={`${idPrefix}-product-help`} sx={helpSx}>
          {t('roles.productSupportHelp')}
        </FormHelperText>
      </FormGroup>
      {value.productSupport ? (
        <ScopeSelect
          label={t('roles.instances')}
          loading={loading}
          options={instances.map((i) => ({
            id: i.id,
            label: t('roles.instanceOption', { name: i.name }),
            detail: t('munchkin.detail', { munchkinId: i.munchkinId }),
          }))}
          value={value.instanceIds}
          onChange={(instanceIds) => onChange({ ...value, instanceIds })}
        />
      ) : null}
    </Stack>
  );
}
