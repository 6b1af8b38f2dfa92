import { useQueryClient } from '@tanstack/react-query';
import { invalidateAfter, queryKeys, type Change } from '@/api/query-keys';
import type { SupportCaseView } from '@/api/schemas/support';

/** After a case changed: put the fresh case in the cache and read every other view of cases (and the audit) again. */
export function useCaseUpdated(
  change: Extract<Change, 'addComment' | 'changeCaseStatus' | 'updateWatchers'>,
) {
  const qc = useQueryClient();
  return async (updated: SupportCaseView) => {
    qc.setQueryData(queryKeys.support.caseDetail(updated.id), updated);
    await invalidateAfter(qc, change);
  };
}
