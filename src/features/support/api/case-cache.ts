import { useQueryClient } from '@tanstack/react-query';
import type { SupportCaseView } from '@/api/schemas/support';
import { supportKeys } from './query-keys';

/** After a case changed: put the fresh case in the cache and refetch the lists that show it. */
export function useCaseUpdated() {
  const qc = useQueryClient();
  return (updated: SupportCaseView) => {
    qc.setQueryData(supportKeys.caseDetail(updated.id), updated);
    void qc.invalidateQueries({ queryKey: supportKeys.cases(), predicate: (q) => q.queryKey[2] === 'list' });
  };
}
