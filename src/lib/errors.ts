import type { TFunction } from 'i18next';
import { ApiError } from '@/api/client';

/** A sentence that says what happened, for any error a request can throw. */
export function describeError(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.isNetworkError) return t('common:errors.network');
    if (error.status === 401) return t('common:errors.unauthenticated');
    if (error.code === 'self-edit') return t('common:errors.selfEdit');
    if (error.status === 403) return error.problem.title || t('common:errors.forbidden');
    if (error.status === 404) return t('common:errors.notFound');
    if (error.status >= 500) return t('common:errors.server', { status: error.status });
    return error.problem.title;
  }
  return t('common:errors.generic');
}
