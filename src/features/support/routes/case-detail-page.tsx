import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { ApiError } from '@/api/client';
import type { SupportCaseView } from '@/api/schemas/support';
import { useConfirm } from '@/components/confirm';
import { useNotify } from '@/components/notifier';
import { ErrorState, LoadingState } from '@/components/query-states';
import { describeError } from '@/lib/errors';
import { useCase } from '../api/get-case';
import { useSupportProducts } from '../api/get-support-products';
import { useChangeCaseStatus } from '../api/change-case-status';
import { AttachmentList } from '../components/attachment-list';
import { CaseComments } from '../components/case-comments';
import { CaseFields } from '../components/case-fields';
import { CaseWatchers } from '../components/case-watchers';
import { PageHeading } from '@/components/page-heading';

function StatusActions({ supportCase: c }: { supportCase: SupportCaseView }) {
  const { t } = useTranslation('support');
  const confirm = useConfirm();
  const notify = useNotify();
  const change = useChangeCaseStatus(c.id);
  const close = async () => {
    const ok = await confirm({
      title: t('detail.closeConfirmTitle', { id: c.id }),
      message: t('detail.closeConfirmMessage'),
      confirmLabel: t('detail.closeCase'),
    });
    if (ok) change.mutate('close', { onSuccess: () => notify(t('detail.closedToast', { id: c.id })) });
  };
  const reopen = () =>
    change.mutate('reopen', { onSuccess: () => notify(t('detail.reopenedToast', { id: c.id })) });
  return (
    <Box sx={{ display: 'grid', gap: 1, my: 2 }}>
      <Box sx={{ display: 'flex', gap: 1 }}>
        {c.status !== 'closed' && (
          <Button variant="outlined" onClick={() => void close()} disabled={change.isPending}>
            {t('detail.closeCase')}
          </Button>
        )}
        {c.status === 'closed' && c.canReopen && (
          <Button variant="outlined" onClick={reopen} disabled={change.isPending}>
            {t('detail.reopenCase')}
          </Button>
        )}
      </Box>
      {c.status === 'closed' && !c.canReopen && (
        <Alert severity="info" role="status">
          {t('detail.reopenExpired')}
        </Alert>
      )}
      {change.isError && (
        <Alert severity="error" role="alert">
          {describeError(change.error, t)}
        </Alert>
      )}
    </Box>
  );
}

/**
 * `/support/cases/:caseId`: every field, status, attachments, who is kept up to date, comments (Adobe Support's
 * replies among them), Close case / Reopen case (within 14 days). Anyone whose support role covers the case sees it.
 */
export function CaseDetailPage() {
  const { t } = useTranslation('support');
  const { caseId = '' } = useParams();
  const query = useCase(caseId);
  const products = useSupportProducts();
  if (query.isPending) return <LoadingState />;
  // Only a case never read replaces the page: a failed re-read keeps it (and a comment being typed) on screen.
  if (query.isError && query.data === undefined) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return (
        <Box>
          <PageHeading>{caseId}</PageHeading>
          <Alert severity="warning">{t('detail.notFound')}</Alert>
          <Link component={RouterLink} to="/support/cases">
            {t('detail.backToCases')}
          </Link>
        </Box>
      );
    }
    return <ErrorState error={query.error} what={t('detail.what')} onRetry={() => void query.refetch()} />;
  }
  const c = query.data;
  const instanceId = c.productFields.instanceId;
  const instanceName = products.data
    ?.find((p) => p.id === c.productId)
    ?.instances.find((i) => i.id === instanceId)?.name;
  return (
    <Box sx={{ maxWidth: 900 }}>
      <Link component={RouterLink} to="/support/cases">
        {t('detail.backToCases')}
      </Link>
      <PageHeading focusKey={c.id}>{c.title}</PageHeading>
      {query.isError ? (
        <ErrorState error={query.error} what={t('detail.what')} onRetry={() => void query.refetch()} />
      ) : null}
      <StatusActions supportCase={c} />
      <CaseFields supportCase={c} instanceName={instanceName} />
      {c.attachments.length > 0 && (
        <Box component="section" aria-labelledby="case-attachments" sx={{ mt: 4 }}>
          <Typography id="case-attachments" variant="h2" sx={{ fontSize: '1.25rem', mb: 1 }}>
            {t('attachments.title')}
          </Typography>
          <AttachmentList attachments={c.attachments} label={t('attachments.title')} />
        </Box>
      )}
      <CaseWatchers key={c.watchers.join('\n')} supportCase={c} />
      <CaseComments supportCase={c} />
    </Box>
  );
}
