import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GrantPolicy } from '@/api/rules/grant-rules';
import type { GrantRequest } from '@/api/schemas/administrators';
import { useConfirm } from '@/components/confirm';
import { useNotify } from '@/components/notifier';
import { useGrantAdmin } from '../../api/grant-admin';
import { useAddAdminDraft } from '../../stores/add-admin-draft';
import { grantEndDateOf } from '../../model/grant-end-date';
import { isRoleDraftValid, toRoleGrants } from '../../model/role-draft';
import { draftPersonName } from '../../model/wizard-draft';
import { useGrantEndDateIssue } from '../role-picker/grant-end-date-field';
import { ChooseUserStep, isChooseUserComplete } from './choose-user-step';
import {
  describeGrantError,
  roleNames,
  STEP_ONE_FIELDS,
  type GrantErrorView,
  type WizardFieldErrors,
} from './grant-error';
import { RolesStep, SAVE_HELP_ID } from './roles-step';
import { StepHeading } from './step-heading';

const TITLE_ID = 'add-admin-title';
const NO_ERRORS: WizardFieldErrors = {};
const namesStepOne = (f: GrantErrorView) => STEP_ONE_FIELDS.some((k) => f.fields[k]);

/**
 * The Add admin wizard: choose a user, select admin roles, save (grant + invitation).
 * It reads only what its frame shows from the draft (step, whether Next and Save may proceed): typing in a
 * step and that step's search results re-render the step, not the dialog.
 */
export function AddAdminDialog({ policy, onExited }: { policy: GrantPolicy; onExited: () => void }) {
  const { t } = useTranslation('addAdmin');
  const open = useAddAdminDraft((s) => s.open);
  const step = useAddAdminDraft((s) => s.step);
  const setStep = useAddAdminDraft((s) => s.setStep);
  const canProceed = useAddAdminDraft(isChooseUserComplete);
  const endDateIssue = useGrantEndDateIssue(useAddAdminDraft((s) => s.roles));
  const rolesValid = useAddAdminDraft((s) => isRoleDraftValid(s.roles)) && !endDateIssue;
  const hasChosen = useAddAdminDraft((s) => s.chosen !== null);
  const notify = useNotify();
  const grant = useGrantAdmin();
  const [failure, setFailure] = useState<GrantErrorView | null>(null);
  // The failure is said at the top of the step and takes the focus (so it is in view and read out), unless it
  // brought the wizard back to step 1: there the first field it names takes the focus.
  const failureRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (failure && !namesStepOne(failure)) failureRef.current?.focus();
  }, [failure]);
  // Focus: on open the combobox; after a step change (or when a reload restored step 2) the step's heading.
  const [moved, setMoved] = useState(false);
  const focusHeading = moved || step !== 0;

  const cancel = () => {
    if (grant.isPending) return;
    setFailure(null);
    setMoved(false);
    useAddAdminDraft.getState().clear();
  };

  // Escape with no popup open (an open one closes first): a started draft is discarded only once confirmed.
  const confirm = useConfirm();
  const escape = async () => {
    if (grant.isPending) return;
    const d = useAddAdminDraft.getState();
    const started = d.chosen !== null || d.roles.enabled.length > 0;
    const discard =
      !started ||
      (await confirm({
        title: t('discard.title'),
        message: t('discard.message'),
        confirmLabel: t('discard.confirm'),
        cancelLabel: t('discard.keep'),
        destructive: true,
      }));
    if (discard) cancel();
  };

  const canSave = hasChosen && rolesValid && !grant.isPending;

  const save = () => {
    const draft = useAddAdminDraft.getState();
    const { chosen } = draft;
    if (!canSave || !chosen) return;
    setFailure(null);
    const roles = toRoleGrants(draft.roles);
    const first = draft.firstName.trim();
    const last = draft.lastName.trim();
    const who = draftPersonName(draft);
    const body: GrantRequest =
      chosen.kind === 'existing'
        ? { userId: chosen.id, roles, ...grantEndDateOf(draft.roles) }
        : {
            ...grantEndDateOf(draft.roles),
            newUser: {
              email: chosen.email,
              ...(first ? { firstName: first } : {}),
              ...(last ? { lastName: last } : {}),
            },
            roles,
          };
    const rolesDraft = draft.roles;
    grant.mutate(
      { body, idempotencyKey: draft.idempotencyKey },
      {
        onSuccess: (res) => {
          const sent = t('invitationSent', { email: res.invitation.email });
          const held = res.alreadyHeld.length
            ? `. ${t('alreadyHeldNote', { name: res.administrator.name, roles: roleNames(res.alreadyHeld, rolesDraft, t) })}`
            : '';
          setMoved(false);
          useAddAdminDraft.getState().clear();
          notify(sent + held, 'success');
        },
        onError: (e) => {
          const view = describeGrantError(e, who, rolesDraft, t);
          setFailure(view);
          // The server found something wrong in step 1 (the email, a name): back there, to the field.
          if (namesStepOne(view)) {
            setMoved(true);
            setStep(0);
          }
        },
      },
    );
  };

  const next = useCallback(() => {
    if (!canProceed) return;
    setFailure(null);
    setMoved(true);
    setStep(1);
  }, [canProceed, setStep]);

  const stepTitle = step === 0 ? t('steps.chooseUser') : t('steps.selectRoles');
  return (
    <Dialog
      open={open}
      onClose={(_, reason) => reason === 'escapeKeyDown' && void escape()}
      aria-labelledby={TITLE_ID}
      fullWidth
      maxWidth="md"
      disableRestoreFocus
      slotProps={{ transition: { onExited } }}
    >
      <DialogTitle id={TITLE_ID}>{t('title')}</DialogTitle>
      <DialogContent dividers>
        <Stepper activeStep={step} aria-label={t('stepper')} sx={{ mb: 3 }}>
          <Step completed={step > 0}>
            <StepLabel>{t('steps.chooseUser')}</StepLabel>
          </Step>
          <Step>
            <StepLabel>{t('steps.selectRoles')}</StepLabel>
          </Step>
        </Stepper>
        <StepHeading key={step} focus={focusHeading}>
          {stepTitle}
        </StepHeading>
        {failure ? (
          <Alert ref={failureRef} severity="error" role="alert" tabIndex={-1} sx={{ mb: 2 }}>
            {failure.message}
            {failure.details.length ? (
              <ul>
                {failure.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            ) : null}
          </Alert>
        ) : null}
        {step === 0 ? (
          <ChooseUserStep
            autoFocus={!focusHeading}
            serverErrors={failure?.fields ?? NO_ERRORS}
            onNext={next}
          />
        ) : (
          <RolesStep policy={policy} disabled={grant.isPending} serverErrors={failure?.fields ?? NO_ERRORS} />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={cancel} disabled={grant.isPending}>
          {t('common:cancel')}
        </Button>
        {step === 0 ? (
          <Button variant="contained" onClick={next} disabled={!canProceed}>
            {t('common:next')}
          </Button>
        ) : (
          <>
            <Button
              onClick={() => {
                setMoved(true);
                setFailure(null);
                setStep(0);
              }}
              disabled={grant.isPending}
            >
              {t('common:back')}
            </Button>
            <Button
              variant="contained"
              onClick={save}
              disabled={!canSave}
              aria-describedby={rolesValid ? undefined : SAVE_HELP_ID}
            >
              {grant.isPending ? t('saving') : t('save')}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
