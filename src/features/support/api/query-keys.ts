/** Query keys of the support portal (server state lives in TanStack Query only). */
export const supportKeys = {
  all: ['support'] as const,
  products: () => [...supportKeys.all, 'products'] as const,
  cases: () => [...supportKeys.all, 'cases'] as const,
  caseList: (params: CaseListParams) => [...supportKeys.cases(), 'list', params] as const,
  caseDetail: (caseId: string) => [...supportKeys.cases(), 'detail', caseId] as const,
};

export interface CaseListParams {
  q: string;
  status: '' | 'open' | 'closed';
  page: number;
  pageSize: number;
}
