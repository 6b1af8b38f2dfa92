import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SupportProduct } from '@/api/schemas/support';
import { useNotify } from '@/components/notifier';
import { ApiError } from '@/api/client';
import { describeError } from '@/lib/errors';
import { fieldErrorsOf, spreadFieldErrors, validationMessage } from '@/lib/field-errors';
import { useSession } from '@/session/session-api';
import { useCreateCase } from '../../api/create-case';
import { useCaseDraft } from '../../stores/case-draft-store';
import { AttachmentsField, type AttachmentsFieldHandle } from '../attachments-field';
import { WatchersField, type WatchersFieldHandle } from '../watchers-field';
import { ContactPhoneField } from './contact-phone-field';
import { DescriptionChecklist } from './description-checklist';
import { VALIDATION_NS, fieldId } from './field-id';
import { PriorityField } from './priority-field';
import { ProductSpecificFields } from './product-specific-fields';
import { SuggestedArticles } from './suggested-articles';
import { TimeZoneField } from './time-zone-field';
import { caseFieldOf, contactPhoneOf, firstInvalid, validateDraft, type DraftErrors } from './validate-draft';

/** A server refusal of the attached files (gone after a reset, or already attached elsewhere). */
const ATTACHMENT_CODES = new Set(['attachment-not-found', 'attachment-in-use']);

/** The case form: problem (product, title, description), suggested articles, then priority and contact. */
export function CaseForm({ products }: { products: SupportProduct[] }) {
  const { t } = useTranslation('support');
  const notify = useNotify();
  const navigate = useNavigate();
  const { draft, idempotencyKey, update, setProductField, reset } = useCaseDraft();
  const create = useCreateCase();
  const [attempted, setAttempted] = useState(false);
  // A 400's field errors, each under its field; those naming no field of the form are listed in the summary.
  const [serverErrors, setServerErrors] = useState<{ fields: DraftErrors; other: string[] }>({
    fields: {},
    other: [],
  });
  const watchersRef = useRef<WatchersFieldHandle>(null);
  const filesRef = useRef<AttachmentsFieldHandle>(null);
  const profilePhone = useSession().data?.user.supportPhone;
  const clientErrors = attempted ? validateDraft(draft, products, profilePhone).errors : {};
  const errors: DraftErrors = { ...serverErrors.fields, ...clientErrors };
  const product = products.find((p) => p.id === draft.productId);
  const message = (name: string) =>
    errors[name] ? validationMessage(t, errors[name], VALIDATION_NS) : undefined;

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (create.isPending) return;
    setAttempted(true);
    setServerErrors({ fields: {}, other: [] });
    // Files still uploading or failed, or an address typed that cannot be added: say so, send nothing.
    const files = filesRef.current?.state() ?? 'ready';
    if (watchersRef.current && !watchersRef.current.commit()) return;
    if (files !== 'ready') {
      document.getElementById(fieldId('attachmentIds'))?.focus();
      return;
    }
    const { errors: found, input } = validateDraft(useCaseDraft.getState().draft, products, profilePhone);
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
          if (err instanceof ApiError && err.code && ATTACHMENT_CODES.has(err.code)) {
            setServerErrors({ fields: { attachmentIds: 'validation.attachmentGone' }, other: [] });
            document.getElementById(fieldId('attachmentIds'))?.focus();
            return;
          }
          const spread = spreadFieldErrors(fieldErrorsOf(err), (path) => caseFieldOf(path, draft.productId));
          const fields: DraftErrors = {};
          for (const [k, v] of Object.entries(spread.fields)) if (v) fields[k] = v;
          setServerErrors({ fields, other: spread.other });
          const first = firstInvalid(fields);
          if (first) document.getElementById(fieldId(first))?.focus();
        },
      },
    );
  };

  // Any failure but a 400 naming fields or a refusal of the files (those go under the fields): said with Retry.
  const refused =
    Object.keys(fieldErrorsOf(create.error)).length > 0 ||
    (create.error instanceof ApiError && !!create.error.code && ATTACHMENT_CODES.has(create.error.code));
  const failed = create.isError && !refused;
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
      <ProductSpecificFields
        product={product}
        values={draft.productFields}
        errors={errors}
        onChange={setProductField}
      />
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
      <AttachmentsField
        ref={filesRef}
        id={fieldId('attachmentIds')}
        attachments={draft.attachments}
        onAdd={(a) => update({ attachments: [...useCaseDraft.getState().draft.attachments, a] })}
        onRemove={(id) =>
          update({ attachments: useCaseDraft.getState().draft.attachments.filter((a) => a.id !== id) })
        }
        error={errors.attachmentIds}
        showPending={attempted}
      />
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
      <ContactPhoneField
        id={fieldId('contactPhone')}
        value={contactPhoneOf(draft, profilePhone)}
        fromProfile={draft.contactPhone === undefined && !!profilePhone}
        error={message('contactPhone')}
        onChange={(contactPhone) => update({ contactPhone })}
      />
      <WatchersField
        ref={watchersRef}
        id={fieldId('watchers')}
        value={draft.watchers}
        error={errors.watchers}
        onChange={(watchers) => update({ watchers })}
      />
      {attempted && (Object.keys(errors).length > 0 || serverErrors.other.length > 0) && (
        <Alert severity="error" role="alert">
          {t('form.fixErrors')}
          {serverErrors.other.length > 0 ? (
            <ul style={{ margin: 0 }}>
              {serverErrors.other.map((k) => (
                <li key={k}>{validationMessage(t, k, VALIDATION_NS)}</li>
              ))}
            </ul>
          ) : null}
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
