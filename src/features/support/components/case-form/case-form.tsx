import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '@/api/client';
import type { SupportProduct } from '@/api/schemas/support';
import { useNotify } from '@/components/notifier';
import { describeError } from '@/lib/errors';
import { useCreateCase } from '../../api/create-case';
import { useCaseDraft } from '../../stores/case-draft-store';
import { DescriptionChecklist } from './description-checklist';
import { VALIDATION_NS, fieldId } from './field-id';
import { PriorityField } from './priority-field';
import { ProductSpecificFields } from './product-specific-fields';
import { SuggestedArticles } from './suggested-articles';
import { TimeZoneField } from './time-zone-field';
import { firstInvalid, validateDraft, type DraftErrors } from './validate-draft';

/** The case form: problem (product, title, description), suggested articles, then priority and contact. */
export function CaseForm({ products }: { products: SupportProduct[] }) {
  const { t } = useTranslation('support');
  const notify = useNotify();
  const navigate = useNavigate();
  const { draft, idempotencyKey, update, setProductField, reset } = useCaseDraft();
  const create = useCreateCase();
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<DraftErrors>({});
  const clientErrors = attempted ? validateDraft(draft, products).errors : {};
  const errors: DraftErrors = { ...serverErrors, ...clientErrors };
  const product = products.find((p) => p.id === draft.productId);
  const message = (name: string) => (errors[name] ? t(errors[name], { ns: VALIDATION_NS }) : undefined);

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (create.isPending) return;
    setAttempted(true);
    setServerErrors({});
    const { errors: found, input } = validateDraft(draft, products);
    if (!input) {
      const first = firstInvalid(found);
      if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }
    create.mutate(
      { input, idempotencyKey },
      {
        onSuccess: (created) => {
          reset();
          notify(t('form.created', { id: created.id }));
          void navigate(`/support/cases/${created.id}`);
        },
        onError: (err) => {
          if (err instanceof ApiError && err.status === 400 && Object.keys(err.fieldErrors).length > 0) {
            const mapped: DraftErrors = {};
            for (const [k, v] of Object.entries(err.fieldErrors)) if (v[0]) mapped[k] = v[0];
            setServerErrors(mapped);
            const first = firstInvalid(mapped);
            if (first) document.getElementById(fieldId(first))?.focus();
          }
        },
      },
    );
  };

  const failed = create.isError && !(create.error instanceof ApiError && create.error.status === 400);
  return (
    <Box component="form" noValidate onSubmit={submit} sx={{ display: 'grid', gap: 3, maxWidth: 760 }}>
      <Typography variant="h2" sx={{ fontSize: '1.25rem' }}>
        {t('form.problemSection')}
      </Typography>
      <TextField
        id={fieldId('productId')}
        select
        required
        label={t('form.product')}
        value={draft.productId}
        onChange={(e) => update({ productId: e.target.value })}
        error={!!errors.productId}
        helperText={message('productId')}
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      >
        <option value="">{t('form.chooseProduct')}</option>
        {products.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </TextField>
      <TextField
        id={fieldId('title')}
        required
        label={t('form.caseTitle')}
        value={draft.title}
        onChange={(e) => update({ title: e.target.value })}
        error={!!errors.title}
        helperText={message('title')}
        slotProps={{ htmlInput: { autoComplete: 'off' } }}
      />
      <Box>
        <TextField
          id={fieldId('description')}
          required
          fullWidth
          multiline
          minRows={6}
          label={t('form.caseDescription')}
          value={draft.description}
          onChange={(e) => update({ description: e.target.value })}
          error={!!errors.description}
          helperText={message('description')}
          slotProps={{
            htmlInput: {
              'aria-describedby': [
                errors.description ? `${fieldId('description')}-helper-text` : '',
                'case-description-checklist',
              ]
                .filter(Boolean)
                .join(' '),
            },
          }}
        />
        <DescriptionChecklist id="case-description-checklist" />
      </Box>
      <SuggestedArticles title={draft.title} />
      <Divider />
      <Typography variant="h2" sx={{ fontSize: '1.25rem' }}>
        {t('form.contactSection')}
      </Typography>
      <PriorityField
        value={draft.priority}
        timeZone={draft.timeZone}
        error={errors.priority}
        onChange={(priority) => update({ priority })}
      />
      <TextField
        id={fieldId('businessImpact')}
        required
        multiline
        minRows={2}
        label={t('form.businessImpact')}
        value={draft.businessImpact}
        onChange={(e) => update({ businessImpact: e.target.value })}
        error={!!errors.businessImpact}
        helperText={message('businessImpact')}
      />
      <TimeZoneField
        value={draft.timeZone}
        error={errors.timeZone}
        onChange={(timeZone) => update({ timeZone })}
      />
      <ProductSpecificFields
        product={product}
        values={draft.productFields}
        errors={errors}
        onChange={setProductField}
      />
      {attempted && Object.keys(errors).length > 0 && (
        <Alert severity="error" role="alert">
          {t('form.fixErrors')}
        </Alert>
      )}
      {failed && (
        <Alert
          severity="error"
          role="alert"
          action={
            <Button color="inherit" size="small" onClick={() => submit()} disabled={create.isPending}>
              {t('common:retry')}
            </Button>
          }
        >
          {`${t('form.submitFailed')} ${describeError(create.error, t)}`}
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button type="submit" variant="contained" disabled={create.isPending}>
          {create.isPending ? t('form.submitting') : t('form.submit')}
        </Button>
        <Typography variant="body2" color="text.secondary">
          {t('form.draftSaved')}
        </Typography>
      </Box>
    </Box>
  );
}
