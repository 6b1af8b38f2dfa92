import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/query-states';
import { useSupportProducts } from '../api/get-support-products';
import { CaseForm } from '../components/case-form/case-form';
import { PageHeading } from '@/components/page-heading';
import { COMMERCE_HELP_URL, SYSTEM_STATUS_URL } from '../data/articles';
import { useCaseDraft } from '../stores/case-draft-store';

/** `/support/cases/new`: notes (system status, Adobe Commerce), then the case form. */
export function NewCasePage({ ownerId }: { ownerId: string }) {
  const { t } = useTranslation('support');
  const products = useSupportProducts();
  const ensureOwner = useCaseDraft((s) => s.ensureOwner);
  const chooseOnlyProduct = useCaseDraft((s) => s.chooseOnlyProduct);
  useEffect(() => ensureOwner(ownerId), [ensureOwner, ownerId]);
  // One product to choose from (a Product support administrator for one product): it is chosen already, and so is
  // its instance when it has one. After ensureOwner (same component, effects in order), which may empty the draft.
  const only = products.data?.length === 1 ? products.data[0] : undefined;
  const onlyInstance = only?.instances.length === 1 ? only.instances[0]?.id : undefined;
  useEffect(() => {
    if (only) chooseOnlyProduct(only.id, onlyInstance);
  }, [only, onlyInstance, chooseOnlyProduct]);
  return (
    <Box>
      <PageHeading>{t('form.title')}</PageHeading>
      <Box sx={{ display: 'grid', gap: 1, mb: 3, maxWidth: 760 }}>
        <Alert severity="info" role="note">
          {t('form.statusNote')}{' '}
          <Link href={SYSTEM_STATUS_URL} target="_blank" rel="noopener noreferrer">
            {t('form.statusLink')}
          </Link>
        </Alert>
        <Alert severity="info" role="note">
          {t('form.commerceNote')}{' '}
          <Link href={COMMERCE_HELP_URL} target="_blank" rel="noopener noreferrer">
            {t('form.commerceLink')}
          </Link>
        </Alert>
      </Box>
      {products.isPending ? (
        <LoadingState />
      ) : products.data === undefined ? (
        <ErrorState error={products.error} onRetry={() => void products.refetch()} />
      ) : products.data.length === 0 ? (
        <Alert severity="warning">{t('form.noProducts')}</Alert>
      ) : (
        <CaseForm products={products.data} />
      )}
    </Box>
  );
}
