import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '@/components/notifier';
import { takeStorageResetFlag } from '../panel-visibility';

/** Says once, after boot, that unreadable saved demo data was replaced by the starting data. */
export function StorageResetNotice() {
  const { t } = useTranslation();
  const notify = useNotify();
  useEffect(() => {
    if (takeStorageResetFlag()) notify(t('common:errors.storageReset'), 'warning');
  }, [notify, t]);
  return null;
}
