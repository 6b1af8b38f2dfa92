import TextField from '@mui/material/TextField';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PRODUCT_FIELDS, type SupportProduct } from '@/api/schemas/support';
import { validationMessage } from '@/lib/field-errors';
import { VALIDATION_NS, fieldId } from './field-id';

interface Props {
  product: SupportProduct | undefined;
  values: Record<string, string>;
  errors: Record<string, string>;
  onChange: (key: string, value: string) => void;
}

/**
 * The field the chosen product asks for: Marketo Engage → instance (granted ones only),
 * Experience Platform → sandbox, Analytics → report suite, Campaign → environment.
 */
export function ProductSpecificFields({ product, values, errors, onChange }: Props) {
  const { t } = useTranslation('support');
  const rule = product ? PRODUCT_FIELDS[product.id] : undefined;
  if (!product || !rule) return null;
  const name = `productFields.${rule.key}`;
  const error = errors[name];
  const common = {
    id: fieldId(name),
    label: t(`form.${rule.key}`),
    required: true,
    fullWidth: true,
    value: values[rule.key] ?? '',
    error: !!error,
    helperText: error ? validationMessage(t, error, VALIDATION_NS) : undefined,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(rule.key, e.target.value),
  };
  if (rule.key === 'instanceId') {
    // The chosen instance's Munchkin ID under the field: the options keep the instances' names.
    const chosen = product.instances.find((i) => i.id === values[rule.key]);
    return (
      <TextField
        {...common}
        helperText={
          common.helperText ?? (chosen ? t('munchkin.detail', { munchkinId: chosen.munchkinId }) : undefined)
        }
        select
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      >
        <option value="">{t('form.chooseInstance')}</option>
        {product.instances.map((i) => (
          <option key={i.id} value={i.id}>
            {i.name}
          </option>
        ))}
      </TextField>
    );
  }
  return <TextField {...common} slotProps={{ htmlInput: { autoComplete: 'off' } }} />;
}
