import type { CaseStatusFilter, Priority } from '@/api/schemas/support';

/** Query keys of the support portal (server state lives in TanStack Query only). */
export const supportKeys = {
  all: ['support'] as const,
  products: () => [...supportKeys.all, 'products'] as const,
  cases: () => [...supportKeys.all, 'cases'] as const,
  caseList: (params: CaseListParams) => [...supportKeys.cases(), 'list', params] as const,
  caseDetail: (caseId: string) => [...supportKeys.cases(), 'detail', caseId] as const,
  /** Under `cases()`, so that every change to a case refetches these lists too. */
  orgCaseList: (params: OrgCaseListParams) => [...supportKeys.cases(), 'list', 'org', params] as const,
  requestors: () => [...supportKeys.cases(), 'list', 'requestors'] as const,
};

export interface CaseListParams {
  q: string;
  status: CaseStatusFilter;
  page: number;
  pageSize: number;
}

/** `Organization cases`: the filters of the URL. */
export interface OrgCaseListParams extends CaseListParams {
  product: string;
  priority: Priority | '';
  /** A user id. */
  requestor: string;
}
